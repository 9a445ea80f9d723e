-- Figures the pay guide is computed from (冀工发〔2017〕30号 Art. 21, 31-32, 38; tables 1-2), kept per region with
-- effective dates so that a quote for any date is reproducible. A region is an organisation code (province HE,
-- city HE-SJZ, county HE-SJZ-ZD); the most specific region with a row in force on the date applies.

-- Monthly minimum wage (月最低工资标准, yuan) as the province publishes it per area.
create table minimum_wage (
  region_code    varchar(64)   not null,
  effective_from date          not null,
  monthly_amount decimal(10,2) not null,
  tier_label     varchar(32),
  source         varchar(200)  not null,
  updated_by     varchar(64)   not null,
  updated_at     timestamp     not null default current_timestamp,
  constraint pk_minimum_wage primary key (region_code, effective_from)
);

-- Employer social insurance (单位缴纳社保, incl. housing fund where the contract covers it) and the contractor's
-- management fee (管理费), as fractions: 0.2600 = 26 %.
create table employer_cost_rate (
  region_code           varchar(64)  not null,
  effective_from        date         not null,
  social_insurance_rate decimal(6,4) not null,
  management_fee_rate   decimal(6,4) not null,
  source                varchar(200) not null,
  updated_by            varchar(64)  not null,
  updated_at            timestamp    not null default current_timestamp,
  constraint pk_employer_cost_rate primary key (region_code, effective_from)
);
