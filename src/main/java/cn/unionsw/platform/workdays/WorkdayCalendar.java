package cn.unionsw.platform.workdays;

import cn.unionsw.platform.web.Refusal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days by the State Council holiday schedule (DOMAIN.md §5, Art. 28: appeals are answered within 10
 * working days). Listed days are official days off or adjusted working weekends; unlisted days follow the
 * weekday rule, which is also the answer for a year whose schedule is not loaded ({@code scheduleLoaded=false}).
 * Reads the database on every call, so that a year loaded on one node counts on every node at once.
 */
@Service
public class WorkdayCalendar {

  /**
   * A step is due soon when it is due by the end of this many working days after today (ADR 0017): one rule for
   * following a case and for the deadline board in Cockpit.
   */
  public static final int DUE_SOON_WORKING_DAYS = 2;
  static final int MAX_DAYS = 3650;
  /**
   * The dates the calendar answers for: far wider than any deadline needs, and within what every database stores
   * as a date (MySQL: years 1000-9999), also after adding {@link #MAX_DAYS} working days.
   */
  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

  private final WorkdayMapper mapper;

  WorkdayCalendar(WorkdayMapper mapper) {
    this.mapper = mapper;
  }

  public record DayInfo(LocalDate date, boolean workingDay, String name, DayKind kind, boolean scheduleLoaded) {
  }

  public record Addition(LocalDate from, int days, LocalDate date, boolean scheduleLoaded) {
  }

  public DayInfo day(LocalDate date) {
    requireInRange("date", date);
    return window(date, date).describe(date);
  }

  public boolean isWorkingDay(LocalDate date) {
    return day(date).workingDay();
  }

  /** The {@code days}-th working day after {@code from}; {@code from} itself is not counted. */
  public Addition add(LocalDate from, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw Refusal.invalid("days", "工作日天数须在 1 到 " + MAX_DAYS + " 之间");
    }
    requireInRange("from", from);
    LocalDate date = from;
    int remaining = days;
    boolean loaded = true;
    while (true) {
      // Long enough for the remaining days across the longest holiday run; rarely more than one round trip.
      LocalDate end = date.plusDays(remaining * 2L + 31);
      Window window = window(date.plusDays(1), end);
      while (date.isBefore(end)) {
        date = date.plusDays(1);
        DayInfo info = window.describe(date);
        loaded &= info.scheduleLoaded();
        if (info.workingDay() && --remaining == 0) {
          return new Addition(from, days, date, loaded);
        }
      }
    }
  }

  /**
   * How many working days lie after {@code from} up to and including {@code to}: how late a step due on {@code from}
   * is on {@code to} in working days (0 when {@code to} is not after {@code from}). One read for the whole span.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    requireInRange("from", from);
    requireInRange("to", to);
    if (!to.isAfter(from)) {
      return 0;
    }
    Window window = window(from.plusDays(1), to);
    int days = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (window.describe(date).workingDay()) {
        days++;
      }
    }
    return days;
  }

  public List<LoadedYear> years() {
    return mapper.years();
  }

  /** Loads or replaces one year's schedule, all or nothing. The days must already be validated for the year. */
  @Transactional
  public LoadedYear replaceYear(int year, List<SpecialDay> days, String source, String loadedBy) {
    mapper.deleteDays(year);
    mapper.deleteYear(year);
    mapper.insertYear(year, source, loadedBy);
    if (!days.isEmpty()) {
      mapper.insertDays(year, days);
    }
    return mapper.years().stream().filter(y -> y.calendarYear() == year).findFirst().orElseThrow();
  }

  private static void requireInRange(String field, LocalDate date) {
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw Refusal.invalid(field, "日期须在 " + FIRST_DATE + " 到 " + LAST_DATE + " 之间 (date out of range)");
    }
  }

  private Window window(LocalDate from, LocalDate to) {
    Set<Integer> years = new HashSet<>(mapper.loadedYears(from.getYear(), to.getYear()));
    Map<LocalDate, SpecialDay> special = mapper.specialDays(from, to).stream()
        .collect(Collectors.toMap(SpecialDay::calendarDate, Function.identity()));
    return new Window(years, special);
  }

  private record Window(Set<Integer> loadedYears, Map<LocalDate, SpecialDay> special) {

    DayInfo describe(LocalDate date) {
      boolean loaded = loadedYears.contains(date.getYear());
      SpecialDay listed = special.get(date);
      DayKind kind;
      String name;
      if (listed != null) {
        kind = listed.offDay() ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY;
        name = listed.name();
      } else {
        kind = isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
        name = kind.label();
      }
      return new DayInfo(date, kind.working(), name, kind, loaded);
    }
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
