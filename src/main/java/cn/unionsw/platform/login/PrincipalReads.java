package cn.unionsw.platform.login;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A user as a request needs them, in one statement: the stored password hash, whether the name has a login lock
 * row, the groups, the tenants (the user's own and their groups', as Camunda's REST login reads them), and the grant
 * stamp the request's authorization checks are answered under (ADR 0037). One row per group and tenant (one row
 * with nulls for a user in none); no rows for no user.
 *
 * <p>The statement runs in autocommit, one round trip. The application's pool keeps its connections out of
 * autocommit on MySQL and MariaDB (ADR 0034), so a read there opens a transaction and costs a {@code COMMIT} of its
 * own: one more round trip on every request, three per instance of the benchmark beside stock (docs/benchmarks.md).
 * There the read has a pool of its own: the application pool's settings (its size at most, so that requests wait
 * for the caller's read no sooner than for their work) in autocommit, one connection kept open, its metrics beside
 * the application pool's under the name {@link #POOL}. A pool in autocommit (H2) serves the read as it is. Plain JDBC rather than a MyBatis mapper: the statement is fixed and its rows are six
 * columns, and MyBatis's machinery was more than half of the read's CPU in the profile beside stock.
 */
@Component
class PrincipalReads implements DisposableBean {

  static final String POOL = "platform-callers";

  // The user's id first, so that a row whose every other column is null still says the user exists.
  static final String SQL = "select u.ID_, u.PWD_, l.user_id, m.GROUP_ID_, t.TENANT_ID_, s.stamp from ACT_ID_USER u"
      + " left join grant_stamp s on s.id = 1"
      + " left join login_lock l on l.user_id = u.ID_"
      + " left join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_"
      + " left join ACT_ID_TENANT_MEMBER t on t.USER_ID_ = u.ID_ or t.GROUP_ID_ = m.GROUP_ID_"
      + " where u.ID_ = ?";

  private static final RowMapper<PrincipalRow> ROW = (rows, n) -> new PrincipalRow(rows.getString(1),
      rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getObject(6, Long.class));

  private final HikariDataSource own;
  private final JdbcTemplate jdbc;

  PrincipalReads(DataSource dataSource, ObjectProvider<MeterRegistry> meters) throws SQLException {
    HikariDataSource pool = dataSource.isWrapperFor(HikariDataSource.class)
        ? dataSource.unwrap(HikariDataSource.class) : null;
    if (pool != null && !pool.isAutoCommit()) {
      HikariConfig settings = new HikariConfig();
      pool.copyStateTo(settings);
      settings.setPoolName(POOL);
      settings.setAutoCommit(true);
      settings.setMinimumIdle(1);
      // Spring Boot gives Hikari's metrics to the pools it knows as beans, after they are made; this one it does not.
      MeterRegistry registry = meters.getIfAvailable();
      if (registry != null && settings.getMetricRegistry() == null && settings.getMetricsTrackerFactory() == null) {
        settings.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
      }
      // Started on the first read, as the application's pool is on its first connection.
      own = new HikariDataSource();
      settings.copyStateTo(own);
    } else {
      own = null;
    }
    jdbc = new JdbcTemplate(own != null ? own : dataSource);
  }

  /** The user's rows, none for no such user. */
  List<PrincipalRow> find(String userId) {
    return jdbc.query(SQL, ROW, userId);
  }

  /** Whether reads have a pool of their own (the application's keeps its connections out of autocommit). */
  boolean ownPool() {
    return own != null;
  }

  @Override
  public void destroy() {
    if (own != null) {
      own.close();
    }
  }

  record PrincipalRow(String userId, String passwordHash, String lockRow, String groupId, String tenantId,
      Long grantStamp) {
  }
}
