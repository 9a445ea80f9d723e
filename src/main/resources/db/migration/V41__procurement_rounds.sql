-- Purchase rounds of the post service (DOMAIN.md §4, procurement/): one row per post-procurement case, the
-- purchasers' cost estimates (备案表), the bids with the experts' scores, and the three-year contracts they lead to.
create table procurement_round (
  id                  bigint        not null auto_increment,
  process_instance_id varchar(64)   not null,
  case_number         varchar(64)   not null,
  city_code           varchar(64)   not null,
  round_year          integer       not null,
  service_start       date          not null,
  status              varchar(16)   not null,
  budget              decimal(14,2),
  method              varchar(16),
  method_reason       varchar(500),
  price_weight        decimal(5,2),
  published_at        timestamp     null,
  published_by        varchar(64),
  winner_id           bigint,
  scored_at           timestamp     null,
  closed_at           timestamp     null,
  close_reason        varchar(500),
  started_by          varchar(64)   not null,
  started_at          timestamp     not null,
  constraint pk_procurement_round primary key (id),
  constraint fk_procurement_round_city foreign key (city_code) references org_unit (code),
  constraint fk_procurement_round_winner foreign key (winner_id) references contractor (id)
);
create unique index ux_procurement_round_instance on procurement_round (process_instance_id);
create index ix_procurement_round_city on procurement_round (city_code, round_year);

-- One purchaser's estimate (购买工会社会工作岗位服务项目备案表): its approved posts not under contract, costed by the
-- pay service for the three-year term when the round opens; filed (contact, funding, who, when) by the purchaser.
create table procurement_estimate (
  id               bigint        not null auto_increment,
  round_id         bigint        not null,
  purchaser_code   varchar(64)   not null,
  post_count       integer       not null,
  annual_cost      decimal(14,2) not null,
  term_cost        decimal(14,2) not null,
  detail           varchar(4000) not null,
  contact_person   varchar(50),
  contact_phone    varchar(30),
  funding_note     varchar(500),
  filed_by         varchar(64),
  filed_at         timestamp     null,
  constraint pk_procurement_estimate primary key (id),
  constraint fk_procurement_estimate_round foreign key (round_id) references procurement_round (id),
  constraint fk_procurement_estimate_org foreign key (purchaser_code) references org_unit (code)
);
create unique index ux_procurement_estimate on procurement_estimate (round_id, purchaser_code);

-- The posts each estimate covers, fixed when the round opens (the contract takes exactly these).
create table procurement_estimate_post (
  estimate_id bigint not null,
  post_id     bigint not null,
  constraint pk_procurement_estimate_post primary key (estimate_id, post_id),
  constraint fk_procurement_estimate_post_estimate foreign key (estimate_id) references procurement_estimate (id),
  constraint fk_procurement_estimate_post_post foreign key (post_id) references post (id)
);

-- A bid as opened, with its price in yuan and whether it subcontracts; the scores are the experts'.
create table procurement_bid (
  id               bigint        not null auto_increment,
  round_id         bigint        not null,
  contractor_id    bigint        not null,
  price            decimal(14,2) not null,
  subcontracting   boolean       not null,
  valid            boolean,
  invalid_reason   varchar(500),
  price_score      decimal(7,2),
  total_score      decimal(7,2),
  bid_rank         integer,
  recorded_by      varchar(64)   not null,
  recorded_at      timestamp     not null,
  constraint pk_procurement_bid primary key (id),
  constraint fk_procurement_bid_round foreign key (round_id) references procurement_round (id),
  constraint fk_procurement_bid_contractor foreign key (contractor_id) references contractor (id)
);
create unique index ux_procurement_bid on procurement_bid (round_id, contractor_id);

create table procurement_bid_score (
  bid_id     bigint       not null,
  expert_no  integer      not null,
  capability decimal(5,2) not null,
  quality    decimal(5,2) not null,
  benefit    decimal(5,2) not null,
  constraint pk_procurement_bid_score primary key (bid_id, expert_no),
  constraint fk_procurement_bid_score_bid foreign key (bid_id) references procurement_bid (id)
);

-- A three-year contract between one purchaser and the winner (Art. 20); a transfer (Art. 22) ends one and starts
-- its successor for the rest of the term; a termination (Art. 30) ends it.
create table procurement_contract (
  id               bigint        not null auto_increment,
  contract_number  varchar(80)   not null,
  round_id         bigint        not null,
  purchaser_code   varchar(64)   not null,
  contractor_id    bigint        not null,
  amount           decimal(14,2) not null,
  starts_on        date          not null,
  ends_on          date          not null,
  status           varchar(16)   not null,
  signed_at        timestamp     not null,
  predecessor_id   bigint,
  ended_on         date,
  end_reason       varchar(500),
  constraint pk_procurement_contract primary key (id),
  constraint fk_procurement_contract_round foreign key (round_id) references procurement_round (id),
  constraint fk_procurement_contract_org foreign key (purchaser_code) references org_unit (code),
  constraint fk_procurement_contract_contractor foreign key (contractor_id) references contractor (id),
  constraint fk_procurement_contract_predecessor foreign key (predecessor_id) references procurement_contract (id)
);
create unique index ux_procurement_contract_number on procurement_contract (contract_number);
create index ix_procurement_contract_purchaser on procurement_contract (purchaser_code, status);
create index ix_procurement_contract_contractor on procurement_contract (contractor_id, status);

-- The posts a contract serves. A post is under at most one ACTIVE contract: held by its row here (post_id unique
-- while active is checked in the service under the round's lock; history keeps ended contracts' rows).
create table procurement_contract_post (
  contract_id bigint not null,
  post_id     bigint not null,
  constraint pk_procurement_contract_post primary key (contract_id, post_id),
  constraint fk_procurement_contract_post_contract foreign key (contract_id) references procurement_contract (id),
  constraint fk_procurement_contract_post_post foreign key (post_id) references post (id)
);
create index ix_procurement_contract_post_post on procurement_contract_post (post_id);
