package cn.unionsw.platform.workdays;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@PlatformIT
class WorkdayIT {

  // A year no other test touches, so that loading it changes nothing they rely on.
  private static final int YEAR = 2099;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  WorkdayExpressions workdays;

  @Test
  void shouldAddWorkingDaysAcrossNationalDay() {
    var body = Api.as(rest, "zdclerk").get("/api/workdays/add?from=2026-09-24&days=10").getBody();

    assertThat(body.path("date").asText()).isEqualTo("2026-10-15");
    assertThat(body.path("from").asText()).isEqualTo("2026-09-24");
    assertThat(body.path("days").asInt()).isEqualTo(10);
    assertThat(body.path("scheduleLoaded").asBoolean()).isTrue();
  }

  @Test
  void shouldDescribeAnAdjustedWorkingWeekend() {
    var body = Api.as(rest, "zdworker").get("/api/workdays/2026-02-28").getBody();

    assertThat(body.path("workingDay").asBoolean()).isTrue();
    assertThat(body.path("name").asText()).isEqualTo("春节");
  }

  @Test
  void shouldAnswerAYearNotLoadedByTheWeekdayRule() {
    var body = Api.as(rest, "zdclerk").get("/api/workdays/2098-01-01").getBody();

    assertThat(body.path("workingDay").asBoolean()).isTrue();
    assertThat(body.path("scheduleLoaded").asBoolean()).isFalse();
  }

  @Test
  void shouldNameTheFieldOfBadInput() {
    var clerk = Api.as(rest, "zdclerk");

    var badDate = clerk.get("/api/workdays/add?from=2026-9-24&days=10");
    var badDays = clerk.get("/api/workdays/add?from=2026-09-24&days=-1");
    var missing = clerk.get("/api/workdays/add?from=2026-09-24");

    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().path("error").asText()).isEqualTo("invalid_from");
    assertThat(badDays.getBody().path("error").asText()).isEqualTo("invalid_days");
    assertThat(missing.getBody().path("error").asText()).isEqualTo("invalid_days");
    assertThat(badDate.getBody().path("message").asText()).contains("from");
    assertThat(badDate.getBody().toString()).doesNotContain("Exception", "at cn.");
  }

  @Test
  void shouldLoadAYearAllOrNothing() {
    var admin = Api.as(rest, "admin");
    String good = "date,off_day,name\n" + YEAR + "-01-01,true,元旦\n" + YEAR + "-01-02,true,元旦\n";
    String bad = "date,off_day,name\n" + YEAR + "-05-01,true,劳动节\n" + YEAR + "-05-06,false,劳动节\n";

    var loaded = admin.put("/api/workdays/years/" + YEAR, good, MediaType.valueOf("text/csv"));
    var refused = admin.put("/api/workdays/years/" + YEAR, bad, MediaType.valueOf("text/csv"));

    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(loaded.getBody().path("dayCount").asInt()).isEqualTo(2);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("schedule");
    assertThat(refused.getBody().path("message").asText()).contains(YEAR + "-05-06");
    // The refused upload left the earlier schedule as it was.
    var newYear = admin.get("/api/workdays/" + YEAR + "-01-02").getBody();
    var mayDay = admin.get("/api/workdays/" + YEAR + "-05-01").getBody();
    assertThat(newYear.path("workingDay").asBoolean()).isFalse();
    assertThat(newYear.path("scheduleLoaded").asBoolean()).isTrue();
    assertThat(mayDay.path("workingDay").asBoolean()).isTrue();
  }

  @Test
  void shouldLoadAYearFromJson() {
    String json = "{\"year\":2097,\"days\":[{\"name\":\"元旦\",\"date\":\"2097-01-01\",\"isOffDay\":true}]}";

    var loaded = Api.as(rest, "admin").put("/api/workdays/years/2097", json, MediaType.APPLICATION_JSON);

    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(loaded.getBody().path("source").asText()).isEqualTo("api:json");
  }

  @Test
  void shouldLetOnlyAdministratorsLoadAYear() {
    var response = Api.as(rest, "hereviewer").put("/api/workdays/years/2096", "date,off_day,name\n",
        MediaType.valueOf("text/csv"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldGiveExpressionsTheEndOfTheLastWorkingDay() {
    // 2026-09-24 10:00 in Beijing: ten working days later is 2026-10-15, due by the end of that day.
    Date start = Date.from(LocalDate.of(2026, 9, 24).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

    Date due = workdays.after(start, 10);

    assertThat(due.toInstant()).isEqualTo(
        LocalDate.of(2026, 10, 15).atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
