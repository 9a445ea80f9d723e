package cn.unionsw.platform.workdays;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the State Council schedules the project carries (2024-2026, {@code workdays/cn-workday-calendar.csv}),
 * through the same parser and checks as an administrator's upload. Later years are loaded at run time.
 */
@Component
class V3__SeedWorkdayCalendar extends BaseJavaMigration {

  static final String SEED = "workdays/cn-workday-calendar.csv";

  @Override
  public void migrate(Context context) throws IOException, SQLException {
    String csv = new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
    Map<Integer, List<String>> rowsByYear = csv.lines().skip(1).filter(l -> !l.isBlank())
        .collect(Collectors.groupingBy(l -> Integer.parseInt(l.substring(0, 4)), TreeMap::new, Collectors.toList()));
    var connection = context.getConnection();
    try (PreparedStatement year = connection.prepareStatement(
            "insert into workday_year (calendar_year, source, loaded_by) values (?, ?, 'flyway')");
        PreparedStatement day = connection.prepareStatement(
            "insert into workday_special_day (calendar_date, calendar_year, off_day, name) values (?, ?, ?, ?)")) {
      for (var entry : rowsByYear.entrySet()) {
        int calendarYear = entry.getKey();
        String yearCsv = ScheduleParser.CSV_HEADER + "\n" + String.join("\n", entry.getValue());
        year.setInt(1, calendarYear);
        year.setString(2, "seed:" + SEED);
        year.executeUpdate();
        for (SpecialDay special : ScheduleParser.parseCsv(calendarYear, yearCsv)) {
          day.setDate(1, Date.valueOf(special.calendarDate()));
          day.setInt(2, calendarYear);
          day.setBoolean(3, special.offDay());
          day.setString(4, special.name());
          day.addBatch();
        }
        day.executeBatch();
      }
    }
  }
}
