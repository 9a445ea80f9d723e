package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.policy.Decisions;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.DateTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's dates written as {@code LocalDateTime} ({@link EngineDatesAsLocalDateTime}) are the values Connector/J
 * writes for a {@code Timestamp}, whatever zone the connection is in (the build's JVM runs in Asia/Shanghai, the
 * server in UTC), one by one and in a rewritten batch; and the engine's own statements use them.
 */
@PlatformIT
class EngineDatesAsLocalDateTimeIT {

  /**
   * Instants around the turns of daylight saving in Berlin, a second's fraction, the epoch, the years before standard
   * time, the Gregorian edge.
   */
  private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-11-30T19:52:26.456Z"),
      Instant.parse("2026-03-29T00:59:59.999Z"), Instant.parse("2026-03-29T01:00:00Z"),
      Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00.500Z"),
      Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("1583-01-02T00:00:00Z"),
      Instant.parse("1890-05-01T10:00:00Z"), Instant.parse("1927-12-31T16:00:00Z"),
      Instant.parse("1500-06-01T12:00:00Z"), Instant.parse("2100-02-28T16:00:00.001Z"));
  private static final Instant BEYOND_9999 = Instant.parse("9999-12-31T20:00:00Z");

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngineConfigurationImpl engine;
  @Autowired
  DecisionService decisionService;
  @Autowired
  HistoryService historyService;

  @ParameterizedTest
  @ValueSource(strings = {"connectionTimeZone=SERVER", "", "connectionTimeZone=Europe/Berlin",
      "connectionTimeZone=-05:00&forceConnectionTimeZoneToSession=true", "preserveInstants=false",
      "sendFractionalSeconds=true"})
  void shouldWriteWhatConnectorJWritesForATimestamp(String settings) throws Exception {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only");
    String database = TestDatabase.databaseBeside("dates");
    var server = new JdbcTemplate(dataSource);
    server.execute("drop database if exists " + database);
    server.execute("create database " + database);
    try (HikariDataSource pool = TestDatabase.pool(database)) {
      pool.addDataSourceProperty("rewriteBatchedStatements", "true");
      for (String setting : settings.split("&")) {
        if (!setting.isEmpty()) {
          pool.addDataSourceProperty(setting.split("=")[0], setting.split("=")[1]);
        }
      }
      var handler = new EngineDatesAsLocalDateTime.Handler();
      try (Connection connection = pool.getConnection()) {
        // The text columns keep the very text Connector/J sent; the date columns, what the server made of it.
        connection.createStatement().execute("create table dates (id int primary key, reference datetime(3), "
            + "ours datetime(3), reference_text varchar(40), ours_text varchar(40))");
        try (PreparedStatement both = connection.prepareStatement("insert into dates values (?, ?, ?, ?, ?)");
            PreparedStatement text = connection.prepareStatement(
                "insert into dates (id, reference_text, ours_text) values (?, ?, ?)")) {
          for (int i = 0; i < INSTANTS.size(); i++) {
            bind(both, handler, i, INSTANTS.get(i), 2);
            both.executeUpdate();
            // The same in a batch, which Connector/J rewrites into one statement of many rows.
            bind(both, handler, 100 + i, INSTANTS.get(i), 2);
            both.addBatch();
          }
          both.executeBatch();
          // Past the year 9999 in an eastern zone: no DATETIME, but the text must still be Connector/J's.
          bind(text, handler, 99, BEYOND_9999, 1);
          text.executeUpdate();
        }
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("select id, cast(reference as char), "
            + "cast(ours as char), reference_text, ours_text from dates order by id")) {
          while (rs.next()) {
            rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(4));
            assertThat(rs.getString(3)).as("row %d with %s", rs.getInt(1), settings).isEqualTo(rs.getString(2));
            assertThat(rs.getString(5)).as("text of row %d with %s", rs.getInt(1), settings)
                .isEqualTo(rs.getString(4));
          }
        }
        assertThat(rows).hasSize(2 * INSTANTS.size() + 1);
        // Read back as the instant written, where the zone is the instant's: not without preserveInstants, and not in
        // Berlin, whose autumn hour comes twice in a DATETIME (Connector/J takes the second, as for its own writes).
        if (!settings.contains("preserveInstants=false") && !settings.contains("Berlin")) {
          try (ResultSet rs = connection.createStatement().executeQuery(
              "select id, reference, ours from dates where ours is not null order by id")) {
            while (rs.next()) {
              Instant written = INSTANTS.get(rs.getInt(1) % 100);
              // To the second, or to the millisecond where Connector/J sends fractions (MySQL 8 with
              // sendFractionalSeconds; not MariaDB, whose version it reads as 5.5.5).
              assertThat(handler.getResult(rs, "ours").toInstant()).as("read back, row %d", rs.getInt(1))
                  .isEqualTo(handler.getResult(rs, "reference").toInstant())
                  .isIn(written, written.minusNanos(written.getNano()));
            }
          }
        }
      }
    } finally {
      server.execute("drop database if exists " + database);
    }
  }

  /** The id, then for each pair of places the instant as a Timestamp and through the handler. */
  private static void bind(PreparedStatement insert, EngineDatesAsLocalDateTime.Handler handler, int id,
      Instant instant, int pairs) throws SQLException {
    Date date = Date.from(instant);
    insert.setInt(1, id);
    for (int pair = 0; pair < pairs; pair++) {
      insert.setTimestamp(2 + 2 * pair, new Timestamp(date.getTime()));
      handler.setParameter(insert, 3 + 2 * pair, date, JdbcType.TIMESTAMP);
    }
  }

  @Test
  void shouldGiveTheEngineStatementsTheHandler() {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only");
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    assertThat(mybatis.getTypeHandlerRegistry().getTypeHandler(Date.class, JdbcType.TIMESTAMP))
        .isInstanceOf(EngineDatesAsLocalDateTime.Handler.class);
    MappedStatement insert = mybatis.getMappedStatement(HistoricDecisionInputInstanceEntity.class.getName()
        + ".insertHistoricDecisionInputInstance");
    assertThat(insert.getBoundSql(new HistoricDecisionInputInstanceEntity())
        .getParameterMappings()).filteredOn(p -> p.getJavaType() == Date.class)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getTypeHandler()).isInstanceOf(EngineDatesAsLocalDateTime.Handler.class));
    // Statements without dynamic SQL were given their handlers when Camunda's mappings were parsed.
    List<MappedStatement> parsedOnce = mybatis.getMappedStatements().stream().filter(MappedStatement.class::isInstance)
        .map(MappedStatement.class::cast).filter(s -> s.getSqlSource() instanceof RawSqlSource).toList();
    assertThat(parsedOnce.stream().flatMap(s -> s.getBoundSql(null).getParameterMappings().stream())
        .filter(p -> p.getJavaType() == Date.class))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getTypeHandler()).isInstanceOf(EngineDatesAsLocalDateTime.Handler.class));
    assertThat(parsedOnce.stream().flatMap(s -> s.getBoundSql(null).getParameterMappings().stream())
        .filter(p -> p.getTypeHandler() instanceof DateTypeHandler)).isEmpty();
  }

  @Test
  void shouldKeepTheEnginesTimesWhereTheZonesDiffer() {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only");
    Instant before = Instant.now().minusSeconds(1);
    decisionService.evaluateDecisionByKey(Decisions.CERTIFICATE_LEVEL)
        .variables(Map.of("certificate", "助理社会工作师")).evaluate();
    HistoricDecisionInstance evaluated = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(Decisions.CERTIFICATE_LEVEL).orderByEvaluationTime().desc().listPage(0, 1).get(0);

    assertThat(Duration.between(before, evaluated.getEvaluationTime().toInstant()))
        .as("read back as written, the zones apart (the JVM in Asia/Shanghai)")
        .isBetween(Duration.ZERO, Duration.ofMinutes(1));
    String stored = new JdbcTemplate(dataSource).queryForObject(
        "select cast(EVAL_TIME_ as char) from ACT_HI_DECINST where ID_ = ?", String.class, evaluated.getId());
    String session = new JdbcTemplate(dataSource).queryForObject(
        "select cast(convert_tz(?, '+00:00', @@session.time_zone) as char)", String.class,
        evaluated.getEvaluationTime().toInstant().toString().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", ""));
    assertThat(stored).as("the wall-clock time of the server's zone").isEqualTo(session);
  }
}
