package cn.unionsw.platform.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the nodes of a cluster that start together on an empty MySQL or MariaDB database take turns building the
 * engine. Camunda creates its tables on the first start ({@code schema-update}) and has no lock of its own for
 * that: two nodes would both create them, and the later one would stop on "Table 'ACT_…' already exists". From
 * before the engine touches its schema until the engine is built, this holds a MySQL named lock
 * ({@code GET_LOCK}) on a connection of its own; a node that dies while holding it releases it with its
 * connection. Before letting go, it has the schema converted to utf8mb4 ({@link Utf8mb4Schema}): Camunda has just
 * created its tables in utf8mb3, and one node converts while the others wait; then the platform's indexes on
 * Camunda's tables are added ({@link EngineIndexes}) and the grant stamp's triggers ({@link GrantStamp}). On H2,
 * embedded in one node, there is no lock to take.
 */
@Component
class EngineBootstrapLock extends AbstractProcessEnginePlugin {

  static final String NAME = "unionsw.engine-bootstrap";
  static final int WAIT_SECONDS = 600;
  /** IS_FREE_LOCK and GET_LOCK answer 1 for yes ("it is free", "you have it"). */
  private static final Integer YES = 1;
  private static final Logger log = LoggerFactory.getLogger(EngineBootstrapLock.class);

  private final DataSource dataSource;
  private final Utf8mb4Schema utf8mb4;
  private final EngineIndexes indexes;
  private final GrantStamp grantStamp;
  private Connection held;

  EngineBootstrapLock(DataSource dataSource, Utf8mb4Schema utf8mb4, EngineIndexes indexes, GrantStamp grantStamp) {
    this.dataSource = dataSource;
    this.utf8mb4 = utf8mb4;
    this.indexes = indexes;
    this.grantStamp = grantStamp;
  }

  static boolean isMySql(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try {
      utf8mb4.convert();
      indexes.create();
      grantStamp.create();
    } finally {
      release();
    }
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (isMySql(connection)) {
        if (!YES.equals(query(connection, "select is_free_lock(?)"))) {
          log.info("Another node is building its engine on this database; waiting up to {} s", WAIT_SECONDS);
        }
        if (!YES.equals(query(connection, "select get_lock(?, " + WAIT_SECONDS + ")"))) {
          throw new IllegalStateException("Waited " + WAIT_SECONDS + " s for another node to build its engine "
              + "(MySQL lock '" + NAME + "'); is a node stuck in its start?");
        }
        held = connection;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the engine bootstrap lock '" + NAME + "'", e);
    } finally {
      if (connection != null && connection != held) {
        close(connection);
      }
    }
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      held = null;
      query(connection, "select release_lock(?)");
    } catch (SQLException e) {
      // Closing the connection releases the lock as well.
      log.warn("Could not release the engine bootstrap lock '{}' cleanly: {}", NAME, e.getMessage());
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      log.warn("Could not close a connection: {}", e.getMessage());
    }
  }

  private static Integer query(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, NAME);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        int value = result.getInt(1);
        return result.wasNull() ? null : value;
      }
    }
  }
}
