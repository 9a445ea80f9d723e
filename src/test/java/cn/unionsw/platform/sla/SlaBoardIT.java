package cn.unionsw.platform.sla;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.evaluation.AppealProcess;
import cn.unionsw.platform.sla.SlaBoard.Board;
import cn.unionsw.platform.sla.SlaBoard.LateTask;
import cn.unionsw.platform.sla.SlaBoard.MonthBreaches;
import cn.unionsw.platform.sla.SlaBoard.OrgDueCounts;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.MovableClock;
import cn.unionsw.platform.support.PlatformTime;
import cn.unionsw.platform.workdays.WorkdayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline board's queries against the engine's own tables on H2 and MariaDB: due states and working days late
 * across the 2026 national days, what a province, a city and a county see, appeals nearing their limit, breaches
 * per month from history, the metrics' whole-platform count, and the refusals. Each test has organisations of its
 * own under 石家庄 and 保定 (the database is shared with every other test of the run).
 */
@PlatformIT
class SlaBoardIT {

  static final String PROBE = "sla-probe";
  static final String BREACH_PROBE = "sla-probe-breach";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="urn:unionsw:sla">
        <process id="%s" name="时限测试" isExecutable="true" camunda:historyTimeToLive="P180D"
            camunda:isStartableInTasklist="false">
          <startEvent id="sla-start"/>
          <sequenceFlow id="sla-to-review" sourceRef="sla-start" targetRef="sla-review"/>
          <userTask id="sla-review" name="时限测试审核" camunda:candidateGroups="${org}" camunda:dueDate="${due}"
              camunda:formRef="sla-probe-review" camunda:formRefBinding="deployment"/>
          <sequenceFlow id="sla-to-end" sourceRef="sla-review" targetRef="sla-end"/>
          <endEvent id="sla-end"/>
        </process>
      </definitions>
      """;
  /** The model rules (models/ProcessRules) want every user task's Camunda Form deployed beside it. */
  private static final String FORM = """
      {"id": "sla-probe-review", "type": "default", "executionPlatform": "Camunda Platform", "components": []}
      """;

  @Autowired
  SlaBoard board;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  IdentityService identity;
  @Autowired
  WorkdayCalendar calendar;
  @Autowired
  DataSource dataSource;
  @Autowired
  MovableClock clock;
  @Autowired
  TestRestTemplate rest;

  PlatformTime time;
  JdbcTemplate jdbc;
  final List<String> started = new ArrayList<>();

  @BeforeEach
  void fixtures() {
    time = new PlatformTime(clock);
    jdbc = new JdbcTemplate(dataSource);
    deploy(PROBE);
    deploy(BREACH_PROBE);
  }

  @AfterEach
  void cleanUp() {
    time.reset();
    started.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "SlaBoardIT", true, true));
  }

  @Test
  void shouldCountDueStatesAndWorkingDaysLateByTheHolidayCalendar() {
    String org = org("HE-SJZ-SLA1", "HE-SJZ", "时限测试一县总工会");
    time.at(LocalDateTime.of(2026, 9, 29, 10, 0));
    String late = task(PROBE, org, LocalDateTime.of(2026, 9, 28, 17, 0));
    String caseNumber = "SLA-" + late;
    number(late, caseNumber);
    task(PROBE, org, LocalDateTime.of(2026, 9, 29, 17, 0));
    // Nine calendar days away, but the second working day after today: 9-30, then the national days, then 10-8.
    task(PROBE, org, LocalDateTime.of(2026, 10, 8, 17, 0));
    task(PROBE, org, LocalDateTime.of(2026, 10, 9, 17, 0));

    Board before = board.board("admin", PROBE, null);
    assertThat(before.dueSoonUntil()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(counts(before, org)).isEqualTo(new OrgDueCounts(org, "时限测试一县总工会", 1, 2, 1));
    assertThat(before.overdue()).filteredOn(task -> task.organisations().get(0).code().equals(org)).singleElement()
        .satisfies(task -> {
          assertThat(task.caseNumber()).isEqualTo(caseNumber);
          assertThat(task.taskName()).isEqualTo("时限测试审核");
          assertThat(task.workingDaysLate()).as("9-29 only").isEqualTo(1);
        });

    time.at(LocalDateTime.of(2026, 10, 8, 10, 0));
    Board after = board.board("admin", PROBE, null);
    // 10-10 is a Saturday worked in exchange for the national days: the second working day after 10-8.
    assertThat(after.dueSoonUntil()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(counts(after, org)).isEqualTo(new OrgDueCounts(org, "时限测试一县总工会", 0, 2, 2));
    assertThat(after.overdue()).filteredOn(task -> task.organisations().get(0).code().equals(org))
        .extracting(LateTask::workingDaysLate).as("9-29, 9-30 and 10-8; 9-30 and 10-8").containsExactly(3, 2);
  }

  @Test
  void shouldShowEachViewerWhatTheirOrganisationReaches() {
    String shijiazhuang = org("HE-SJZ-SLA2", "HE-SJZ", "时限测试二县总工会");
    String baoding = org("HE-BD-SLA2", "HE-BD", "时限测试保定县总工会");
    LocalDateTime yesterday = LocalDateTime.now(BEIJING).minusDays(1);
    task(PROBE, shijiazhuang, yesterday);
    task(PROBE, baoding, yesterday);

    assertThat(seen("hereviewer")).contains(shijiazhuang, baoding);
    assertThat(seen("sjzreviewer")).contains(shijiazhuang).doesNotContain(baoding)
        .allMatch(code -> code.startsWith("HE-SJZ"));
    assertThat(seen("bdreviewer")).contains(baoding).doesNotContain(shijiazhuang)
        .allMatch(code -> code.startsWith("HE-BD"));
    assertThat(seen("zdclerk")).doesNotContain(shijiazhuang, baoding)
        .allMatch(code -> code.equals("HE-SJZ-ZD") || code.startsWith("HE-SJZ-ZD-"));
    JsonNode city = Api.as(rest, "sjzreviewer").get("/api/sla/board").getBody();
    assertThat(StreamSupport.stream(city.get("overdue").spliterator(), false)
        .flatMap(task -> StreamSupport.stream(task.get("organisations").spliterator(), false))
        .map(o -> o.get("code").asText())).contains(shijiazhuang).doesNotContain(baoding);
    assertThat(Api.as(rest, "zdworker").get("/api/sla/board").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/sla/board").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldListAppealsNearingTheirLimit() {
    String org = org("HE-SJZ-SLA3", "HE-SJZ", "时限测试三县总工会");
    LocalDate today = LocalDate.now(BEIJING);
    LocalDate nextWorkingDay = calendar.add(today, 1).date();
    String near = appeal(org, nextWorkingDay.atTime(17, 0));
    String far = appeal(org, calendar.add(today, 5).date().atTime(17, 0));

    Board seen = board.board("sjzreviewer", null, null);
    assertThat(seen.appeals()).filteredOn(task -> task.organisations().get(0).code().equals(org)).singleElement()
        .satisfies(task -> {
          assertThat(task.processKey()).isEqualTo(AppealProcess.KEY);
          assertThat(task.overdue()).isFalse();
          assertThat(task.workingDaysLeft()).isEqualTo(1);
          assertThat(task.taskId()).isEqualTo(taskOf(near));
        });
    assertThat(seen.appeals()).extracting(LateTask::taskId).doesNotContain(taskOf(far));
    assertThat(board.board("sjzreviewer", PROBE, null).appeals()).as("another process has no appeals").isEmpty();
    assertThat(board.board("bdreviewer", AppealProcess.KEY, null).appeals()).extracting(LateTask::taskId)
        .doesNotContain(taskOf(near));
  }

  @Test
  void shouldCountBreachesPerMonthFromHistory() {
    String org = org("HE-SJZ-SLA4", "HE-SJZ", "时限测试四县总工会");
    time.at(LocalDateTime.of(2026, 9, 29, 10, 0));
    String lateOne = task(BREACH_PROBE, org, LocalDateTime.of(2026, 10, 9, 17, 0));
    String inTime = task(BREACH_PROBE, org, LocalDateTime.of(2026, 10, 9, 17, 0));
    task(BREACH_PROBE, org, LocalDateTime.of(2026, 9, 28, 17, 0));
    time.at(LocalDateTime.of(2026, 10, 8, 10, 0));
    tasks.complete(taskOf(inTime));
    time.at(LocalDateTime.of(2026, 10, 12, 10, 0));
    tasks.complete(taskOf(lateOne));
    time.reset();

    List<MonthBreaches> months = board.board("sjzreviewer", BREACH_PROBE, YearMonth.of(2026, 11)).breaches();
    assertThat(months).hasSize(12).first().isEqualTo(new MonthBreaches("2025-12", 0));
    assertThat(months).contains(new MonthBreaches("2026-09", 1), new MonthBreaches("2026-10", 1),
        new MonthBreaches("2026-11", 0));
    for (String broad : List.of("hereviewer", "admin")) {
      assertThat(board.board(broad, BREACH_PROBE, YearMonth.of(2026, 11)).breaches()).as(broad)
          .contains(new MonthBreaches("2026-09", 1), new MonthBreaches("2026-10", 1));
    }
    assertThat(board.board("bdreviewer", BREACH_PROBE, YearMonth.of(2026, 11)).breaches())
        .allMatch(month -> month.breaches() == 0);
    assertThat(board.overdueByProcessAndOrganisation())
        .contains(new SlaBoard.OverdueCount(BREACH_PROBE, org, 1));
  }

  @Test
  void shouldRefuseAnUnknownProcessAndABadMonth() {
    var unknown = Api.as(rest, "sjzreviewer").get("/api/sla/board?processKey=no-such-process");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("error").asText()).isEqualTo("invalid_processKey");
    for (String month : List.of("2026-13", "2026-1", "26-11", "abc", "0000-01")) {
      var bad = Api.as(rest, "sjzreviewer").get("/api/sla/board?month=" + month);
      assertThat(bad.getStatusCode()).as(month).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody().get("error").asText()).isEqualTo("invalid_month");
      assertThat(bad.getBody().get("message").asText()).startsWith("month: ");
    }
  }

  private List<String> seen(String user) {
    var answer = Api.as(rest, user).get("/api/sla/board?processKey=" + PROBE);
    assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(answer.getBody().get("counts").spliterator(), false)
        .map(row -> row.get("orgCode").asText()).toList();
  }

  private static OrgDueCounts counts(Board board, String org) {
    return board.counts().stream().filter(row -> row.orgCode().equals(org)).findFirst().orElseThrow();
  }

  private void deploy(String key) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      repository.createDeployment().name(key).addString(key + ".bpmn", BPMN.formatted(key))
          .addString("sla-probe-review.form", FORM).deploy();
    }
  }

  private String org(String code, String parent, String name) {
    if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, code) == 0) {
      jdbc.update("insert into org_unit (code, parent_code, name, type) values (?, ?, ?, 'COUNTY')", code, parent,
          name);
    }
    return code;
  }

  private String task(String key, String org, LocalDateTime due) {
    String id = runtime.startProcessInstanceByKey(key, Map.of("org", org, "due", date(due))).getId();
    started.add(id);
    return id;
  }

  /** An appeal at its review step, due at {@code due}, without the filing before it. */
  private String appeal(String org, LocalDateTime due) {
    // The kernel numbers the case for a logged-in starter; an administrator may start at a step.
    identity.setAuthentication("admin", List.of("camunda-admin"));
    try {
      String id = runtime.createProcessInstanceByKey(AppealProcess.KEY)
          .startBeforeActivity(AppealProcess.Elements.APPEAL_REVIEW)
          .setVariables(Map.of("reviewerCode", org, "appealDueAt",
              due.atZone(BEIJING).toOffsetDateTime().toString()))
          .execute().getId();
      started.add(id);
      return id;
    } finally {
      identity.clearAuthentication();
    }
  }

  private void number(String processInstanceId, String caseNumber) {
    jdbc.update("insert into case_file (process_instance_id, process_key, case_number, starter_id, starter_org) "
        + "values (?, ?, ?, 'zdclerk', 'HE-SJZ-ZD')", processInstanceId, PROBE, caseNumber);
  }

  private String taskOf(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private static Date date(LocalDateTime beijing) {
    return Date.from(beijing.atZone(BEIJING).toInstant());
  }
}
