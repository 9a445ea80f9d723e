package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
   * a write outside a transaction is kept as soon as it has run, and a read's transaction ends when the connection
   * goes back to the pool.
   */
  @Test
  void shouldKeepWorkOutsideATransactionAsAutocommitWouldAndEndItsReadsInThePool() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "MySQL and MariaDB only: H2's pool is in autocommit");
    assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).isAutoCommit()).isFalse();
    String name = "autocommit-" + java.util.UUID.randomUUID();
    String row = "from ACT_GE_PROPERTY where NAME_ = '" + name + "'";

    try {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        assertThat(connection.getAutoCommit()).isTrue();
        statement.executeUpdate("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values ('" + name + "', 'x', 1)");
        assertThat(countOwn("select count(*) " + row)).isOne();
        // A locking read: its transaction holds the row until the connection goes back to the pool.
        assertThat(queryLong(statement, "select REV_ " + row + " for update")).isOne();
        assertThatThrownBy(() -> countOwn("select count(*) " + row + " for update nowait"))
            .isInstanceOf(SQLException.class);
      }
      assertThat(countOwn("select count(*) " + row + " for update nowait")).isOne();
    } finally {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.executeUpdate("delete " + row);
      }
    }
  }

  /** A count read on a connection of the test's own, in a transaction of its own. */
  private static long countOwn(String sql) throws SQLException {
    try (Connection own = DriverManager.getConnection(System.getProperty("it.mysql.url"),
        System.getProperty("it.mysql.user", "root"), System.getProperty("it.mysql.password", ""));
        Statement statement = own.createStatement()) {
      own.setAutoCommit(false);
      return queryLong(statement, sql);
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
