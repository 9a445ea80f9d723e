package cn.unionsw.platform.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave as it was: every row of the platform's own tables (whatever migrations have
 * added), and of Camunda's the instances, tasks with their assignees, variables, groups, memberships and
 * authorizations. Compared whole, so that an update counts as much as an insert.
 */
final class DatabaseState {

  private static final List<String> CAMUNDA = List.of(
      "select ID_ from ACT_RU_EXECUTION", "select ID_ from ACT_HI_PROCINST",
      "select ID_, ASSIGNEE_, OWNER_, DELEGATION_, SUSPENSION_STATE_ from ACT_RU_TASK",
      "select ID_, NAME_, TEXT_, LONG_, DOUBLE_ from ACT_RU_VARIABLE",
      "select TYPE_, USER_ID_, GROUP_ID_, TASK_ID_ from ACT_RU_IDENTITYLINK",
      "select ID_, NAME_ from ACT_ID_GROUP", "select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP",
      "select ID_, FIRST_, LAST_, EMAIL_, PWD_ from ACT_ID_USER",
      "select ID_, PERMS_ from ACT_RU_AUTHORIZATION");

  private final JdbcTemplate jdbc;
  private final List<String> queries = new ArrayList<>();

  DatabaseState(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    for (String table : platformTables()) {
      queries.add("select * from " + table);
    }
    queries.addAll(CAMUNDA);
  }

  /** Each query's rows, in a stable order. */
  Map<String, List<String>> snapshot() {
    Map<String, List<String>> state = new LinkedHashMap<>();
    for (String query : queries) {
      List<String> rows = jdbc.query(query, (row, i) -> describe(row));
      rows.sort(null);
      state.put(query, rows);
    }
    return state;
  }

  private static String describe(ResultSet row) throws SQLException {
    StringBuilder text = new StringBuilder();
    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
      text.append(row.getString(column)).append('|');
    }
    return text.toString();
  }

  private List<String> platformTables() {
    return jdbc.execute((Connection connection) -> {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (found.next()) {
          String name = found.getString("TABLE_NAME");
          String lower = name.toLowerCase(Locale.ROOT);
          if (!lower.startsWith("act_") && !lower.startsWith("flyway_")) {
            tables.add(name);
          }
        }
      }
      return tables;
    });
  }
}
