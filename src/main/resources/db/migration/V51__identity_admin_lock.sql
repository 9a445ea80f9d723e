-- Loads of the organisation tree and of users (going live, ADR 0019), and an administrator creating or moving one
-- user, take turns on this row: each checks the registry and the users whole before it writes, which holds only if
-- no other load writes in between.
insert into platform_lock (name) values ('identity-admin');
