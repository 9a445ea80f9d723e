-- Posts approved before the platform went live, loaded by an administrator so that quotas and the grade structure
-- count them from the first day. Each load is recorded here; its posts carry created_by_instance 'import:<id>'.
create table post_import (
  id          bigint      not null auto_increment,
  imported_by varchar(64) not null,
  units       integer     not null,
  posts       integer     not null,
  imported_at timestamp   not null default current_timestamp,
  constraint pk_post_import primary key (id)
);
