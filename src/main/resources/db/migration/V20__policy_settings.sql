-- Per-province policy settings. A setting names something an administrator switches without a release, e.g.
-- which deployed quota decision the post chain uses ('quota-decision': post-quota, post-quota-jiangsu, ...).
-- Column names avoid the reserved words key and value (MySQL/MariaDB, H2).
create table policy_setting (
  province_code varchar(16)  not null,
  setting_key   varchar(64)  not null,
  setting_value varchar(255) not null,
  updated_by    varchar(64)  not null,
  updated_at    timestamp    not null default current_timestamp,
  constraint pk_policy_setting primary key (province_code, setting_key)
);

-- Hebei runs its own measures (冀工发〔2017〕30号 Art. 10): the default policy pack.
insert into policy_setting (province_code, setting_key, setting_value, updated_by)
values ('HE', 'quota-decision', 'post-quota', 'flyway');
