package cn.unionsw.platform.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the platform adds to Camunda's tables for its own queries, created once the engine has created the tables
 * (Flyway runs before it), under the engine bootstrap lock on MySQL and MariaDB so that nodes starting together do
 * not both create them.
 *
 * <ul>
 *   <li>{@code ACT_RU_VARIABLE (NAME_, TEXT_)}: a unit's open post applications are found by their {@code unitCode}
 *       (the quota check of every new application, Art. 10). Camunda indexes variables by execution, process
 *       instance and task only, so the question read every open application of the province, under the county's
 *       case-number lock: measured with 10,000 open applications on MariaDB, 70–100 ms a start and falling to four
 *       starts a second (docs/benchmarks.md, the inbox at scale). On MySQL and MariaDB the text is indexed by its
 *       first 100 characters, enough to tell codes and names apart.</li>
 *   <li>{@code ACT_RU_EVENT_SUBSCR (PROC_INST_ID_)}: a recruitment stage's batch finds each candidate's message wait
 *       by its process instance ({@code recruitment/StageAdvanceBatch}, ADR 0029). Camunda indexes subscriptions by
 *       execution, name and configuration only, so the question would read every waiting candidate of the province
 *       (all waits of a stage have one name).</li>
 *   <li>{@code ACT_RU_AUTHORIZATION (RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, PERMS_, USER_ID_, GROUP_ID_)}, MySQL and
 *       MariaDB only: every authorization check Camunda makes asks for a resource's grants by its id, then tests
 *       their type, resource type, permissions, user and group ({@code AuthorizationJoinAsExists} sends the task
 *       queries' check that way for each task, and {@code PermissionCheckAsLookUps} names the index to MariaDB for
 *       the check of a command's permissions, ADR 0040). Camunda's index holds the id alone, so each grant found was then read
 *       from the table; this one answers the whole check from the index. A city reviewer's inbox filter 本单位待办
 *       (1,250 open tasks at the city) checks each of them twice, for the page and for its count: on MariaDB the
 *       count fell from 15 to 12 ms and the page from 15 to 9.5 ms, and with 20 clients the filter's p95 by a fifth
 *       (docs/benchmarks.md). The six columns are 3,072 bytes in utf8mb4, InnoDB's limit for an index; a server
 *       that refuses it (a smaller page size) keeps Camunda's index, and the start-up log says so.</li>
 * </ul>
 */
@Component
class EngineIndexes {

  static final String VARIABLE_NAME_TEXT = "IX_UNIONSW_VAR_NAME_TEXT";
  static final String EVENT_SUBSCRIPTION_PROCESS_INSTANCE = "IX_UNIONSW_EVT_PROC_INST";
  static final String AUTHORIZATION_BY_RESOURCE = "IX_UNIONSW_AUTH_RESOURCE";
  static final String AUTHORIZATION_BY_RESOURCE_COLUMNS =
      "RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, PERMS_, USER_ID_, GROUP_ID_";
  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private final DataSource dataSource;
  /** Whether {@link #AUTHORIZATION_BY_RESOURCE} exists, once {@link #create} has run: statements may name it then. */
  private volatile boolean authorizationByResource;

  EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void create() {
    try (Connection connection = dataSource.getConnection()) {
      boolean mySql = EngineBootstrapLock.isMySql(connection);
      create(connection, "ACT_RU_VARIABLE", VARIABLE_NAME_TEXT, "NAME_, " + (mySql ? "TEXT_(100)" : "TEXT_"));
      create(connection, "ACT_RU_EVENT_SUBSCR", EVENT_SUBSCRIPTION_PROCESS_INSTANCE, "PROC_INST_ID_");
      if (mySql) {
        try {
          create(connection, "ACT_RU_AUTHORIZATION", AUTHORIZATION_BY_RESOURCE, AUTHORIZATION_BY_RESOURCE_COLUMNS);
          authorizationByResource = true;
        } catch (SQLException refused) {
          log.warn("Index {} not created ({}); authorization checks read each grant from the table",
              AUTHORIZATION_BY_RESOURCE, refused.getMessage());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add the platform's indexes to Camunda's tables", e);
    }
  }

  /** Whether the index on the authorization's resource id is there (MySQL and MariaDB, after start-up). */
  boolean authorizationByResource() {
    return authorizationByResource;
  }

  private static void create(Connection connection, String table, String index, String columns)
      throws SQLException {
    if (exists(connection, table, index)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("create index " + index + " on " + table + " (" + columns + ")");
    }
    log.info("Index {} created on {} ({})", index, table, columns);
  }

  private static boolean exists(Connection connection, String table, String index) throws SQLException {
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet indexes = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, name, false,
          true)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
