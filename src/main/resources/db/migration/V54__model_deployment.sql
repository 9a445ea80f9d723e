-- Safe deploy (models/, docs/adr/0022): every model an administrator deploys or rolls back through /api/models, with
-- who, when, why and which engine deployment. One row per definition the deployment made (a BPMN file may hold
-- several processes); Camunda's own tables keep the models themselves.
create table model_deployment (
  id            bigint        not null auto_increment,
  deployment_id varchar(64)   not null,
  -- BPMN, DMN, FORM
  model_type    varchar(8)    not null,
  model_key     varchar(255)  not null,
  version       integer       not null,
  -- DEPLOY (a new version), ROLLBACK (an earlier version's resources deployed again as a new version)
  action        varchar(16)   not null,
  -- ROLLBACK: the version whose resources were deployed again
  from_version  integer,
  comment_text  varchar(1000) not null,
  deployed_by   varchar(64)   not null,
  deployed_at   timestamp     not null default current_timestamp,
  constraint pk_model_deployment primary key (id)
);
create index ix_model_deployment_key on model_deployment (model_type, model_key, version);
