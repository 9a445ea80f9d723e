-- A row that each node locks (select ... for update) while it writes its start-up data: role groups and grants,
-- the first administrator, the demo data. Nodes that start together on one database then take turns, and the
-- later ones find everything in place instead of inserting the same rows twice.
create table platform_lock (
  name varchar(64) not null,
  constraint pk_platform_lock primary key (name)
);
insert into platform_lock (name) values ('startup');
