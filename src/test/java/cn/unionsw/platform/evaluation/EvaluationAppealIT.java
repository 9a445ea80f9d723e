package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.evaluation.AppealProcess.Elements;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.MovableClock;
import cn.unionsw.platform.support.PlatformTime;
import cn.unionsw.platform.support.PublishedEvaluations;
import cn.unionsw.platform.support.WebAppSession;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.Worker;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The appeal (Art. 28) through engine REST and {@code /api} as the demo users, on evaluations published without the
 * annual-evaluation process ({@link PublishedEvaluations}): the worker appeals and the city upholds (outcome,
 * bonus and tier change; the written reply's PDF says so in Chinese), a county clerk appeals for a worker and the
 * city dismisses, every start that may not be filed, the reply's due date across National Day and Spring Festival
 * 2026 with the platform's clocks moved, the escalation once at the due date, and the evaluation's own instance
 * let go on when it waits for the answer.
 */
@PlatformIT
class EvaluationAppealIT {

  static final String START = "/engine-rest/process-definition/key/" + AppealProcess.KEY + "/start";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  IdentityService identity;
  @Autowired
  DataSource dataSource;
  @Autowired
  TalentDatabase talent;
  @Autowired
  Consequences consequences;
  @Autowired
  OrgService orgs;
  @Autowired
  EvaluationChain.Resolver chains;
  @Autowired
  MovableClock clock;

  PublishedEvaluations evaluations;
  PlatformTime time;
  JdbcTemplate jdbc;

  @BeforeEach
  void fixtures() {
    jdbc = new JdbcTemplate(dataSource);
    evaluations = new PublishedEvaluations(jdbc, talent, consequences, identity, orgs, chains);
    time = new PlatformTime(clock);
  }

  @AfterEach
  void clocksBack() {
    time.reset();
  }

  @Test
  void shouldLetTheWorkerAppealAndTheCityUpholdIt() {
    Worker worker = evaluations.demoWorker();
    int year = PublishedEvaluations.year();
    long evaluation = evaluations.published(worker, year, Outcome.BASIC, 1);
    Map<String, Object> before = evaluation(evaluation);
    assertThat(before.get("bonus_percent")).isEqualTo(50);

    var started = start("zdworker", null, year, "全年无未报告事件，满意度测评 95%，不应评为基本合格");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    assertThat(started.getBody().path("businessKey").asText()).startsWith("申诉〔");
    Map<String, Object> appeal = appealOf(evaluation);
    assertThat(appeal).containsEntry("filed_by", "zdworker").containsEntry("reviewer_code", "HE-SJZ")
        .containsEntry("original_outcome", "BASIC").containsEntry("process_instance_id", instance);
    LocalDate today = LocalDate.now(BEIJING);
    LocalDateTime due = LocalDate.parse(Api.as(rest, "zdworker").get("/api/workdays/add?from=" + today + "&days=10")
        .getBody().path("date").asText()).atTime(23, 59, 59);
    assertThat(appeal.get("due_at")).isEqualTo(due);
    Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.APPEAL_REVIEW);
    assertThat(review.getDueDate()).isEqualTo(Date.from(due.atZone(BEIJING).toInstant()));
    assertThat(taskOf("sjzreviewer", instance)).isEqualTo(review.getId());
    assertThat(taskOf("bdreviewer", instance)).isNull();
    assertThat(taskOf("hereviewer", instance)).as("not escalated").isNull();

    // Refused answers name the field and leave the review open.
    for (var refused : List.of(
        complete("sjzreviewer", review.getId(), answer("UPHOLD", "成立", null), "revisedOutcome"),
        complete("sjzreviewer", review.getId(), answer("UPHOLD", "成立", "BASIC"), "revisedOutcome"),
        complete("sjzreviewer", review.getId(), answer("DISMISS", "不成立", "QUALIFIED"), "revisedOutcome"),
        complete("sjzreviewer", review.getId(), answer("DISMISS", " ", null), "reply"),
        complete("sjzreviewer", review.getId(), answer("APPROVE", "x", null), "decision"))) {
      assertThat(refused).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(complete("bdreviewer", review.getId(), answer("DISMISS", "他市答复", null), null))
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Every other engine door to the step is shut: a BPMN error, resolving, writing variables, the decision alone.
    var city = Api.as(rest, "sjzreviewer");
    String taskPath = "/engine-rest/task/" + review.getId();
    assertThat(city.post(taskPath + "/bpmnError", Map.of("errorCode", "appeal")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(city.post(taskPath + "/resolve", Map.of("variables", answer("DISMISS", "x", null))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(city.post(taskPath + "/variables", Map.of("modifications", answer("UPHOLD", "x", "EXCELLENT")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(city.put(taskPath + "/variables/decision", Map.of("value", "UPHOLD", "type", "String"),
        MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Tasklist's door: the form submitted through the web apps' engine API is held to the same answer rules.
    var tasklist = WebAppSession.login(rest, "sjzreviewer", Api.DEMO_PASSWORD);
    var submitted = tasklist.post("/camunda/api/engine/engine/default/task/" + review.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"UPHOLD\"},\"reply\":{\"value\":\"成立\"}}}");
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(submitted.getBody()).contains("revisedOutcome");
    assertThat(appealOf(evaluation).get("decision")).isNull();

    String reply = "经复核，你所在单位的满意度测评汇总有误，实际满意度为百分之九十五，改判为合格。";
    assertThat(complete("sjzreviewer", review.getId(), answer("UPHOLD", reply, "QUALIFIED"), null))
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> after = evaluation(evaluation);
    assertThat(after).containsEntry("outcome", "QUALIFIED").containsEntry("decided_outcome", "BASIC")
        .containsEntry("bonus_percent", 100).containsEntry("next_allowance_tier", 2)
        .containsEntry("retraining_required", false);
    assertThat(talent.history(worker.id())).anySatisfy(event ->
        assertThat(event.detail()).startsWith(year + " 年度评价（申诉改判）：合格"));
    appeal = appealOf(evaluation);
    assertThat(appeal).containsEntry("decision", "UPHOLD").containsEntry("revised_outcome", "QUALIFIED")
        .containsEntry("replied_by", "sjzreviewer").containsEntry("reply", reply);
    long appealId = ((Number) appeal.get("id")).longValue();

    String pdf = "/api/evaluations/appeals/" + appealId + "/reply.pdf";
    ResponseEntity<byte[]> download = Api.as(rest, "zdworker").bytes(pdf);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(text(download.getBody())).contains(reply, "赵晓雪", year + "年度", "申诉成立", "原评价结果基本合格",
        "改判后的评价结果合格", "石家庄市总工会", "第二十八条");
    for (String reader : List.of("zdclerk", "sjzreviewer", "hereviewer", "admin")) {
      assertThat(Api.as(rest, reader).bytes(pdf).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
    }
    for (String outsider : List.of("lcclerk", "bdreviewer", "zzclerk", "dzclerk")) {
      assertThat(Api.as(rest, outsider).bytes(pdf).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(Api.as(rest, outsider).get("/api/evaluations/appeals?year=" + year).getBody()).isEmpty();
    }
    JsonNode own = Api.as(rest, "zdworker").get("/api/evaluations/appeals?year=" + year).getBody();
    assertThat(own).singleElement().satisfies(one -> {
      assertThat(one.path("id").asLong()).isEqualTo(appealId);
      assertThat(one.path("decision").asText()).isEqualTo("UPHOLD");
      assertThat(one.path("outcome").asText()).isEqualTo("QUALIFIED");
    });

    Task read = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(read.getTaskDefinitionKey()).isEqualTo(Elements.READ_REPLY);
    assertThat(read.getAssignee()).isEqualTo("zdworker");
    assertThat(complete("zdworker", read.getId(), Map.of(), null)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo(Elements.END_ANSWERED);
  }

  @Test
  void shouldLetTheCountysClerkAppealForAWorkerAndTheCityDismissIt() {
    Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
    int year = PublishedEvaluations.year();
    long evaluation = evaluations.published(worker, year, Outcome.FAILED, 2);
    Map<String, Object> before = evaluation(evaluation);

    var started = start("zdclerk", worker.userId(), year, "社工因病请假经单位批准，不应计为旷工");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    assertThat(appealOf(evaluation)).containsEntry("filed_by", "zdclerk").containsEntry("original_outcome", "FAILED");
    String review = taskOf("sjzreviewer", instance);
    assertThat(complete("sjzreviewer", review, answer("DISMISS", "经核实病假手续不全，维持原评价结果。", null), null))
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(evaluation(evaluation)).as("outcome and consequences unchanged").isEqualTo(before);
    long appealId = ((Number) appealOf(evaluation).get("id")).longValue();
    var download = Api.as(rest, worker.userId(), PublishedEvaluations.PASSWORD)
        .bytes("/api/evaluations/appeals/" + appealId + "/reply.pdf");
    assertThat(download.getStatusCode()).as(new String(download.getBody() == null ? new byte[0] : download.getBody(),
        java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(HttpStatus.OK);
    assertThat(text(download.getBody())).contains("申诉不成立", "经核实病假手续不全，维持原评价结果。", "不合格")
        .doesNotContain("改判后的评价结果");
    assertThat(Api.as(rest, "zdworker").bytes("/api/evaluations/appeals/" + appealId + "/reply.pdf")
        .getStatusCode()).as("another worker").isEqualTo(HttpStatus.NOT_FOUND);
    Task read = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(read.getAssignee()).as("the worker reads the reply, not the clerk").isEqualTo(worker.userId());
  }

  @Test
  void shouldKeepTheCapOnExcellentWhenAnAppealIsUpheld() {
    // A round of 4 participants in a year of its own: at most one EXCELLENT (floor(4 × 30 / 100)).
    int year = PublishedEvaluations.year();
    List<Worker> workers = List.of(evaluations.workerWithAccount("HE-SJZ-ZD"),
        evaluations.workerWithAccount("HE-SJZ-ZD"), evaluations.workerWithAccount("HE-SJZ-LC"),
        evaluations.workerWithAccount("HE-SJZ-LC"));
    List<Long> published = workers.stream()
        .map(worker -> evaluations.published(worker, year, Outcome.QUALIFIED, 1)).toList();
    List<String> reviews = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String clerk = i == 0 ? "zdclerk" : "lcclerk";
      var started = start(clerk, workers.get(i * 2).userId(), year, "满意度测评 98%，全年重点任务均完成，应评为优秀");
      assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
      reviews.add(taskOf("sjzreviewer", started.getBody().path("id").asText()));
    }

    assertThat(complete("sjzreviewer", reviews.get(0), answer("UPHOLD", "经复核改判为优秀。", "EXCELLENT"), null))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(evaluation(published.get(0))).containsEntry("outcome", "EXCELLENT").containsEntry("bonus_percent", 130);

    var refused = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + reviews.get(1) + "/complete",
        Map.of("variables", answer("UPHOLD", "经复核改判为优秀。", "EXCELLENT")));
    refused(refused, 409, "excellent_cap", "revisedOutcome");
    assertThat(refused.getBody().path("message").asText()).contains("30%", "参评 4 人", "至多 1 人", "已评定 1 人");
    assertThat(evaluation(published.get(2))).as("nothing written").containsEntry("outcome", "QUALIFIED");
    assertThat(appealOf(published.get(2)).get("decision")).isNull();
    assertThat(tasks.createTaskQuery().taskId(reviews.get(1)).count()).as("the review stays open").isOne();
  }

  @Test
  void shouldRefuseEveryAppealThatMayNotBeFiledAndStartNothing() {
    Worker worker = evaluations.demoWorker();
    Worker other = evaluations.workerWithAccount("HE-SJZ-ZD");
    int open = PublishedEvaluations.year();
    evaluations.published(worker, open, Outcome.BASIC, 0);
    int proposed = PublishedEvaluations.year();
    evaluations.proposed(worker, proposed);
    int settled = PublishedEvaluations.year();
    evaluations.finalise(evaluations.published(worker, settled, Outcome.QUALIFIED, 1));
    int old = PublishedEvaluations.year();
    LocalDateTime longAgo = LocalDateTime.now(BEIJING).minusDays(60);
    evaluations.published(worker, old, Outcome.BASIC, longAgo);
    String windowEnd = Api.as(rest, "zdworker").get("/api/workdays/add?from=" + longAgo.toLocalDate() + "&days=10")
        .getBody().path("date").asText();
    int appealed = PublishedEvaluations.year();
    evaluations.published(worker, appealed, Outcome.BASIC, 1);
    assertThat(start("zdworker", null, appealed, "第一次申诉").getStatusCode()).isEqualTo(HttpStatus.OK);
    long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(AppealProcess.KEY).count();
    int rows = jdbc.queryForObject("select count(*) from evaluation_appeal", Integer.class);

    refused(start("zdworker", null, PublishedEvaluations.year(), "没有评价的年度"), 409, "outcome_not_published", "year");
    refused(start("zdworker", null, proposed, "尚未审定"), 409, "outcome_not_published", "year");
    var closed = start("zdworker", null, settled, "评价结果已确定");
    refused(closed, 409, "appeal_window_closed", "year");
    var late = start("zdworker", null, old, "逾期申诉");
    refused(late, 409, "appeal_window_closed", "year");
    assertThat(late.getBody().path("message").asText()).contains(windowEnd);
    refused(start("zdworker", null, appealed, "第二次申诉"), 409, "appeal_exists", "year");
    refused(start("zdworker", other.userId(), open, "替他人申诉"), 403, "forbidden", "workerId");
    refused(start("lcclerk", "zdworker", open, "他县经办人员代为申诉"), 403, "forbidden", "workerId");
    refused(start("zzclerk", "zdworker", open, "他市经办人员代为申诉"), 403, "forbidden", "workerId");
    refused(start("sjzreviewer", "zdworker", open, "审核人员发起"), 403, "forbidden", null);
    refused(start("zdclerk", null, open, "经办人员未指定社工"), 400, "invalid_workerId", "workerId");
    refused(start("zdclerk", "lcclerk", open, "不是社工的账号"), 400, "invalid_workerId", "workerId");
    refused(start("zdworker", null, 2016, "早于办法施行"), 400, "invalid_year", "year");
    refused(start("zdworker", null, open, " "), 400, "invalid_reason", "reason");
    refused(start("zdworker", null, open, "长".repeat(2001)), 400, "invalid_reason", "reason");
    Map<String, Object> textYear = new LinkedHashMap<>(variables(null, open, "年度写成文字"));
    textYear.put(YEAR.name(), Map.of("value", "2071", "type", "String"));
    refused(Api.as(rest, "zdworker").post(START, Map.of("variables", textYear)), 400, "invalid_year", "year");
    Map<String, Object> named = new LinkedHashMap<>(variables(null, open, "自带答复单位"));
    named.put(REVIEWER_CODE.name(), Map.of("value", "HE-BD", "type", "String"));
    refused(Api.as(rest, "zdworker").post(START, Map.of("variables", named)), 400, "invalid_reviewerCode",
        "reviewerCode");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(AppealProcess.KEY).count())
        .as("nothing started").isEqualTo(instances);
    assertThat(jdbc.queryForObject("select count(*) from evaluation_appeal", Integer.class)).isEqualTo(rows);
    assertThat(start("zdclerk", "zdworker", open, "县经办人员代为申诉").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldDueTheReplyAtTheEndOfTheTenthWorkingDayAcrossHolidays() {
    Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
    // National Day 2026: filed Monday 09-28 at 00:30 Beijing (still 09-27 in UTC); Oct 1-7 off, Saturday 10-10 worked.
    assertDue(worker, LocalDateTime.of(2026, 9, 28, 0, 30), LocalDateTime.of(2026, 10, 16, 23, 59, 59));
    // Spring Festival 2026: filed Friday 02-13; Saturday 02-14 worked, 02-15 to 02-23 off, Saturday 02-28 worked.
    assertDue(worker, LocalDateTime.of(2026, 2, 13, 16, 0), LocalDateTime.of(2026, 3, 5, 23, 59, 59));
    // Mid-Autumn: filed on Saturday 09-26, a day off: counting starts on Monday 09-28 all the same.
    assertDue(worker, LocalDateTime.of(2026, 9, 26, 11, 0), LocalDateTime.of(2026, 10, 15, 23, 59, 59));
  }

  @Test
  void shouldEscalateOnceWhenTheClockPassesTheDueDate() {
    Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
    time.at(LocalDateTime.of(2026, 9, 28, 10, 0));
    int year = PublishedEvaluations.year();
    long evaluation = evaluations.published(worker, year, Outcome.BASIC, 1);
    var started = start("zdclerk", worker.userId(), year, "年度任务已按期完成，不应评为基本合格");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    String review = taskOf("sjzreviewer", instance);
    var timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2026, 10, 16, 23, 59, 59));

    time.at(LocalDateTime.of(2026, 10, 16, 23, 59, 0));
    assertThat(management.createJobQuery().processInstanceId(instance).timers().executable().count())
        .as("not due a minute before the end of the tenth working day").isZero();
    time.at(LocalDateTime.of(2026, 10, 17, 0, 0, 30));
    runTimer(timer.getId());
    await().atMost(Duration.ofSeconds(30)).until(() -> appealOf(evaluation).get("escalated_at") != null);

    Object escalatedAt = appealOf(evaluation).get("escalated_at");
    assertThat((LocalDateTime) escalatedAt).isAfter(LocalDateTime.of(2026, 10, 17, 0, 0));
    Task task = tasks.createTaskQuery().taskId(review).singleResult();
    assertThat(task.getPriority()).isEqualTo(AppealEscalation.PRIORITY);
    assertThat(tasks.getVariableLocal(review, "escalated")).isEqualTo(true);
    assertThat(tasks.getTaskComments(review)).singleElement().satisfies(comment ->
        assertThat(comment.getFullMessage()).contains("十个工作日", "2026-10-16", "河北省总工会"));
    assertThat(taskOf("hereviewer", instance)).as("the province joins the candidates").isEqualTo(review);
    assertThat(management.createJobQuery().processInstanceId(instance).count()).as("a date timer fires once").isZero();

    time.at(LocalDateTime.of(2026, 11, 2, 10, 0));
    assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(appealOf(evaluation).get("escalated_at")).as("recorded once").isEqualTo(escalatedAt);
    assertThat(tasks.getTaskComments(review)).hasSize(1);
    assertThat(complete("hereviewer", review, answer("DISMISS", "经省总工会督办复核，维持原评价结果。", null), null))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(appealOf(evaluation)).containsEntry("replied_by", "hereviewer").containsEntry("escalated_at",
        escalatedAt);
  }

  @Test
  void shouldLetTheEvaluationsInstanceGoOnOnlyWhenItWaitsForTheAnswer() {
    repository.createDeployment().name("appeal-answer-probe").addString("appeal-answer-probe.bpmn", PROBE).deploy();
    Worker worker = evaluations.workerWithAccount("HE-SJZ-ZD");
    int year = PublishedEvaluations.year();
    long waiting = evaluations.published(worker, year, Outcome.BASIC, 1);
    String probe = runtime.startProcessInstanceByKey("appeal-answer-probe").getId();
    evaluations.ownInstance(waiting, probe);
    Worker another = evaluations.workerWithAccount("HE-SJZ-ZD");
    long notWaiting = evaluations.published(another, year, Outcome.BASIC, 1);
    String busy = runtime.startProcessInstanceByKey("appeal-answer-probe").getId();
    runtime.createProcessInstanceModification(busy).cancelAllForActivity(AppealProcess.WAIT_ACTIVITY)
        .startBeforeActivity("probe-busy").execute();
    evaluations.ownInstance(notWaiting, busy);

    for (Worker appellant : List.of(worker, another)) {
      String instance = start("zdclerk", appellant.userId(), year, "探针申诉").getBody().path("id").asText();
      assertThat(complete("sjzreviewer", taskOf("sjzreviewer", instance), answer("UPHOLD", "改判。", "QUALIFIED"),
          null)).isEqualTo(HttpStatus.NO_CONTENT);
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(probe).singleResult()
        .getEndActivityId()).as("answered while it waited").isEqualTo("probe-answered");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(busy).count()).as("not waiting yet").isOne();
    assertThat(evaluation(notWaiting)).containsEntry("outcome", "QUALIFIED");
    runtime.deleteProcessInstance(busy, "EvaluationAppealIT: probe done");
  }

  /** Stands for annual-evaluation: waits for the answer at wait-appeal-answer, or is busy elsewhere. */
  private static final String PROBE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="urn:unionsw:appeal-probe">
        <message id="probe-message" name="evaluation-appeal-answered"/>
        <process id="appeal-answer-probe" name="申诉答复探针" isExecutable="true" camunda:historyTimeToLive="P180D"
            camunda:isStartableInTasklist="false">
          <startEvent id="probe-start"/>
          <sequenceFlow id="probe-flow-wait" sourceRef="probe-start" targetRef="wait-appeal-answer"/>
          <intermediateCatchEvent id="wait-appeal-answer"><messageEventDefinition messageRef="probe-message"/>
          </intermediateCatchEvent>
          <sequenceFlow id="probe-flow-answered" sourceRef="wait-appeal-answer" targetRef="probe-answered"/>
          <endEvent id="probe-answered"/>
          <receiveTask id="probe-busy"/>
        </process>
      </definitions>
      """;

  private void assertDue(Worker worker, LocalDateTime filed, LocalDateTime due) {
    time.at(filed);
    int year = PublishedEvaluations.year();
    long evaluation = evaluations.published(worker, year, Outcome.BASIC, 1);
    var started = start(worker.userId(), PublishedEvaluations.PASSWORD, null, year, "到期日测试");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    assertThat(appealOf(evaluation).get("due_at")).as("filed %s", filed)
        .isEqualTo(due);
    Date expected = Date.from(due.atZone(BEIJING).toInstant());
    assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate()).isEqualTo(expected);
    assertThat(management.createJobQuery().processInstanceId(instance).timers().singleResult().getDuedate())
        .isEqualTo(expected);
    // Its timer is due in the real past: out of the way before the clocks go back.
    runtime.deleteProcessInstance(instance, "EvaluationAppealIT: due date checked");
  }

  /** Runs the timer now; the job executor may have taken it first, which is as good. */
  private void runTimer(String jobId) {
    try {
      management.executeJob(jobId);
    } catch (ProcessEngineException e) {
      // taken by the job executor meanwhile (gone, or changed under us): the await below sees its effect
    }
  }

  private ResponseEntity<JsonNode> start(String user, String workerId, int year, String reason) {
    return start(user, Api.DEMO_PASSWORD, workerId, year, reason);
  }

  private ResponseEntity<JsonNode> start(String user, String password, String workerId, int year, String reason) {
    return Api.as(rest, user, password).post(START, Map.of("variables", variables(workerId, year, reason)));
  }

  private static Map<String, Object> variables(String workerId, int year, String reason) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (workerId != null) {
      variables.put(WORKER_ID.name(), Map.of("value", workerId, "type", "String"));
    }
    variables.put(YEAR.name(), Map.of("value", year, "type", "Integer"));
    variables.put(REASON.name(), Map.of("value", reason, "type", "String"));
    return variables;
  }

  /** The status of a completion; a refusal must name {@code field} when one is given. */
  private HttpStatus complete(String user, String taskId, Map<String, Object> variables, String field) {
    var answer = Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    if (field != null) {
      assertThat(answer.getBody().path("field").asText()).as(String.valueOf(answer.getBody())).isEqualTo(field);
    }
    return HttpStatus.valueOf(answer.getStatusCode().value());
  }

  private static void refused(ResponseEntity<JsonNode> answer, int status, String error, String field) {
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
    assertThat(answer.getBody().path("error").asText()).as(String.valueOf(answer.getBody())).isEqualTo(error);
    if (field != null) {
      assertThat(answer.getBody().path("field").asText()).isEqualTo(field);
    }
  }

  private static Map<String, Object> answer(String decision, String reply, String revisedOutcome) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(DECISION.name(), Map.of("value", decision, "type", "String"));
    variables.put(REPLY.name(), Map.of("value", reply, "type", "String"));
    if (revisedOutcome != null) {
      variables.put(REVISED_OUTCOME.name(), Map.of("value", revisedOutcome, "type", "String"));
    }
    return variables;
  }

  private String taskOf(String user, String processInstanceId) {
    JsonNode found = Api.as(rest, user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + Elements.APPEAL_REVIEW + "&maxResults=10").getBody();
    return found == null || !found.isArray() || found.isEmpty() ? null : found.get(0).path("id").asText();
  }

  private Map<String, Object> appealOf(long evaluationId) {
    return row("select id, process_instance_id, filed_by, reviewer_code, due_at, original_outcome, decision, reply, "
        + "revised_outcome, replied_by, escalated_at from evaluation_appeal where evaluation_id = ?", evaluationId);
  }

  private Map<String, Object> evaluation(long id) {
    return row("select outcome, decided_outcome, status, bonus_percent, bonus_amount, next_allowance_tier, "
        + "retraining_required, replace_worker, consequences_at from annual_evaluation where id = ?", id);
  }

  /**
   * One row by column name as written (H2 answers names in upper case): times read as the platform writes them
   * (LocalDateTime, Beijing time; a Timestamp would be shifted by the MySQL session's zone), whole numbers as int.
   */
  private Map<String, Object> row(String sql, long id) {
    return jdbc.query(sql, rs -> {
      assertThat(rs.next()).as(sql).isTrue();
      Map<String, Object> row = new LinkedHashMap<>();
      var meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        Object value = meta.getColumnType(i) == java.sql.Types.TIMESTAMP ? rs.getObject(i, LocalDateTime.class)
            : rs.getObject(i);
        row.put(meta.getColumnLabel(i).toLowerCase(), value instanceof Number number
            && !(value instanceof java.math.BigDecimal) ? (Object) number.intValue() : value);
      }
      return row;
    }, id);
  }

  private static String text(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s", "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
  }
}
