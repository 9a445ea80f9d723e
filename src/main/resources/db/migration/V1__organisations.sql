-- Organisation registry: unions (province, city, directly administered city, county) and the basic units where
-- posts sit. Codes nest by prefix (HE > HE-SJZ > HE-SJZ-ZD > HE-SJZ-ZD-ZDZ). The counts feed the post quota (Art. 10).
create table org_unit (
  code               varchar(64)  not null,
  parent_code        varchar(64),
  name               varchar(128) not null,
  type               varchar(40)  not null,
  legal_entity_count integer,
  employee_count     integer,
  member_count       integer,
  created_at         timestamp    not null default current_timestamp,
  constraint pk_org_unit primary key (code),
  constraint fk_org_unit_parent foreign key (parent_code) references org_unit (code)
);
create index ix_org_unit_parent on org_unit (parent_code);
