package cn.unionsw.platform.workdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {

  @Test
  void shouldReadTheSeedCsvFormat() {
    var days = ScheduleParser.parseCsv(2027, """
        date,off_day,name
        2027-01-01,true,元旦
        2027-02-06,false,春节
        """);

    assertThat(days).containsExactly(
        new SpecialDay(LocalDate.of(2027, 1, 1), true, "元旦"),
        new SpecialDay(LocalDate.of(2027, 2, 6), false, "春节"));
  }

  @Test
  void shouldReadAHolidayCnYearFile() {
    var days = ScheduleParser.parseJson(2027, """
        {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}
        """);

    assertThat(days).containsExactly(new SpecialDay(LocalDate.of(2027, 1, 1), true, "元旦"));
  }

  @Test
  void shouldReadAPlainJsonList() {
    var days = ScheduleParser.parseJson(2027, """
        [{"date": "2027-01-01", "offDay": true, "name": "元旦"}]
        """);

    assertThat(days).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "date,off_day,name\n2027-13-01,true,元旦",
      "date,off_day,name\n2027-01-01,yes,元旦",
      "date,off_day,name\n2027-01-01,true,",
      "date,off_day,name\n2027-01-01,true",
      "date,off_day,name\n2026-01-01,true,元旦",
      "date,off_day,name\n2027-01-01,true,元旦\n2027-01-01,true,元旦",
      "date,off_day,name\n2027-01-04,false,元旦",
      "day,off,name\n2027-01-01,true,元旦"
  })
  void shouldRejectAScheduleWithABadRow(String csv) {
    assertThatThrownBy(() -> ScheduleParser.parseCsv(2027, csv))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo("schedule"));
  }

  @Test
  void shouldRejectJsonThatIsNotASchedule() {
    assertThatThrownBy(() -> ScheduleParser.parseJson(2027, "{\"year\": 2027}"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> ScheduleParser.parseJson(2027, "not json"))
        .isInstanceOf(Refusal.class);
  }
}
