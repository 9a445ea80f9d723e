-- The provincial talent database (人才信息库, DOMAIN.md §7, talent/): one real-name record per person who holds or
-- has held a post, and the dynamic record of what happened to them (hired, trained, pay, evaluations, career, exit).
create table talent_worker (
  id                 bigint        not null auto_increment,
  identity_number    varchar(18)   not null,
  name               varchar(50)   not null,
  birth_date         date          not null,
  education          varchar(16)   not null,
  certificates       varchar(1000) not null,
  grade              varchar(16)   not null,
  unit_code          varchar(64)   not null,
  post_id            bigint        not null,
  -- The post while the worker is ON_POST, null once they left: unique, so that a post has one holder even if a
  -- change slipped past the service's row lock on the post.
  holding_post_id    bigint,
  contract_id        bigint,
  contractor_name    varchar(100),
  contract_starts_on date,
  contract_ends_on   date,
  user_id            varchar(64),
  status             varchar(16)   not null,
  on_post_since      date          not null,
  left_on            date,
  exit_reason        varchar(500),
  source             varchar(16)   not null,
  created_at         timestamp     not null,
  created_by         varchar(64)   not null,
  updated_at         timestamp     not null,
  updated_by         varchar(64)   not null,
  constraint pk_talent_worker primary key (id),
  constraint fk_talent_worker_unit foreign key (unit_code) references org_unit (code),
  constraint fk_talent_worker_post foreign key (post_id) references post (id),
  constraint fk_talent_worker_holding foreign key (holding_post_id) references post (id),
  constraint fk_talent_worker_contract foreign key (contract_id) references procurement_contract (id)
);
create unique index ux_talent_worker_identity on talent_worker (identity_number);
create unique index ux_talent_worker_holding on talent_worker (holding_post_id);
create unique index ux_talent_worker_user on talent_worker (user_id);
create index ix_talent_worker_unit on talent_worker (unit_code, status);

-- The dynamic record, oldest first: one row per event, never changed.
create table talent_event (
  id          bigint        not null auto_increment,
  worker_id   bigint        not null,
  kind        varchar(16)   not null,
  happened_on date          not null,
  detail      varchar(2000) not null,
  recorded_by varchar(64)   not null,
  recorded_at timestamp     not null,
  constraint pk_talent_event primary key (id),
  constraint fk_talent_event_worker foreign key (worker_id) references talent_worker (id)
);
create index ix_talent_event_worker on talent_event (worker_id, happened_on);
