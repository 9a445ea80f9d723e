-- Notifications of task events and by e-mail (ADR 0021).
-- Each event (a task created, flagged due soon or overdue, escalated, urged) reaches each user once, whatever retries
-- or second timer fires: its key ("TASK_CREATED:<taskId>") is unique per user. Notices sent without a key (copies)
-- keep null, which the unique index does not compare.
alter table notification add column event_key varchar(100);
create unique index ux_notification_event on notification (event_key, user_id);

-- E-mail opt-out: a row per user and kind of notice they do not want by e-mail; kind ALL turns all e-mail off.
-- Nothing here turns off the notices kept in the platform.
create table notification_opt_out (
  user_id    varchar(64) not null,
  kind       varchar(32) not null,
  created_at timestamp   not null,
  constraint pk_notification_opt_out primary key (user_id, kind)
);
