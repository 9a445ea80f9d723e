-- The contractor registry (承接主体, procurement/): who may bid for post services (Art. 18), what qualifies them,
-- held as data with evidence and validity, and the province-wide bars of Art. 30.
create table contractor (
  id            bigint       not null auto_increment,
  credit_code   varchar(18)  not null,
  name          varchar(100) not null,
  kind          varchar(32)  not null,
  province_code varchar(12)  not null,
  registered_at timestamp    not null,
  registered_by varchar(64)  not null,
  updated_at    timestamp    not null,
  updated_by    varchar(64)  not null,
  constraint pk_contractor primary key (id)
);
create unique index ux_contractor_credit_code on contractor (credit_code);
create index ix_contractor_province on contractor (province_code);

-- One row per kind a contractor holds (Art. 18): registration, HR-service licence, credit, tax, social insurance.
create table contractor_qualification (
  id            bigint       not null auto_increment,
  contractor_id bigint       not null,
  kind          varchar(32)  not null,
  evidence      varchar(200) not null,
  valid_from    date         not null,
  valid_until   date         not null,
  constraint pk_contractor_qualification primary key (id),
  constraint fk_contractor_qualification foreign key (contractor_id) references contractor (id)
);
create unique index ux_contractor_qualification on contractor_qualification (contractor_id, kind);

-- Art. 30: a contractor that does not pay wages or social insurance is barred province-wide; once per province.
create table contractor_bar (
  id            bigint       not null auto_increment,
  contractor_id bigint       not null,
  province_code varchar(12)  not null,
  reason        varchar(500) not null,
  barred_at     timestamp    not null,
  barred_by     varchar(64)  not null,
  constraint pk_contractor_bar primary key (id),
  constraint fk_contractor_bar foreign key (contractor_id) references contractor (id)
);
create unique index ux_contractor_bar on contractor_bar (contractor_id, province_code);
