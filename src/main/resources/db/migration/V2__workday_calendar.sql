-- State Council holiday schedule: a year is "loaded" once its row exists; its listed days are official days off
-- (off_day = true, even on a weekday) or adjusted working weekends (off_day = false). Unlisted days follow the
-- weekday rule.
create table workday_year (
  calendar_year integer      not null,
  source        varchar(200) not null,
  loaded_by     varchar(64)  not null,
  loaded_at     timestamp    not null default current_timestamp,
  constraint pk_workday_year primary key (calendar_year)
);

create table workday_special_day (
  calendar_date date        not null,
  calendar_year integer     not null,
  off_day       boolean     not null,
  name          varchar(64) not null,
  constraint pk_workday_special_day primary key (calendar_date),
  constraint fk_workday_special_day_year foreign key (calendar_year) references workday_year (calendar_year)
);
create index ix_workday_special_day_year on workday_special_day (calendar_year);
