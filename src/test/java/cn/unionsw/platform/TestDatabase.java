package cn.unionsw.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, before any Spring context starts, whether the database of this run is there. On the MySQL run it
 * recreates the test database once per JVM. Where the server is missing the tests skip with a message saying
 * how to enable them, except in CI ({@code CI=true}), where a missing server fails the run.
 */
public class TestDatabase implements ExecutionCondition {

  private static volatile ConditionEvaluationResult verdict;

  public static boolean isMySql() {
    return "mysql".equals(System.getProperty("it.database"));
  }

  /**
   * A name for a database of a test's own on this run's server, {@code <this run's database>_<suffix>}, so that
   * runs beside each other on one server keep apart.
   */
  public static String databaseBeside(String suffix) {
    String url = System.getProperty("it.mysql.url");
    return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "") + "_" + suffix;
  }

  /** A small pool on another database of this run's server, with the settings of application-mysql.yml. */
  public static HikariDataSource pool(String database) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(System.getProperty("it.mysql.url").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
    pool.setUsername(System.getProperty("it.mysql.user", "root"));
    pool.setPassword(System.getProperty("it.mysql.password", ""));
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // Metadata from this database only, else Camunda takes the run's own tables for its own.
    pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
    pool.addDataSourceProperty("sendFractionalSeconds", "false");
    pool.addDataSourceProperty("characterEncoding", "UTF-8");
    pool.addDataSourceProperty("connectionCollation", "utf8mb4_bin");
    pool.setMaximumPoolSize(4);
    return pool;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!isMySql()) {
      return ConditionEvaluationResult.enabled("embedded H2");
    }
    if (verdict == null) {
      synchronized (TestDatabase.class) {
        if (verdict == null) {
          verdict = prepareMySql();
        }
      }
    }
    return verdict;
  }

  private static ConditionEvaluationResult prepareMySql() {
    String url = System.getProperty("it.mysql.url");
    String user = System.getProperty("it.mysql.user", "root");
    String password = System.getProperty("it.mysql.password", "");
    int slash = url.lastIndexOf('/');
    String server = url.substring(0, slash + 1);
    String database = url.substring(slash + 1).replaceAll("[?;].*", "");
    try (var connection = DriverManager.getConnection(server, user, password);
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists `" + database + "`");
      statement.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_bin");
      return ConditionEvaluationResult.enabled("MySQL-compatible database " + url);
    } catch (SQLException e) {
      String message = "No MySQL-compatible server at " + server + " (" + e.getMessage() + "). "
          + "Start MariaDB or MySQL 8 there (root, empty password; or set -Dit.mysql.url/-Dit.mysql.user/"
          + "-Dit.mysql.password), or run 'bash .ci/run', which starts one.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true: " + message, e);
      }
      return ConditionEvaluationResult.disabled(message);
    }
  }
}
