-- Who started each post application (from the authenticated caller, never from a variable) and a fingerprint of
-- the application as prepare-application checked it: a review may add its decision and comment, nothing else.
create table post_application_guard (
  process_instance_id varchar(64) not null,
  applicant           varchar(64) not null,
  fingerprint         varchar(64),
  created_at          timestamp   not null default current_timestamp,
  constraint pk_post_application_guard primary key (process_instance_id)
);
