package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Connector/J keeps the parsed form of a statement only up to {@code prepStmtCacheSqlLimit} characters
 * (application-mysql.yml); a longer one is parsed anew every time it runs (ADR 0035). The longest statement of every
 * request that completes a task is Camunda's check that the caller may work it, rendered here as the engine renders it
 * on this run's database, for a caller in a dozen groups: Camunda's own statement on H2, longer than Connector/J's
 * old limit; the platform's look-ups on MySQL and MariaDB (ADR 0040), a fraction of it.
 */
@PlatformIT
class EngineStatementLengthIT {

  @Autowired
  ProcessEngine engine;

  @Test
  void shouldRenderTheTaskWorkCheckWithinWhatConnectorJKeepsParsed() throws Exception {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String sql = configuration.getCommandExecutorTxRequired().execute(context -> {
      String taskId = "0f6a1c2e-ed60-11f1-9b53-02fc00000001";
      // As AuthorizationCommandChecker.checkTaskWork builds it (the builder needs a command's context).
      CompositePermissionCheck taskWork = new PermissionCheckBuilder().disjunctive()
          .atomicCheckForResourceId(Resources.TASK, taskId, Permissions.TASK_WORK)
          .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, "post-application", Permissions.TASK_WORK)
          .atomicCheckForResourceId(Resources.TASK, taskId, Permissions.UPDATE)
          .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, "post-application", Permissions.UPDATE_TASK)
          .build();
      List<String> groups = IntStream.range(0, 12).mapToObj(i -> "HE-SJZ-ZD-reviewers-" + i).toList();
      AuthorizationCheck check = new AuthorizationCheck("sjzreviewer", groups, taskWork, false);
      return configuration.getSqlSessionFactory().getConfiguration()
          .getMappedStatement("isUserAuthorizedForResource").getBoundSql(check).getSql();
    });

    assertThat(sql.length()).as("the rendered check").isLessThan(connectorJLimit());
    if (TestDatabase.isMySql()) {
      assertThat(sql).as("the look-ups of ADR 0040").startsWith("SELECT CASE WHEN EXISTS").doesNotContain("IFNULL");
      assertThat(sql.length()).isLessThan(1024);
    } else {
      assertThat(sql.length()).as("Camunda's check (8,192 was Connector/J's limit before ADR 0035)")
          .isGreaterThan(8192);
    }
  }

  private static int connectorJLimit() throws Exception {
    Object limit = new YamlPropertySourceLoader().load("mysql", new ClassPathResource("application-mysql.yml")).get(0)
        .getProperty("spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit");
    return Integer.parseInt(String.valueOf(limit));
  }
}
