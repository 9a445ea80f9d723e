-- Annual evaluation and appeal (DOMAIN.md §5, Art. 23-29; evaluation/, docs/adr/0015). A round is one deciding
-- city's evaluation of one year: its workers on post, one annual-evaluation instance each, proposed by their county
-- (or by the city for its own posts), decided by the city with at most 30 % EXCELLENT (Art. 26).
create table evaluation_round (
  id                  bigint      not null auto_increment,
  -- The deciding union: a city (HE-SJZ) or a directly administered city (HE-DZ).
  city_code           varchar(64) not null,
  year                integer     not null,
  -- Workers on post when the round opened; the 30 % cap counts them.
  participants        integer     not null,
  -- Instances started so far by the background start (the progress).
  started             integer     not null default 0,
  process_instance_id varchar(64),
  created_by          varchar(64) not null,
  created_at          timestamp   not null,
  constraint pk_evaluation_round primary key (id),
  constraint fk_evaluation_round_city foreign key (city_code) references org_unit (code)
);
create unique index ux_evaluation_round_city_year on evaluation_round (city_code, year);

-- One worker's evaluation of one year: the county's proposal (the Art. 27 facts), the suggestion of
-- evaluation-outcome, the city's decision, and the consequences applied to the worker (Art. 29).
create table annual_evaluation (
  id                    bigint        not null auto_increment,
  round_id              bigint        not null,
  worker_id             bigint        not null,
  year                  integer       not null,
  unit_code             varchar(64)   not null,
  -- Who proposes: the county of the post's unit, or the city (directly administered city) for its own posts.
  proposer_code         varchar(64)   not null,
  grade                 varchar(16)   not null,
  -- The allowance tier paid in the year evaluated: last year's next tier, or 1.
  allowance_tier        integer       not null,
  process_instance_id   varchar(64),
  -- STARTED, PROPOSED, DECIDED (published), then FINAL when the appeal window closed or the appeal was answered.
  status                varchar(16)   not null,
  score                 decimal(5, 2),
  satisfaction_rate     decimal(5, 2),
  unreported_incidents  integer,
  key_tasks_completed   boolean,
  serious_misconduct    boolean,
  incompetent           boolean,
  severe                boolean,
  proposal_note         varchar(2000),
  proposed_by           varchar(64),
  proposed_at           timestamp,
  suggested_outcome     varchar(16),
  -- The city's decision; an upheld appeal replaces it with the revised outcome (decided_outcome keeps the first).
  decided_outcome       varchar(16),
  outcome               varchar(16),
  decided_by            varchar(64),
  published_at          timestamp,
  -- Last year's outcome (NONE when there is none) and what evaluation-consequences made of it.
  previous_outcome      varchar(16),
  bonus_percent         integer,
  bonus_amount          decimal(12, 2),
  next_allowance_tier   integer,
  retraining_required   boolean,
  replace_worker        boolean,
  consequences_at       timestamp,
  constraint pk_annual_evaluation primary key (id),
  constraint fk_annual_evaluation_round foreign key (round_id) references evaluation_round (id),
  constraint fk_annual_evaluation_worker foreign key (worker_id) references talent_worker (id),
  constraint fk_annual_evaluation_unit foreign key (unit_code) references org_unit (code)
);
create unique index ux_annual_evaluation_worker_year on annual_evaluation (worker_id, year);
create index ix_annual_evaluation_round on annual_evaluation (round_id, proposer_code, status);
create index ix_annual_evaluation_instance on annual_evaluation (process_instance_id);

-- The appeal against one published outcome (Art. 28): answered in writing by the superior union within ten working
-- days; the written reply is kept as the PDF the worker downloads.
create table evaluation_appeal (
  id                  bigint        not null auto_increment,
  evaluation_id       bigint        not null,
  process_instance_id varchar(64),
  reason              varchar(2000) not null,
  filed_by            varchar(64)   not null,
  filed_at            timestamp     not null,
  -- The superior union that answers, and the end of the 10th working day after the day filed.
  reviewer_code       varchar(64)   not null,
  due_at              timestamp     not null,
  original_outcome    varchar(16)   not null,
  decision            varchar(16),
  reply               varchar(4000),
  revised_outcome     varchar(16),
  replied_by          varchar(64),
  replied_at          timestamp,
  reply_pdf           mediumblob,
  -- The deadline passed without a reply: escalated once, counted as an SLA breach.
  escalated_at        timestamp,
  constraint pk_evaluation_appeal primary key (id),
  constraint fk_evaluation_appeal_evaluation foreign key (evaluation_id) references annual_evaluation (id)
);
create unique index ux_evaluation_appeal_evaluation on evaluation_appeal (evaluation_id);

-- Daily evaluation by the host unit (Art. 23): entries on duties, tasks, goals and attendance, read into the
-- annual proposal.
create table evaluation_daily_entry (
  id          bigint        not null auto_increment,
  worker_id   bigint        not null,
  entry_date  date          not null,
  -- DUTY, TASK, GOAL, ATTENDANCE
  kind        varchar(16)   not null,
  -- 1 (poor) .. 5 (excellent) for DUTY, TASK and GOAL; null for ATTENDANCE
  rating      integer,
  -- PRESENT, LEAVE, ABSENT for ATTENDANCE; null otherwise
  attendance  varchar(16),
  note        varchar(1000) not null,
  recorded_by varchar(64)   not null,
  recorded_at timestamp     not null,
  constraint pk_evaluation_daily_entry primary key (id),
  constraint fk_evaluation_daily_entry_worker foreign key (worker_id) references talent_worker (id)
);
create index ix_evaluation_daily_entry_worker on evaluation_daily_entry (worker_id, entry_date);
