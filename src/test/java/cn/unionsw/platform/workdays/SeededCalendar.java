package cn.unionsw.platform.workdays;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The real calendar over the seeded State Council schedule, without a database: for process tests whose timers
 * and due dates must follow the holidays.
 */
public final class SeededCalendar {

  private SeededCalendar() {
  }

  public static WorkdayExpressions expressions() {
    return new WorkdayExpressions(calendar(), "Asia/Shanghai");
  }

  public static WorkdayCalendar calendar() {
    return new WorkdayCalendar(new InMemoryMapper(seed()));
  }

  private static Map<Integer, List<SpecialDay>> seed() {
    try {
      String csv = new ClassPathResource(V3__SeedWorkdayCalendar.SEED).getContentAsString(StandardCharsets.UTF_8);
      Map<Integer, List<SpecialDay>> years = new TreeMap<>();
      csv.lines().skip(1).collect(Collectors.groupingBy(l -> Integer.parseInt(l.substring(0, 4))))
          .forEach((year, rows) -> years.put(year,
              ScheduleParser.parseCsv(year, ScheduleParser.CSV_HEADER + "\n" + String.join("\n", rows))));
      return years;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record InMemoryMapper(Map<Integer, List<SpecialDay>> schedule) implements WorkdayMapper {

    @Override
    public List<Integer> loadedYears(int from, int to) {
      return schedule.keySet().stream().filter(y -> y >= from && y <= to).toList();
    }

    @Override
    public List<SpecialDay> specialDays(LocalDate from, LocalDate to) {
      return schedule.values().stream().flatMap(List::stream)
          .filter(d -> !d.calendarDate().isBefore(from) && !d.calendarDate().isAfter(to)).toList();
    }

    @Override
    public List<LoadedYear> years() {
      return schedule.entrySet().stream()
          .map(e -> new LoadedYear(e.getKey(), "seed", "test", LocalDateTime.now(), e.getValue().size())).toList();
    }

    @Override
    public int deleteDays(int year) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int deleteYear(int year) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void insertYear(int year, String source, String loadedBy) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void insertDays(int year, List<SpecialDay> days) {
      throw new UnsupportedOperationException();
    }
  }
}
