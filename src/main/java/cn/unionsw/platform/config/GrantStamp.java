package cn.unionsw.platform.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The grant stamp (ADR 0037): {@code grant_stamp.stamp} counts the changes to the grants whose answers a node may
 * keep ({@link GrantAnswers}). Triggers on {@code ACT_RU_AUTHORIZATION} move it in the transaction of every insert,
 * update or delete of a grant that {@link #moves} says counts, whoever writes it: Camunda, engine REST, a migration,
 * a database administrator by hand. {@link EngineBootstrapLock} has them created once the engine has made its
 * tables, under its lock. Where they cannot be created (a database user without the TRIGGER privilege), no answer is
 * kept and every check asks the database, as Camunda does; the start-up log says so.
 *
 * <p>Grants on a task or a process instance, written with every task and case, do not move it: their checks are
 * never kept. The stamp's row is written only by an administrator's grant on a filter, a definition or a whole type,
 * and by a change to the process and decision definitions' tables: a deployment, a suspension, a deletion (ADR 0038).
 */
@Component
class GrantStamp {

  /** The resource id of a grant on every resource of its type. */
  static final String EVERY = "*";
  /** The types whose grants, whatever their resource, move the stamp. */
  static final Set<Resource> MOVED_BY = Set.of(Resources.FILTER, Resources.PROCESS_DEFINITION,
      Resources.DECISION_DEFINITION);
  static final String TABLE = "ACT_RU_AUTHORIZATION";
  static final List<String> MYSQL_TRIGGERS = List.of("UNIONSW_GRANT_STAMP_INS", "UNIONSW_GRANT_STAMP_UPD",
      "UNIONSW_GRANT_STAMP_DEL");
  static final String H2_TRIGGER = "UNIONSW_GRANT_STAMP";
  /**
   * The definitions' tables, with the stem of their triggers: every row written there (a deployment, a suspension, a
   * deletion) moves the stamp, so that the latest version a node keeps for a key ({@link LatestDefinitions}) is asked
   * again (ADR 0038).
   */
  static final Map<String, String> DEFINITION_TABLES = Map.of("ACT_RE_PROCDEF", "UNIONSW_STAMP_PROCDEF",
      "ACT_RE_DECISION_DEF", "UNIONSW_STAMP_DECDEF");
  private static final List<String> EVENTS = List.of("insert", "update", "delete");
  static final String MOVE = "update grant_stamp set stamp = stamp + 1 where id = 1";
  private static final Logger log = LoggerFactory.getLogger(GrantStamp.class);

  private final DataSource dataSource;
  private volatile boolean moving;

  GrantStamp(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Whether a grant of this resource type and id moves the stamp, so that checks on it may be kept. */
  static boolean moves(int resourceType, String resourceId) {
    return resourceId == null || EVERY.equals(resourceId)
        || MOVED_BY.stream().anyMatch(type -> type.resourceType() == resourceType);
  }

  /** Whether the triggers are in place on this database, so that answers may be kept. */
  boolean moving() {
    return moving;
  }

  /** Adds the triggers where they are missing; call once the engine has created its tables. */
  void create() {
    try (Connection connection = dataSource.getConnection()) {
      // The stamp's row first (Flyway's V56): a trigger that moved a missing row would fail every grant it fires on.
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("select stamp from grant_stamp where id = 1")) {
        if (!row.next()) {
          throw new SQLException("grant_stamp has no row 1");
        }
      }
      if (EngineBootstrapLock.isMySql(connection)) {
        create(connection, MYSQL_TRIGGERS.get(0), TABLE, "insert", movesIn("NEW"));
        create(connection, MYSQL_TRIGGERS.get(1), TABLE, "update", movesIn("NEW") + " or " + movesIn("OLD"));
        create(connection, MYSQL_TRIGGERS.get(2), TABLE, "delete", movesIn("OLD"));
        for (Map.Entry<String, String> table : DEFINITION_TABLES.entrySet()) {
          for (String event : EVENTS) {
            create(connection, table.getValue() + "_" + event.substring(0, 3).toUpperCase(), table.getKey(), event,
                null);
          }
        }
      } else {
        createInH2(connection, H2_TRIGGER, TABLE);
        for (Map.Entry<String, String> table : DEFINITION_TABLES.entrySet()) {
          createInH2(connection, table.getValue(), table.getKey());
        }
      }
      moving = true;
    } catch (SQLException refused) {
      moving = false;
      log.warn("The grant stamp's triggers on {} and on the definitions' tables could not be created ({}): no"
          + " authorization answer and no latest definition is kept between requests, every check asks the database"
          + " (ADR 0037, 0038). Grant the database user TRIGGER to keep them.", TABLE, refused.getMessage());
    }
  }

  /** {@link #moves} in SQL, for a trigger's {@code NEW} or {@code OLD} row. */
  private static String movesIn(String row) {
    String types = MOVED_BY.stream().map(type -> String.valueOf(type.resourceType()))
        .collect(Collectors.joining(", "));
    return row + ".RESOURCE_TYPE_ in (" + types + ") or " + row + ".RESOURCE_ID_ = '" + EVERY + "'";
  }

  /** A MySQL trigger that moves the stamp for every row, or only where {@code condition} holds when it is given. */
  private static void create(Connection connection, String name, String table, String event, String condition)
      throws SQLException {
    if (exists(connection, name)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("create trigger " + name + " after " + event + " on " + table + " for each row "
          + (condition == null ? MOVE : "if " + condition + " then " + MOVE + "; end if"));
    }
    log.info("Trigger {} created on {}: its changes move the grant stamp", name, table);
  }

  /** H2's trigger of the same rule, {@link GrantStampTrigger}, which tells the tables apart by name. */
  private static void createInH2(Connection connection, String name, String table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create trigger if not exists " + name + " after insert, update, delete on " + table
          + " for each row call '" + GrantStampTrigger.class.getName() + "'");
    }
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select count(*) from information_schema.triggers"
        + " where trigger_schema = database() and upper(trigger_name) = ?")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1) > 0;
      }
    }
  }
}
