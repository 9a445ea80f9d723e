package cn.unionsw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** The database out of reach, told apart from a client's bad value and from a fault of ours. */
class DatabaseUnavailableTest {

  @Test
  void shouldKnowTheWaysAnOutageReachesARequest() {
    assertThat(BadData.isDatabaseUnavailable(new ProcessEngineException("start", new PersistenceException(
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")))))
        .as("no connection from the pool in time").isTrue();
    assertThat(BadData.isDatabaseUnavailable(new ProcessEngineException("flush",
        new SQLException("Communications link failure", "08S01")))).as("lost under a statement").isTrue();
    assertThat(BadData.isDatabaseUnavailable(new ProcessEngineException("rollback",
        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")))))
        .as("Hikari's stand-in for an evicted connection").isTrue();
    assertThat(BadData.isDatabaseUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        new SQLException("refused")))).isTrue();
    assertThat(BadData.isDatabaseUnavailable(new RuntimeException(new ConnectException("Connection refused"))))
        .isTrue();
  }

  @Test
  void shouldNotTakeOtherFailuresForAnOutage() {
    assertThat(BadData.isDatabaseUnavailable(new ProcessEngineException("insert",
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
    assertThat(BadData.isDatabaseUnavailable(new SQLException("Data too long for column", "22001"))).isFalse();
    assertThat(BadData.isDatabaseUnavailable(new SQLException("Connection is closed", "HY000"))).isFalse();
    assertThat(BadData.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    assertThat(BadData.isDatabaseUnavailable(null)).isFalse();
  }
}
