package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nodes that start together on an empty MySQL/MariaDB database take turns building the engine, so that none of
 * them stops on Camunda's tables already being there. (On H2, embedded in one node, there is nothing to lock.)
 */
@PlatformIT
class EngineBootstrapLockIT {

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Test
  void shouldHoldTheLockFromBeforeTheSchemaUntilTheEngineIsBuilt() throws Exception {
    assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).getProcessEnginePlugins().stream()
        .flatMap(plugin -> plugin instanceof CompositeProcessEnginePlugin composite
            ? composite.getPlugins().stream() : Stream.of(plugin)))
        .as("the platform's engine is built under the lock").hasAtLeastOneElementOfType(EngineBootstrapLock.class);
    var lock = new EngineBootstrapLock(dataSource, new Utf8mb4Schema(dataSource), new EngineIndexes(dataSource),
        new GrantStamp(dataSource));

    lock.acquire();
    try (Connection other = dataSource.getConnection()) {
      if (TestDatabase.isMySql()) {
        assertThat(isFree(other)).as("held while the engine is built").isZero();
        lock.release();
        assertThat(isFree(other)).as("released once it is built").isEqualTo(1);
      } else {
        assertThat(other.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        lock.release(); // nothing was taken
      }
    }
  }

  /**
   * The race itself is narrow (it needs one node to look for Camunda's tables while the other is creating them),
   * so this does not fail every time without the lock; it shows two nodes building on one empty database under
   * it, one waiting for the other, without either stopping or waiting forever.
   */
  @Test
  void shouldLetTwoNodesBuildTheirEnginesTogetherOnAnEmptyDatabase() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only: H2 runs embedded in one node");
    String database = TestDatabase.databaseBeside("bootstrap");
    try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database + " character set utf8mb4 collate utf8mb4_bin");
    }
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<HikariDataSource> pools = new ArrayList<>();
    List<Future<ProcessEngine>> engines = new ArrayList<>();
    try {
      for (String node : List.of("node-a", "node-b")) {
        HikariDataSource pool = TestDatabase.pool(database);
        pools.add(pool);
        engines.add(nodes.submit(() -> {
          ProcessEngineConfigurationImpl configuration = configuration(node, pool);
          together.await(30, TimeUnit.SECONDS);
          return configuration.buildProcessEngine();
        }));
      }
      for (Future<ProcessEngine> engine : engines) {
        ProcessEngine built = engine.get(5, TimeUnit.MINUTES); // throws if that node stopped on the schema
        assertThat(built.getRepositoryService().createDeploymentQuery().count()).isZero();
        built.close();
      }
      assertThat(Utf8mb4SchemaIT.notUtf8mb4(pools.get(0))).as("converted by the first, found so by the second")
          .isEmpty();
      assertThat(EngineIndexesIT.columnsOf(new org.springframework.jdbc.core.JdbcTemplate(pools.get(0)),
          EngineIndexes.VARIABLE_NAME_TEXT)).as("the platform's index, added by the first only")
          .containsExactly("NAME_", "TEXT_");
    } finally {
      nodes.shutdownNow();
      pools.forEach(HikariDataSource::close);
      try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + database);
      }
    }
  }

  private static ProcessEngineConfigurationImpl configuration(String node, DataSource pool) {
    var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setProcessEngineName(node)
        .setDataSource(pool)
        .setDatabaseType("mysql")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new EngineBootstrapLock(pool, new Utf8mb4Schema(pool), new EngineIndexes(pool),
        new GrantStamp(pool))));
    configuration.setMetricsEnabled(false);
    return configuration;
  }

  private static int isFree(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select is_free_lock('" + EngineBootstrapLock.NAME + "')")) {
      result.next();
      return result.getInt(1);
    }
  }
}
