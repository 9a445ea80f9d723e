-- Recruitment for an awarded purchase round (DOMAIN.md §3, §4.5; recruitment/): the candidates imported for the
-- round's posts, one process instance each, and each stage's result, imported per round and read by each instance
-- as the stage's batch moves it on.
create table recruitment_round (
  id                   bigint       not null auto_increment,
  procurement_round_id bigint       not null,
  city_code            varchar(64)  not null,
  created_by           varchar(64)  not null,
  created_at           timestamp    not null,
  constraint pk_recruitment_round primary key (id),
  constraint fk_recruitment_round_procurement foreign key (procurement_round_id) references procurement_round (id),
  constraint fk_recruitment_round_city foreign key (city_code) references org_unit (code)
);
create unique index ux_recruitment_round_procurement on recruitment_round (procurement_round_id);

create table candidate (
  id                   bigint       not null auto_increment,
  recruitment_round_id bigint       not null,
  file_row             integer      not null,
  name                 varchar(200) not null,
  identity_number      varchar(18)  not null,
  birth_date           date         not null,
  education            varchar(16)  not null,
  union_work_years     integer      not null,
  work_years           integer      not null,
  certificates         varchar(500),
  social_work_bachelor boolean      not null,
  exam_eligible        boolean      not null,
  years_in_level3      integer      not null,
  years_in_level2      integer      not null,
  unit_code            varchar(64)  not null,
  applied_grade        varchar(16)  not null,
  phone                varchar(30),
  process_instance_id  varchar(64),
  stage                varchar(32)  not null,
  outcome              varchar(16)  not null,
  reason               varchar(500),
  constraint pk_candidate primary key (id),
  constraint fk_candidate_round foreign key (recruitment_round_id) references recruitment_round (id),
  constraint fk_candidate_unit foreign key (unit_code) references org_unit (code)
);
create unique index ux_candidate_identity on candidate (recruitment_round_id, identity_number);
create index ix_candidate_instance on candidate (process_instance_id);
create index ix_candidate_round_stage on candidate (recruitment_round_id, stage, outcome);

-- One stage's result of one candidate, as the city imports it (passed, score, note).
create table candidate_result (
  candidate_id bigint       not null,
  stage        varchar(32)  not null,
  passed       boolean      not null,
  score        decimal(6,2),
  note         varchar(500),
  recorded_by  varchar(64)  not null,
  recorded_at  timestamp    not null,
  constraint pk_candidate_result primary key (candidate_id, stage),
  constraint fk_candidate_result_candidate foreign key (candidate_id) references candidate (id)
);
