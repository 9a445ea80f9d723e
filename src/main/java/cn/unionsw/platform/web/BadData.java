package cn.unionsw.platform.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database refusing a value a client sent, not a fault: too long for its column, a
 * number or date out of its range (SQL's class 22, data exception), or, on MySQL and MariaDB, a 4-byte character
 * in a table or comparison that cannot hold it (Camunda creates its tables utf8mb3).
 */
public final class BadData {

  /** MySQL's illegal mix of collations (two and more operands) and incorrect string value, SQL state HY000. */
  private static final Set<Integer> MYSQL_CHARACTER_ERRORS = Set.of(1267, 1271, 1366);

  private BadData() {
  }

  /**
   * Whether a failure is two requests meeting: the database chose this one to roll back (a deadlock, SQL's class
   * 40, transaction rollback; MySQL's lock wait timeout 1205) while the other went through. The client retries.
   */
  public static boolean isConcurrentChange(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("40")
          || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isBadData(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("22")
          || "HY000".equals(sql.getSQLState()) && MYSQL_CHARACTER_ERRORS.contains(sql.getErrorCode()))) {
        return true;
      }
    }
    return false;
  }
}
