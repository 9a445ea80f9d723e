package cn.unionsw.platform.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.TriggerAdapter;

/**
 * H2's trigger for the grant stamp ({@link GrantStamp}): on MySQL and MariaDB the same rule is SQL. On the grants'
 * table it moves the stamp for the grants that count; on the definitions' tables, for every row (ADR 0038).
 */
public class GrantStampTrigger extends TriggerAdapter {

  @Override
  public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
    if (!GrantStamp.TABLE.equalsIgnoreCase(tableName) || moves(oldRow) || moves(newRow)) {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(GrantStamp.MOVE);
      }
    }
  }

  private static boolean moves(ResultSet row) throws SQLException {
    return row != null && GrantStamp.moves(row.getInt("RESOURCE_TYPE_"), row.getString("RESOURCE_ID_"));
  }
}
