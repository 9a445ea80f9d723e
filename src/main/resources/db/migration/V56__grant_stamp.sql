-- A count of the changes to the grants whose answers a node keeps between requests (config/GrantStamp, ADR 0037):
-- any grant on a filter, a process or decision definition, or on every resource of a type ('*'). Triggers on
-- ACT_RU_AUTHORIZATION move it in the transaction that changes such a grant, whatever writes it (Camunda, a
-- migration, a database administrator); they are added once the engine has created its tables. Every request reads
-- it with its caller, so an answer kept under an older count is never used again, on any node.
create table grant_stamp (
  id    integer not null,
  stamp bigint  not null,
  constraint pk_grant_stamp primary key (id)
);
insert into grant_stamp (id, stamp) values (1, 0);
