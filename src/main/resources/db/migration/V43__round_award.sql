-- What a purchase round publishes and how it ends (ADR 0010): the four weights it is scored by, fixed when the plan
-- is published (a table changed later does not move them); who awarded, when and why; a round ended otherwise
-- (its case deleted) is CANCELLED with the reason.
alter table procurement_round add capability_weight decimal(5,2);
alter table procurement_round add quality_weight decimal(5,2);
alter table procurement_round add benefit_weight decimal(5,2);
alter table procurement_round add weights_version integer;
alter table procurement_round add awarded_by varchar(64);
alter table procurement_round add award_comment varchar(500);

-- heldPosts looks posts up in every open round's estimate.
create index ix_procurement_estimate_post_post on procurement_estimate_post (post_id);
