-- The approval kernel's own tables, for every process (review/): one row per case, case-number series, and the
-- review record as rows. They replace post_application_guard and post_application_review, whose rows move here.
create table case_file (
  process_instance_id varchar(64)  not null,
  process_key         varchar(64)  not null,
  case_number         varchar(64),
  starter_id          varchar(64)  not null,
  starter_org         varchar(64),
  created_at          timestamp    not null default current_timestamp,
  constraint pk_case_file primary key (process_instance_id)
);
create unique index ux_case_file_number on case_file (case_number);

create table case_sequence (
  series      varchar(64) not null,
  last_number int         not null,
  constraint pk_case_sequence primary key (series)
);

create table case_review (
  id                  bigint        not null auto_increment,
  process_instance_id varchar(64)   not null,
  process_key         varchar(64)   not null,
  task_key            varchar(64)   not null,
  step_label          varchar(64)   not null,
  task_id             varchar(64),
  reviewer_id         varchar(64)   not null,
  reviewer_role       varchar(64),
  reviewer_org        varchar(64),
  decision            varchar(16)   not null,
  review_comment      varchar(2000),
  reviewed_at         timestamp     not null default current_timestamp,
  constraint pk_case_review primary key (id)
);
create index ix_case_review_instance on case_review (process_instance_id);
create index ix_case_review_reviewer on case_review (reviewer_id);

insert into case_file (process_instance_id, process_key, starter_id, created_at)
  select process_instance_id, 'post-application', applicant, created_at from post_application_guard;

insert into case_review (process_instance_id, process_key, task_key, step_label, reviewer_id, reviewer_role,
    reviewer_org, decision, review_comment, reviewed_at)
  select process_instance_id, 'post-application', task_key,
      case task_key when 'municipal-review' then '市级初审' else '省级核定' end,
      reviewer_id, 'reviewer', reviewer_org, decision, review_comment, reviewed_at
  from post_application_review order by id;

drop table post_application_review;
drop table post_application_guard;
