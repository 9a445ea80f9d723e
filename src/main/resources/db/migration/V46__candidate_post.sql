-- The post each candidate going on post takes, and the round's contract serving it, chosen once for the whole round
-- when the city signs the stage off (recruitment/Recruitment.advance), so that the stage's batch jobs hire side by
-- side without choosing posts or reading the round's award.
alter table candidate add column post_id bigint;
alter table candidate add column contract_id bigint;
alter table candidate add constraint fk_candidate_post foreign key (post_id) references post (id);
alter table candidate add constraint fk_candidate_contract foreign key (contract_id) references procurement_contract (id);
