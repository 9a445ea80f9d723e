-- The post each candidate going on post takes, chosen once for the whole round when the city signs the stage off
-- (recruitment/Recruitment.advance), so that the stage's batch jobs hire side by side without choosing posts.
alter table candidate add column post_id bigint;
alter table candidate add constraint fk_candidate_post foreign key (post_id) references post (id);
