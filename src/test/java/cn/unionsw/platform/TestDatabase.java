package cn.unionsw.platform;

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
