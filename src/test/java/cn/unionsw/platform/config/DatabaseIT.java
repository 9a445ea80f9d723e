package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The connection settings Camunda 7 needs on each database (MACHINE-NOTES.md). */
@PlatformIT
class DatabaseIT {

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Test
  void shouldRunOnTheDatabaseOfThisRun() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();

      assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      if (TestDatabase.isMySql()) {
        assertThat(product).containsIgnoringCase("mysql");
        assertThat(engineConfiguration.getDatabaseType()).isEqualTo("mysql");
        assertThat(connection.getMetaData().getURL()).contains("unionsw_it");
      } else {
        assertThat(product).isEqualTo("H2");
      }
    }
  }

  @Test
  void shouldRunTheJobExecutor() {
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineConfiguration;

    assertThat(config.getJobExecutor().isActive()).isTrue();
  }
}
