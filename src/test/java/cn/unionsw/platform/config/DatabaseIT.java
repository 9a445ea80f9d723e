package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /**
   * On MySQL the pool keeps its connections out of autocommit and the platform hands them out as in it (ADR 0034):
   * a write outside a transaction is kept as soon as it has run, and a read leaves no transaction open on the
   * connection once it is back in the pool.
   */
  @Test
  void shouldKeepWorkOutsideATransactionAsAutocommitWouldAndLeaveNoTransactionOpen() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "MySQL and MariaDB only: H2's pool is in autocommit");
    assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).isAutoCommit()).isFalse();
    String name = "autocommit-" + java.util.UUID.randomUUID();
    long threadId;

    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThat(connection.getAutoCommit()).isTrue();
      threadId = queryLong(statement, "select connection_id()");
      statement.executeUpdate("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values ('" + name + "', 'x', 1)");
      assertThat(openTransactions(threadId)).isZero();
      assertThat(queryLong(statement, "select count(*) from ACT_GE_PROPERTY where NAME_ = '" + name + "'"))
          .isOne();
      assertThat(openTransactions(threadId)).isOne();
    }
    assertThat(openTransactions(threadId)).isZero();

    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("delete from ACT_GE_PROPERTY where NAME_ = '" + name + "'");
    }
  }

  /** InnoDB's open transactions of one connection, seen from a connection of the test's own. */
  private static long openTransactions(long threadId) throws SQLException {
    try (Connection own = DriverManager.getConnection(System.getProperty("it.mysql.url"),
        System.getProperty("it.mysql.user", "root"), System.getProperty("it.mysql.password", ""));
        Statement statement = own.createStatement()) {
      return queryLong(statement, "select count(*) from information_schema.innodb_trx where trx_mysql_thread_id = "
          + threadId);
    }
  }

  private static long queryLong(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void shouldRunTheJobExecutor() {
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineConfiguration;

    assertThat(config.getJobExecutor().isActive()).isTrue();
  }
}
