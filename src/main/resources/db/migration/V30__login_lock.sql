-- Failed logins per user name and the temporary lock they lead to (login/LoginGuard, ADR 0004). Any name that has
-- been tried gets a row, whether a user has it or not, so that a lock tells nothing about who exists. A successful
-- login or an administrator's unlock deletes the row; a lock lifts by itself at locked_until.
create table login_lock (
  user_id      varchar(64) not null,
  failures     integer     not null,
  locked_until timestamp   null,
  constraint pk_login_lock primary key (user_id)
);
