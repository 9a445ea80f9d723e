package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An entity's id is checked before insert as Camunda checks it (a missing one is given), described only when refused. */
class EntityIdCheckWithoutTextTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .build();

  @Test
  void shouldBeTheEnginesEntityManager() {
    DbEntityManager manager = configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getDbEntityManager());

    assertThat(manager).isInstanceOf(EntityIdCheckWithoutText.Entities.class);
  }

  @Test
  void shouldInsertAnEntityWithAValidIdWithoutDescribingIt() {
    Undescribable entity = new Undescribable("a-valid-id");

    assertThatThrownBy(() -> insert(entity)).isInstanceOf(RolledBack.class);
  }

  @Test
  void shouldRefuseTheReservedIdAsCamundaDoes() {
    ByteArrayEntity entity = new ByteArrayEntity();
    entity.setId("*");

    assertThatThrownBy(() -> insert(entity)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity ByteArrayEntity[").hasMessageContaining("has an invalid id")
        .hasMessageContaining("cannot be *");
  }

  private static void insert(ByteArrayEntity entity) {
    configuration().getCommandExecutorTxRequired().execute(context -> {
      context.getDbEntityManager().insert(entity);
      throw new RolledBack();
    });
  }

  /** An entity whose text cannot be written: describing it fails the test. */
  static final class Undescribable extends ByteArrayEntity {

    Undescribable(String id) {
      setId(id);
    }

    @Override
    public String toString() {
      throw new AssertionError("the entity was described in text");
    }
  }

  /** Ends the command before anything is flushed. */
  static final class RolledBack extends RuntimeException {
  }

  private static ProcessEngine engine() {
    return engineExtension.getProcessEngine();
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }
}
