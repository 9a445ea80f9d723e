package cn.unionsw.platform.config;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.springframework.stereotype.Component;

/**
 * The engine checks each entity's id before it is inserted (not missing, not {@code *}) as Camunda checks it, without
 * first writing the whole entity out as text. Camunda builds the message of the exception it might throw before every
 * check ({@code "Entity " + entity + " has an invalid id"}), and an entity's text is every field of it: a history row
 * of a variable, an activity or a decision input, for every row the engine inserts. In a profile of a recruitment
 * round's screening on MariaDB (docs/benchmarks.md) that text was a fifth of the CPU of starting the candidates. The
 * message is built, and the exception thrown, exactly as Camunda's when an id is missing or {@code *}.
 */
@Component
public class EntityIdCheckWithoutText extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, DbEntityManager.class, () -> new Entities(configuration,
        Context.getCommandContext().getSession(PersistenceSession.class)));
  }

  /** Camunda's entity manager, which describes an entity only when its id is refused. */
  static final class Entities extends DbEntityManager {

    Entities(ProcessEngineConfigurationImpl configuration, PersistenceSession persistence) {
      super(configuration.getIdGenerator(), persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
