package cn.unionsw.platform.config;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.DateTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On MySQL and MariaDB, the engine's dates go to Connector/J as the {@link LocalDateTime} it would have written for
 * them, not as a {@link Timestamp}: the same wall-clock time in the same zone, to the second, so the same value in the
 * database. Connector/J writes a {@code Timestamp} into the statement's text with a {@code SimpleDateFormat} it builds
 * for every value, and twice for each row of a rewritten batch (once to size the statement); a {@code LocalDateTime}
 * it writes with one shared formatter. Camunda gives every history row two or three dates (a decision's inputs each
 * have their own), and in a profile of a recruitment round's screening on MariaDB (docs/benchmarks.md) the
 * {@code Timestamp} text was a fifth of the CPU of the engine's job threads.
 *
 * <p>The zone is the one Connector/J takes for a {@code Timestamp}: the session's when {@code preserveInstants} is on
 * (its default; {@code connectionTimeZone=SERVER} here), else the JVM's, at the offset a {@code Timestamp}'s calendar
 * gives it (java.time's rules know the local mean time of the years before standard time; the calendar does not).
 * Dates before the Gregorian calendar (which a {@code Timestamp} and a {@code LocalDateTime} count differently), after
 * the year 9999 and on connections of another driver are written as a {@code Timestamp}, as before. Reading is
 * MyBatis's own.
 */
@Component
public class EngineDatesAsLocalDateTime extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineDatesAsLocalDateTime.class);
  /** The first year wholly in the Gregorian calendar. */
  private static final int GREGORIAN = 1583;
  /** The last year of four digits: Connector/J writes a later LocalDateTime's year with a sign ({@code +10000}). */
  private static final int LAST_YEAR = 9999;

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!"mysql".equals(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    Handler handler = new Handler();
    // Statements MyBatis renders per call (dynamic SQL) look their handlers up here.
    mybatis.getTypeHandlerRegistry().register(Date.class, handler);

    // Static statements were given theirs when mappings.xml was parsed: MyBatis's own reflection replaces them, once.
    int replaced = 0;
    for (Object statement : mybatis.getMappedStatements()) {
      if (statement instanceof MappedStatement mapped) {
        replaced += replace(mybatis, mapped.getParameterMap().getParameterMappings(), handler);
        MetaObject source = mybatis.newMetaObject(mapped.getSqlSource());
        if (source.hasGetter("sqlSource")) {
          // A RawSqlSource holds the StaticSqlSource it was parsed into.
          source = mybatis.newMetaObject(source.getValue("sqlSource"));
        }
        if (source.hasGetter("parameterMappings") && source.getValue("parameterMappings") instanceof List<?> list) {
          replaced += replace(mybatis, list, handler);
        }
      }
    }
    log.info("The engine's dates go to Connector/J as LocalDateTime ({} parameters of static statements)", replaced);
  }

  private static int replace(Configuration mybatis, List<?> mappings, Handler handler) {
    int replaced = 0;
    for (Object mapping : mappings) {
      if (mapping instanceof ParameterMapping parameter && parameter.getTypeHandler() instanceof DateTypeHandler) {
        mybatis.newMetaObject(parameter).setValue("typeHandler", handler);
        replaced++;
      }
    }
    return replaced;
  }

  /** MyBatis's {@link DateTypeHandler}, writing as described above. */
  static final class Handler extends BaseTypeHandler<Date> {

    private final DateTypeHandler reading = new DateTypeHandler();

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Date date, JdbcType jdbcType)
        throws SQLException {
      TimeZone zone = zoneOf(statement.getConnection());
      long millis = date.getTime();
      // The zone's offset as a Timestamp's calendar takes it (java.time's rules differ before standard time: LMT).
      LocalDateTime local = zone == null ? null : LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
          Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.ofTotalSeconds(zone.getOffset(millis) / 1000));
      if (local == null || local.getYear() < GREGORIAN || local.getYear() > LAST_YEAR) {
        statement.setTimestamp(index, new Timestamp(date.getTime()));
      } else {
        statement.setObject(index, local);
      }
    }

    /** The zone Connector/J writes a {@code Timestamp} in on this connection; null for another driver. */
    static TimeZone zoneOf(Connection connection) throws SQLException {
      if (!connection.isWrapperFor(JdbcConnection.class)) {
        return null;
      }
      JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
      boolean preserveInstants = mysql.getPropertySet().getBooleanProperty(PropertyKey.preserveInstants).getValue();
      var server = mysql.getSession().getServerSession();
      return preserveInstants ? server.getSessionTimeZone() : server.getDefaultTimeZone();
    }

    @Override
    public Date getNullableResult(ResultSet rs, String columnName) throws SQLException {
      return reading.getNullableResult(rs, columnName);
    }

    @Override
    public Date getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
      return reading.getNullableResult(rs, columnIndex);
    }

    @Override
    public Date getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
      return reading.getNullableResult(cs, columnIndex);
    }
  }
}
