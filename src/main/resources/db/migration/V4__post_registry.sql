-- Post registry (Art. 12: only a province-approved post exists). Each post is created, re-graded or cancelled by
-- the provincial approval of a post application, in the same transaction as that process step.
create table post (
  id                     bigint       not null auto_increment,
  unit_code              varchar(64)  not null,
  grade                  varchar(16)  not null,
  status                 varchar(16)  not null,
  created_by_instance    varchar(64)  not null,
  changed_by_instance    varchar(64),
  created_at             timestamp    not null default current_timestamp,
  changed_at             timestamp,
  constraint pk_post primary key (id),
  constraint fk_post_unit foreign key (unit_code) references org_unit (code)
);
create index ix_post_unit_status on post (unit_code, status);

-- Art. 13: the province presets each year the share of each grade (a ceiling, in per cent).
create table grade_structure (
  province_code     varchar(64) not null,
  structure_year    integer     not null,
  grade             varchar(16) not null,
  max_share_percent integer     not null,
  constraint pk_grade_structure primary key (province_code, structure_year, grade),
  constraint fk_grade_structure_province foreign key (province_code) references org_unit (code)
);

-- Every review of a post application: who, when, decision and comment.
create table post_application_review (
  id                  bigint       not null auto_increment,
  process_instance_id varchar(64)  not null,
  task_key            varchar(64)  not null,
  reviewer_id         varchar(64)  not null,
  reviewer_org        varchar(64),
  decision            varchar(16)  not null,
  review_comment      varchar(2000),
  reviewed_at         timestamp    not null default current_timestamp,
  constraint pk_post_application_review primary key (id)
);
create index ix_post_application_review_instance on post_application_review (process_instance_id);
