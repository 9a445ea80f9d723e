-- Following a case (review/ and follow/, docs/adr/0017): who watches which case (its starter, those who acted on it,
-- those it was copied to), each copy and each urge as recorded, and the platform's notifications to each user.
-- No unique key on (case, user, kind): two steps of one case completed at once by the same reviewer would wait for
-- each other on it; a second row is harmless, the readers group them.
create table case_watcher (
  id                  bigint      not null auto_increment,
  process_instance_id varchar(64) not null,
  user_id             varchar(64) not null,
  -- STARTER (started it), HANDLED (acted on one of its steps), COPY (copied to them for information)
  kind                varchar(16) not null,
  added_by            varchar(64) not null,
  added_at            timestamp   not null default current_timestamp,
  constraint pk_case_watcher primary key (id)
);
create index ix_case_watcher_instance on case_watcher (process_instance_id);
create index ix_case_watcher_user on case_watcher (user_id, kind, added_at);

-- 抄送: one row per recipient of a copy; organisation names the organisation a recipient was reached through.
create table case_copy (
  id                  bigint       not null auto_increment,
  process_instance_id varchar(64)  not null,
  copied_by           varchar(64)  not null,
  recipient_id        varchar(64)  not null,
  organisation        varchar(64),
  note                varchar(500),
  copied_at           timestamp    not null,
  constraint pk_case_copy primary key (id)
);
create index ix_case_copy_instance on case_copy (process_instance_id);

-- 催办: at most one per open task and working day (the day the urge counts for, ADR 0017).
create table case_urge (
  id                  bigint       not null auto_increment,
  process_instance_id varchar(64)  not null,
  task_id             varchar(64)  not null,
  task_key            varchar(64)  not null,
  step_label          varchar(64)  not null,
  urged_by            varchar(64)  not null,
  message             varchar(500),
  urge_day            date         not null,
  recipients          integer      not null,
  urged_at            timestamp    not null,
  constraint pk_case_urge primary key (id)
);
create unique index ux_case_urge_task_day on case_urge (task_id, urge_day);
create index ix_case_urge_instance on case_urge (process_instance_id);

-- The platform's notices to one user (notifications/): kept here, shown in Tasklist; e-mail joins as a channel.
create table notification (
  id                  bigint        not null auto_increment,
  user_id             varchar(64)   not null,
  kind                varchar(32)   not null,
  message             varchar(1000) not null,
  case_number         varchar(64),
  process_instance_id varchar(64),
  task_id             varchar(64),
  created_at          timestamp     not null,
  read_at             timestamp     null,
  constraint pk_notification primary key (id)
);
create index ix_notification_user on notification (user_id, read_at, id);

-- Cases started before: their starters and those who reviewed them follow them too.
insert into case_watcher (process_instance_id, user_id, kind, added_by, added_at)
  select process_instance_id, starter_id, 'STARTER', starter_id, created_at from case_file where starter_id <> 'system';
insert into case_watcher (process_instance_id, user_id, kind, added_by, added_at)
  select r.process_instance_id, r.reviewer_id, 'HANDLED', r.reviewer_id, min(r.reviewed_at) from case_review r
  join case_file f on f.process_instance_id = r.process_instance_id
  where r.reviewer_id <> f.starter_id and r.reviewer_id <> 'system'
  group by r.process_instance_id, r.reviewer_id;
