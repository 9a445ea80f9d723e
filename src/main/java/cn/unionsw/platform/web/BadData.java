package cn.unionsw.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure is the database refusing a value a client sent, not a fault: too long for its column, a
 * number or date out of its range (SQL's class 22, data exception), or, on MySQL and MariaDB, a 4-byte character
 * in a table or comparison that cannot hold it (Camunda creates its tables utf8mb3).
 */
public final class BadData {

  /** MySQL's illegal mix of collations (two and more operands) and incorrect string value, SQL state HY000. */
  private static final Set<Integer> MYSQL_CHARACTER_ERRORS = Set.of(1267, 1271, 1366);

  /**
   * What Hikari's stand-in for a connection it has evicted answers to any use, with no SQL state: it evicts a
   * connection when the server broke it (a statement failed with class 08), and a transaction still holding it then
   * fails to roll back with this.
   */
  private static final String HIKARI_CLOSED = "Connection is closed";

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

  /**
   * Whether a failure is a record the request may not add or break: SQL's class 23, integrity constraint violation
   * (a second grant of the same kind for the same user or group and resource, which Camunda leaves to the unique
   * index). Nothing of the request was committed.
   */
  public static boolean isIntegrityConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a failure is the database out of reach (restarted, the network down): no connection to be had from the
   * pool or the server ({@code SQLTransientConnectionException} from Hikari after its wait, SQL's class 08,
   * connection exception), or one lost under a statement. Nothing of the request was committed; the client may try
   * again once the database is back.
   */
  public static boolean isDatabaseUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException
          || cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
              || sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage()))) {
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
