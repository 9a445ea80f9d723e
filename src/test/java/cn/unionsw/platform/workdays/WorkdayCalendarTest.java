package cn.unionsw.platform.workdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** The calendar over the seeded State Council schedule (Flyway V3), on embedded H2. */
// An H2 of its own whose URL carries NON_KEYWORDS=YEAR (V47's column "year" is a keyword to H2 2.x), which the
// slice's own embedded database would lack.
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workdaycalendartest;DB_CLOSE_DELAY=-1;"
    + "NON_KEYWORDS=YEAR")
@Import({WorkdayCalendar.class, V3__SeedWorkdayCalendar.class})
class WorkdayCalendarTest {

  @Autowired
  WorkdayCalendar calendar;

  @ParameterizedTest(name = "{1} working days after {0} is {2}")
  @CsvSource({
      // 2026 Spring Festival: Sat 02-14 worked, 02-15..02-23 off, Sat 02-28 worked
      "2026-02-13, 1, 2026-02-14",
      "2026-02-13, 2, 2026-02-24",
      "2026-02-13, 5, 2026-02-27",
      "2026-02-13, 6, 2026-02-28",
      "2026-02-13, 7, 2026-03-02",
      "2026-02-15, 1, 2026-02-24",
      // Mid-Autumn 09-25..27 and National Day 10-01..07 off, Sun 09-20 and Sat 10-10 worked
      "2026-09-18, 1, 2026-09-20",
      "2026-09-24, 1, 2026-09-28",
      "2026-09-24, 3, 2026-09-30",
      "2026-09-24, 4, 2026-10-08",
      "2026-09-24, 6, 2026-10-10",
      "2026-09-24, 10, 2026-10-15",
      // An ordinary week
      "2026-11-20, 1, 2026-11-23",
      "2026-11-16, 10, 2026-11-30"
  })
  void shouldCountWorkingDaysByTheStateCouncilSchedule(LocalDate from, int days, LocalDate expected) {
    var addition = calendar.add(from, days);

    assertThat(addition.date()).isEqualTo(expected);
    assertThat(addition.scheduleLoaded()).isTrue();
  }

  @ParameterizedTest(name = "{1} is {2} working days after {0}")
  @CsvSource({
      "2026-09-30, 2026-09-30, 0",
      "2026-09-30, 2026-09-29, 0",
      // National Day 10-01..07 off: the first working day after 09-30 is 10-08, then 10-09 and Sat 10-10
      "2026-09-30, 2026-10-07, 0",
      "2026-09-30, 2026-10-08, 1",
      "2026-09-28, 2026-10-08, 3",
      "2026-09-30, 2026-10-11, 3",
      // An ordinary week: Fri to Mon is one working day
      "2026-11-20, 2026-11-23, 1",
      "2026-11-16, 2026-11-30, 10"
  })
  void shouldCountWorkingDaysBetweenTwoDates(LocalDate from, LocalDate to, int days) {
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2026-02-14, ADJUSTED_WORKDAY, true, 春节",
      "2026-02-16, HOLIDAY, false, 春节",
      "2026-02-23, HOLIDAY, false, 春节",
      "2026-10-01, HOLIDAY, false, 国庆节",
      "2026-10-10, ADJUSTED_WORKDAY, true, 国庆节",
      "2026-10-11, WEEKEND, false, 周末",
      "2026-10-12, WORKDAY, true, 工作日"
  })
  void shouldDescribeEachKindOfDay(LocalDate date, DayKind kind, boolean working, String name) {
    var day = calendar.day(date);

    assertThat(day.kind()).isEqualTo(kind);
    assertThat(day.workingDay()).isEqualTo(working);
    assertThat(day.name()).isEqualTo(name);
    assertThat(day.scheduleLoaded()).isTrue();
  }

  @Test
  void shouldFallBackToTheWeekdayRuleInAYearNotLoaded() {
    // 2027-10-01 is a Friday: a holiday once the 2027 schedule is published, a working day until then.
    var day = calendar.day(LocalDate.of(2027, 10, 1));

    assertThat(day.workingDay()).isTrue();
    assertThat(day.kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(day.scheduleLoaded()).isFalse();
  }

  @Test
  void shouldFlagADeadlineThatRunsIntoAYearNotLoaded() {
    var addition = calendar.add(LocalDate.of(2026, 12, 30), 3);

    assertThat(addition.date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(addition.scheduleLoaded()).isFalse();
  }

  @Test
  void shouldUseAYearOnceLoaded() {
    calendar.replaceYear(2027, List.of(
        new SpecialDay(LocalDate.of(2027, 1, 1), true, "元旦"),
        new SpecialDay(LocalDate.of(2027, 1, 2), true, "元旦"),
        new SpecialDay(LocalDate.of(2027, 1, 3), true, "元旦")), "test", "tester");

    var addition = calendar.add(LocalDate.of(2026, 12, 30), 2);

    assertThat(addition.date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(addition.scheduleLoaded()).isTrue();
    assertThat(calendar.years()).anySatisfy(year -> {
      assertThat(year.calendarYear()).isEqualTo(2027);
      assertThat(year.dayCount()).isEqualTo(3);
    });
  }

  @Test
  void shouldReplaceAYearWhole() {
    calendar.replaceYear(2026, List.of(new SpecialDay(LocalDate.of(2026, 10, 1), true, "国庆节")), "test", "tester");

    assertThat(calendar.day(LocalDate.of(2026, 10, 2)).workingDay()).isTrue();
    assertThat(calendar.day(LocalDate.of(2026, 10, 1)).workingDay()).isFalse();
  }

  @Test
  void shouldRefuseADayCountOutOfRange() {
    assertThatThrownBy(() -> calendar.add(LocalDate.of(2026, 1, 5), 0))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("1 到 3650");
  }
}
