-- Issue 12 (ADR 0016): the review record keeps what else is done with a step besides deciding it, and who co-reviews
-- (加签) an open task.
-- kind: REVIEW (a step's decision), CO_REVIEW (a co-reviewer's opinion or decision), CO_REVIEWER_ADDED,
-- CO_REVIEWER_REMOVED, CO_REVIEWER_DROPPED (the step ended before the co-reviewer acted), TRANSFER (转办).
-- returned_to: the step a RETURN sent the case back to (退回至), when not the model's own return path.
-- target_user: whom a transfer or a co-reviewer row names.
alter table case_review add column kind varchar(24) not null default 'REVIEW';
alter table case_review add column returned_to varchar(64);
alter table case_review add column target_user varchar(64);
-- decision becomes optional (no decision on a transfer): re-created, as H2 and MySQL/MariaDB share no syntax to drop
-- a NOT NULL in place.
alter table case_review add column decision_kept varchar(16);
update case_review set decision_kept = decision;
alter table case_review drop column decision;
alter table case_review rename column decision_kept to decision;

-- One row per co-reviewer added to a task. placement: BEFORE (the co-reviewer gives an opinion first, then the task
-- comes back) or AFTER (the co-reviewer decides after the adder approved). state: WAITING (an AFTER co-reviewer whose
-- turn has not come), ACTING (the task is with the co-reviewer), DONE, REMOVED, DROPPED.
create table task_co_reviewer (
  id                  bigint       not null auto_increment,
  task_id             varchar(64)  not null,
  process_instance_id varchar(64)  not null,
  task_key            varchar(64)  not null,
  adder_id            varchar(64)  not null,
  co_reviewer_id      varchar(64)  not null,
  placement           varchar(8)   not null,
  state               varchar(16)  not null,
  added_at            timestamp    not null default current_timestamp,
  constraint pk_task_co_reviewer primary key (id)
);
create index ix_task_co_reviewer_task on task_co_reviewer (task_id);
