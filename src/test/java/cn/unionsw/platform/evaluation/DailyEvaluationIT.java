package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.evaluation.DailyEntryProcess.Vars;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Daily evaluation (Art. 25) through /api and engine REST as the demo users, on H2 and MariaDB/MySQL: who records for
 * whom (a county its own workers), who reads (the worker their own, reviewers within reach), the year's summary, every
 * bad input refused by name, and the Tasklist process recording an entry or refusing with nothing written.
 */
@PlatformIT
class DailyEvaluationIT {

  private static final String DAILY = "/api/evaluations/daily";
  private static final String START = "/engine-rest/process-definition/key/" + DailyEntryProcess.KEY + "/start";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TalentDatabase talentDatabase;
  @Autowired
  HistoryService history;
  @Autowired
  DataSource dataSource;

  private TalentFixtures fixtures;
  private JdbcTemplate jdbc;

  @BeforeEach
  void fixtures() {
    jdbc = new JdbcTemplate(dataSource);
    fixtures = new TalentFixtures(jdbc, talentDatabase);
  }

  @Test
  void shouldLetZhengdingsClerkRecordForTheDemoWorkerWhoReadsTheirOwn() {
    long own = Api.as(rest, "zdworker").get("/api/talent/me").getBody().path("worker").path("id").asLong();
    Map<String, Object> duty = entry(own, TODAY.minusDays(3), "DUTY", 5, null, "牵头调解一起劳动争议，当事双方签订和解协议");

    var answer = Api.as(rest, "zdclerk").post(DAILY, duty);

    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    JsonNode entry = answer.getBody();
    assertThat(entry.path("workerId").asLong()).isEqualTo(own);
    assertThat(entry.path("date").asText()).isEqualTo(TODAY.minusDays(3).toString());
    assertThat(entry.path("kind").asText()).isEqualTo("DUTY");
    assertThat(entry.path("rating").asInt()).isEqualTo(5);
    assertThat(entry.path("recordedBy").asText()).isEqualTo("zdclerk");
    long id = entry.path("id").asLong();
    int recorded = count(own);

    assertThat(Api.as(rest, "lcclerk").post(DAILY, duty).getStatusCode().value()).as("another county").isEqualTo(404);
    assertThat(Api.as(rest, "zzclerk").post(DAILY, duty).getStatusCode().value()).isEqualTo(404);
    for (String notAClerk : List.of("sjzreviewer", "hereviewer", "zdworker")) {
      var refused = Api.as(rest, notAClerk).post(DAILY, duty);
      assertThat(refused.getStatusCode().value()).as(notAClerk).isEqualTo(403);
      assertThat(refused.getBody().path("error").asText()).isEqualTo("forbidden");
    }
    assertThat(count(own)).as("the refused wrote nothing").isEqualTo(recorded);

    String year = "&year=" + TODAY.minusDays(3).getYear();
    for (String reader : List.of("zdworker", "zdclerk", "sjzreviewer", "hereviewer", "admin")) {
      var list = Api.as(rest, reader).get(DAILY + "?workerId=" + own + year);
      assertThat(list.getStatusCode().value()).as(reader).isEqualTo(200);
      assertThat(ids(list.getBody())).as(reader).contains(id);
      var summary = Api.as(rest, reader).get(DAILY + "/summary?workerId=" + own + year);
      assertThat(summary.getStatusCode().value()).as(reader).isEqualTo(200);
      assertThat(summary.getBody().path("counts").path("DUTY").asInt()).isPositive();
      assertThat(summary.getBody().path("text").asText()).contains("履行岗位职责");
    }
    for (String outsider : List.of("lcclerk", "bdreviewer", "dzclerk")) {
      assertThat(Api.as(rest, outsider).get(DAILY + "?workerId=" + own + year).getStatusCode().value()).as(outsider)
          .isEqualTo(404);
      assertThat(Api.as(rest, outsider).get(DAILY + "/summary?workerId=" + own + year).getStatusCode().value())
          .as(outsider).isEqualTo(404);
    }
  }

  @Test
  void shouldSummariseAWorkersYearPerKindAndAttendance() {
    Worker worker = fixtures.worker("HE-SJZ-ZD"); // on post since 2025-03-01
    LocalDate day = LocalDate.of(2025, 6, 2);
    for (Map<String, Object> entry : List.of(entry(worker.id(), day, "DUTY", 4, null, "按时完成走访"),
        entry(worker.id(), day.plusDays(7), "DUTY", 5, null, "组织职工议事会"),
        entry(worker.id(), day, "TASK", 3, null, "完成职工名册核对，略有延误"),
        entry(worker.id(), day, "ATTENDANCE", null, "PRESENT", "到岗"),
        entry(worker.id(), day.plusDays(1), "ATTENDANCE", null, "PRESENT", "到岗"),
        entry(worker.id(), day.plusDays(2), "ATTENDANCE", null, "LEAVE", "事假一天，已批准"),
        entry(worker.id(), LocalDate.of(2026, 1, 5), "GOAL", 2, null, "次年的记录不计入 2025 年"))) {
      var recorded = Api.as(rest, "zdclerk").post(DAILY, entry);
      assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
    }

    JsonNode summary = Api.as(rest, "sjzreviewer").get(DAILY + "/summary?workerId=" + worker.id() + "&year=2025")
        .getBody();

    assertThat(summary.path("entries").asInt()).isEqualTo(6);
    assertThat(summary.path("counts").toString()).isEqualTo("{\"DUTY\":2,\"TASK\":1,\"GOAL\":0,\"ATTENDANCE\":3}");
    assertThat(summary.path("averageRatings").path("DUTY").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(summary.path("averageRatings").path("TASK").decimalValue()).isEqualByComparingTo("3");
    assertThat(summary.path("averageRatings").size()).as("no average without entries").isEqualTo(2);
    assertThat(summary.path("attendanceDays").toString()).isEqualTo("{\"PRESENT\":2,\"LEAVE\":1,\"ABSENT\":0}");
    assertThat(summary.path("text").asText()).isEqualTo("2025 年日常评价 6 条：履行岗位职责 2 条，平均 4.50 分；"
        + "完成日常工作任务 1 条，平均 3.00 分；完成阶段工作目标 0 条；出勤情况 3 天，其中出勤 2 天、请假 1 天、缺勤 0 天。");
    List<String> days = new ArrayList<>();
    Api.as(rest, "zdclerk").get(DAILY + "?workerId=" + worker.id() + "&year=2025").getBody()
        .forEach(e -> days.add(e.path("date").asText() + " " + e.path("kind").asText()));
    assertThat(days).containsExactly("2025-06-02 DUTY", "2025-06-02 TASK", "2025-06-02 ATTENDANCE",
        "2025-06-03 ATTENDANCE", "2025-06-04 ATTENDANCE", "2025-06-09 DUTY");
  }

  @Test
  void shouldRefuseEachBadInputByNameAndWriteNothing() {
    Worker worker = fixtures.worker("HE-SJZ-ZD");
    long id = worker.id();
    LocalDate day = LocalDate.of(2025, 6, 2);
    assertThat(Api.as(rest, "zdclerk").post(DAILY, entry(id, day, "ATTENDANCE", null, "PRESENT", "到岗"))
        .getStatusCode().value()).isEqualTo(201);
    int before = count(id);
    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    bad.put("workerId", with(entry(id, day, "DUTY", 3, null, "说明"), "workerId", null));
    bad.put("workerId ", with(entry(id, day, "DUTY", 3, null, "说明"), "workerId", 0));
    bad.put("workerId  ", with(entry(id, day, "DUTY", 3, null, "说明"), "workerId", "7"));
    bad.put("date", with(entry(id, day, "DUTY", 3, null, "说明"), "date", null));
    bad.put("date ", with(entry(id, day, "DUTY", 3, null, "说明"), "date", "2025-13-01"));
    bad.put("date  ", with(entry(id, day, "DUTY", 3, null, "说明"), "date", "2025/6/2"));
    bad.put("date   ", entry(id, TODAY.plusDays(1), "DUTY", 3, null, "明天"));
    bad.put("date    ", entry(id, worker.onPostSince().minusDays(1), "DUTY", 3, null, "上岗前一天"));
    bad.put("kind", with(entry(id, day, "DUTY", 3, null, "说明"), "kind", null));
    bad.put("kind ", with(entry(id, day, "DUTY", 3, null, "说明"), "kind", "duty"));
    bad.put("kind  ", with(entry(id, day, "DUTY", 3, null, "说明"), "kind", "0")); // Jackson's index of DUTY
    bad.put("rating", entry(id, day, "DUTY", null, null, "没评分"));
    bad.put("rating ", entry(id, day, "GOAL", 6, null, "六分"));
    bad.put("rating  ", with(entry(id, day, "TASK", 3, null, "说明"), "rating", "5"));
    bad.put("rating   ", with(entry(id, day, "TASK", 3, null, "说明"), "rating", 4.5));
    bad.put("rating    ", entry(id, day.plusDays(1), "ATTENDANCE", 3, "PRESENT", "考勤评分"));
    bad.put("attendance", entry(id, day, "DUTY", 3, "PRESENT", "职责带考勤"));
    bad.put("attendance ", entry(id, day.plusDays(1), "ATTENDANCE", null, null, "没有考勤状态"));
    bad.put("attendance  ", entry(id, day.plusDays(1), "ATTENDANCE", null, "HOLIDAY", "放假"));
    bad.put("attendance   ", entry(id, day.plusDays(1), "ATTENDANCE", null, "0", "出勤的序号"));
    bad.put("note", entry(id, day, "DUTY", 3, null, null));
    bad.put("note ", entry(id, day, "DUTY", 3, null, "   "));
    bad.put("note  ", entry(id, day, "DUTY", 3, null, "评".repeat(1001)));
    bad.forEach((field, body) -> {
      var refused = Api.as(rest, "zdclerk").post(DAILY, body);
      assertThat(refused.getStatusCode().value()).as(field + ": " + refused.getBody()).isEqualTo(400);
      assertThat(refused.getBody().path("field").asText()).as(field).isEqualTo(field.strip());
      assertThat(refused.getBody().path("message").asText()).startsWith(field.strip() + ": ");
    });
    var again = Api.as(rest, "zdclerk").post(DAILY, entry(id, day, "ATTENDANCE", null, "ABSENT", "重复登记"));
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody().path("error").asText()).isEqualTo("attendance_recorded");
    assertThat(Api.as(rest, "zdclerk").post(DAILY, entry(987_654_321L, day, "DUTY", 3, null, "无此人"))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(count(id)).as("nothing written").isEqualTo(before);

    talentDatabase.leave(id, LocalDate.of(2025, 9, 1), "合同期满", "test");
    var afterLeaving = Api.as(rest, "zdclerk").post(DAILY, entry(id, LocalDate.of(2025, 9, 1), "DUTY", 3, null, "离岗后"));
    assertThat(afterLeaving.getBody().path("field").asText()).isEqualTo("date");
    assertThat(Api.as(rest, "zdclerk").post(DAILY, entry(id, LocalDate.of(2025, 8, 29), "DUTY", 4, null, "离岗前"))
        .getStatusCode().value()).isEqualTo(201);

    for (var query : Map.of("workerId=abc&year=2025", "workerId", "workerId=0&year=2025", "workerId",
        "year=2025", "workerId", "workerId=" + id, "year", "workerId=" + id + "&year=1999", "year",
        "workerId=" + id + "&year=20x5", "year").entrySet()) {
      for (String path : List.of(DAILY, DAILY + "/summary")) {
        var refused = Api.as(rest, "zdclerk").get(path + "?" + query.getKey());
        assertThat(refused.getStatusCode().value()).as(path + "?" + query.getKey()).isEqualTo(400);
        assertThat(refused.getBody().path("field").asText()).isEqualTo(query.getValue());
      }
    }
  }

  @Test
  void shouldRecordFromTheTasklistStartFormAndEndTheProcess() {
    Worker worker = fixtures.worker("HE-SJZ-ZD");
    long instances = instances();

    var started = Api.as(rest, "zdclerk").post(START, start(worker.identityNumber(), LocalDate.of(2025, 7, 1),
        "TASK", 4, null, "按时报送季度工作台账"));

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    String instance = started.getBody().path("id").asText();
    assertThat(started.getBody().path("businessKey").asText()).startsWith("日评〔");
    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo(DailyEntryProcess.Elements.END);
    JsonNode entries = Api.as(rest, "zdclerk").get(DAILY + "?workerId=" + worker.id() + "&year=2025").getBody();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("kind").asText()).isEqualTo("TASK");
    assertThat(entries.get(0).path("note").asText()).isEqualTo("按时报送季度工作台账");
    assertThat(entries.get(0).path("recordedBy").asText()).isEqualTo("zdclerk");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(Vars.DAILY_ENTRY_ID.name()).singleResult().getValue())
        .isEqualTo(entries.get(0).path("id").asInt());

    // Tasklist's own door: the start form submitted.
    var submitted = Api.as(rest, "zdclerk").post("/engine-rest/process-definition/key/" + DailyEntryProcess.KEY
        + "/submit-form", start(worker.identityNumber().toLowerCase(), LocalDate.of(2025, 7, 2), "ATTENDANCE", null,
        "ABSENT", "未请假未到岗"));
    assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(200);
    assertThat(count(worker.id())).isEqualTo(2);
    assertThat(instances()).isEqualTo(instances + 2);
  }

  @Test
  void shouldRefuseATasklistStartWithNothingWritten() {
    Worker worker = fixtures.worker("HE-SJZ-ZD");
    String identity = worker.identityNumber();
    long instances = instances();
    int cases = jdbc.queryForObject("select count(*) from case_file", Integer.class);

    assertThat(Api.as(rest, "lcclerk").post(START, start(identity, LocalDate.of(2025, 7, 1), "TASK", 4, null, "说明"))
        .getStatusCode().value()).as("another county's clerk").isEqualTo(404);
    assertThat(Api.as(rest, "sjzreviewer").post(START, start(identity, LocalDate.of(2025, 7, 1), "TASK", 4, null,
        "说明")).getStatusCode().is4xxClientError()).as("a reviewer").isTrue();
    Map<String, ResponseEntity<JsonNode>> refused = new LinkedHashMap<>();
    refused.put("date", Api.as(rest, "zdclerk").post(START, start(identity, TODAY.plusDays(1), "TASK", 4, null, "明天")));
    refused.put("rating", Api.as(rest, "zdclerk").post(START, start(identity, LocalDate.of(2025, 7, 1), "TASK", 6,
        null, "六分")));
    refused.put("attendance", Api.as(rest, "zdclerk").post(START, start(identity, LocalDate.of(2025, 7, 1),
        "ATTENDANCE", null, null, "没有考勤状态")));
    refused.put("identityNumber", Api.as(rest, "zdclerk").post(START, start(identity.substring(0, 17)
        + (identity.endsWith("0") ? "1" : "0"), LocalDate.of(2025, 7, 1), "TASK", 4, null, "校验位错")));
    refused.put("note", Api.as(rest, "zdclerk").post(START, start(identity, LocalDate.of(2025, 7, 1), "TASK", 4, null,
        null)));
    Map<String, Object> undeclared = start(identity, LocalDate.of(2025, 7, 1), "TASK", 4, null, "说明");
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) undeclared.get("variables"));
    variables.put(Vars.WORKER_ID.name(), Map.of("value", worker.id(), "type", "Integer"));
    refused.put("workerId", Api.as(rest, "zdclerk").post(START, Map.of("variables", variables)));
    refused.forEach((field, answer) -> {
      assertThat(answer.getStatusCode().value()).as(field + ": " + answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody().path("field").asText()).as(field).isEqualTo(field);
    });

    assertThat(count(worker.id())).as("no entry").isZero();
    assertThat(instances()).as("no instance, not even in history").isEqualTo(instances);
    assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).as("no case file")
        .isEqualTo(cases);
  }

  private static Map<String, Object> entry(long workerId, LocalDate date, String kind, Integer rating,
      String attendance, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("workerId", workerId);
    body.put("date", date.toString());
    body.put("kind", kind);
    body.put("rating", rating);
    body.put("attendance", attendance);
    body.put("note", note);
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  /** A start as Tasklist's form sends it: the fields it shows, typed. */
  private static Map<String, Object> start(String identity, LocalDate date, String kind, Integer rating,
      String attendance, String note) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.IDENTITY_NUMBER.name(), text(identity));
    variables.put(Vars.DATE.name(), text(date.toString()));
    variables.put(Vars.KIND.name(), text(kind));
    if (rating != null) {
      variables.put(Vars.RATING.name(), Map.of("value", rating, "type", "Long"));
    }
    if (attendance != null) {
      variables.put(Vars.ATTENDANCE.name(), text(attendance));
    }
    if (note != null) {
      variables.put(Vars.NOTE.name(), text(note));
    }
    return Map.of("variables", variables);
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private int count(long workerId) {
    return jdbc.queryForObject("select count(*) from evaluation_daily_entry where worker_id = ?", Integer.class,
        workerId);
  }

  private long instances() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(DailyEntryProcess.KEY).count();
  }

  private static List<Long> ids(JsonNode entries) {
    List<Long> ids = new ArrayList<>();
    entries.forEach(e -> ids.add(e.path("id").asLong()));
    return ids;
  }
}
