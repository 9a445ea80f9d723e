package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.pay.PayCalculator;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentEvent;
import cn.unionsw.platform.talent.TalentEventKind;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual evaluation of a city through /api and /engine-rest, on H2 and on MariaDB/MySQL: a round opened and its
 * instances started in the background, proposals by each county's clerks only, the city's decision within 30 % of
 * the participants (also when two counties decide at once; two cities never count each other), the suggestion
 * mapped to the decision, the consequences applied, the appeal window closing, and the follow-ups of Art. 29. Each
 * test has a city of its own (one database for every test).
 */
@PlatformIT
class EvaluationRoundIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int YEAR = LocalDate.now(CHINA).getYear();
  private static final Map<String, Object> EXCELLENT = facts(95, 96, 0, true);
  private static final Map<String, Object> QUALIFIED = facts(80, 92, 0, true);
  private static final Map<String, Object> BASIC = facts(88, 95, 2, true);

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OrgService orgs;
  @Autowired
  IdentityService identity;
  @Autowired
  TalentDatabase talent;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  PayCalculator pay;
  @Autowired
  Evaluations evaluations;

  @Test
  void shouldOpenARoundAndStartItsWorkersInTheBackground() {
    EvaluationCity city = city(6, 4);
    Map<String, Object> body = Map.of("orgCode", city.code, "year", YEAR);

    assertThat(open(city.clerk(0), body).getStatusCode()).as("a county's clerk").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "zdworker").post("/api/evaluations/rounds", body).getStatusCode()).as("a worker")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "bdreviewer").post("/api/evaluations/rounds", body).getStatusCode())
        .as("another city's reviewer").isEqualTo(HttpStatus.FORBIDDEN);
    refused(open(city.reviewer, Map.of("orgCode", city.code, "year", 1999)), 400, "year");
    refused(open(city.reviewer, Map.of("orgCode", city.code, "year", YEAR + 1)), 400, "year");
    refused(open(city.reviewer, Map.of("orgCode", city.county(0), "year", YEAR)), 400, "orgCode");
    assertThat(jdbc.queryForObject("select count(*) from evaluation_round where city_code = ?", Integer.class,
        city.code)).as("nothing written by a refusal").isZero();

    ResponseEntity<JsonNode> opened = open(city.reviewer, body);

    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode round = opened.getBody().get(0);
    assertThat(round.path("cityCode").asText()).isEqualTo(city.code);
    assertThat(round.path("year").asInt()).isEqualTo(YEAR);
    assertThat(round.path("participants").asInt()).isEqualTo(10);
    long id = round.path("id").asLong();
    JsonNode progress = awaitStarted(city, id);
    assertThat(progress.path("excellentCap").asInt()).isEqualTo(3);
    assertThat(progress.path("proposers").findValuesAsText("code")).containsExactly(city.county(0), city.county(1));
    assertThat(progress.path("proposers").findValuesAsText("participants")).containsExactly("6", "4");
    assertThat(jdbc.queryForObject("select count(*) from annual_evaluation where round_id = ? and status = 'STARTED' "
        + "and allowance_tier = 1 and process_instance_id is not null", Integer.class, id)).isEqualTo(10);
    refused(open(city.reviewer, body), 409, "round_exists");
    assertThat(Api.as(rest, "hereviewer").get("/api/evaluations/rounds/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "sjzreviewer").get("/api/evaluations/rounds/" + id).getStatusCode())
        .as("another city").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, city.clerk(0), EvaluationCity.PASSWORD).get("/api/evaluations/rounds/" + id)
        .getStatusCode()).as("a county does not reach its city's round").isEqualTo(HttpStatus.NOT_FOUND);

    EvaluationCity empty = city(0);
    refused(open(empty.reviewer, Map.of("orgCode", empty.code, "year", YEAR)), 409, "no_workers");
    EvaluationCity byProvince = city(1);
    ResponseEntity<JsonNode> forOneCity = Api.as(rest, "hereviewer").post("/api/evaluations/rounds",
        Map.of("orgCode", byProvince.code, "year", YEAR - 1));
    assertThat(forOneCity.getStatusCode()).as("a province reviewer opens one city's round").isEqualTo(
        HttpStatus.ACCEPTED);
  }

  @Test
  void shouldTakeEachProposalFromTheProposingCountysClerksOnly() {
    EvaluationCity city = city(2, 1);
    Worker first = city.workers(0).get(0);
    daily(first.id(), "DUTY", 5, null);
    daily(first.id(), "DUTY", 4, null);
    daily(first.id(), "ATTENDANCE", null, "PRESENT");
    openAndStart(city, YEAR);
    String task = task(city.clerk(0), instanceOf(first), "propose-evaluation");

    assertThat(taskVariable(city.clerk(0), task, "dailySummary")).contains("岗位职责 2 条", "平均 4.50 分", "出勤 1 天");
    assertThat(complete(city.clerk(1), task, EXCELLENT).getStatusCode()).as("another county's clerk")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete("zdworker", task, EXCELLENT).getStatusCode()).as("a worker").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete("lcclerk", task, EXCELLENT).getStatusCode()).as("a clerk of another city")
        .isEqualTo(HttpStatus.FORBIDDEN);
    refused(complete(city.clerk(0), task, with(EXCELLENT, "score", 101)), 400, "score");
    refused(complete(city.clerk(0), task, with(EXCELLENT, "unreportedIncidents", -1)), 400, "unreportedIncidents");
    Map<String, Object> missing = new LinkedHashMap<>(EXCELLENT);
    missing.remove("satisfactionRate");
    refused(complete(city.clerk(0), task, missing), 400, "satisfactionRate");
    assertThat(status(first)).as("nothing recorded by a refusal").isEqualTo("STARTED");

    assertThat(complete(city.clerk(0), task, EXCELLENT).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> row = jdbc.queryForMap("select status, suggested_outcome, proposed_by, score from "
        + "annual_evaluation where worker_id = ? and year = ?", first.id(), YEAR);
    assertThat(row.get("status")).isEqualTo("PROPOSED");
    assertThat(row.get("suggested_outcome")).isEqualTo("EXCELLENT");
    assertThat(row.get("proposed_by")).isEqualTo(city.clerk(0));
    assertThat(new BigDecimal(row.get("score").toString())).isEqualByComparingTo("95");
  }

  @Test
  void shouldKeepARateJustUnderNinetyPercentFromExcellent() {
    EvaluationCity city = city(1);
    Worker worker = city.workers(0).get(0);
    openAndStart(city, YEAR);
    String task = task(city.clerk(0), instanceOf(worker), "propose-evaluation");
    refused(complete(city.clerk(0), task, with(EXCELLENT, "satisfactionRate", 89.555)), 400, "satisfactionRate");
    refused(complete(city.clerk(0), task, with(EXCELLENT, "satisfactionRate", "89.5")), 400, "satisfactionRate");
    refused(complete(city.clerk(0), task, with(EXCELLENT, "satisfactionRate", 100.01)), 400, "satisfactionRate");
    refused(complete(city.clerk(0), task, with(EXCELLENT, "score", Map.of("value", "NaN", "type", "Double"))), 400,
        "score");
    assertThat(status(worker)).as("nothing recorded by a refusal").isEqualTo("STARTED");

    // Art. 27: a satisfaction rate under 90 % bars EXCELLENT; 89.5 is under it, not rounded up to it.
    assertThat(complete(city.clerk(0), task, with(EXCELLENT, "satisfactionRate", 89.5)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> row = jdbc.queryForMap("select suggested_outcome, score, satisfaction_rate from "
        + "annual_evaluation where worker_id = ? and year = ?", worker.id(), YEAR);
    assertThat(row.get("suggested_outcome")).isEqualTo("QUALIFIED");
    assertThat(row.get("satisfaction_rate")).isEqualTo(new BigDecimal("89.50"));
    assertThat(row.get("score")).isEqualTo(new BigDecimal("95.00"));
  }

  @Test
  void shouldGrantExcellentToAtMostThirtyPercentOfTheCitysParticipants() {
    EvaluationCity city = city(6, 4);
    long round = openAndStart(city, YEAR);
    List<Worker> a = city.workers(0);
    List<Worker> b = city.workers(1);
    for (int i = 0; i < 4; i++) {
      propose(city, 0, a.get(i), EXCELLENT);
    }
    propose(city, 0, a.get(4), QUALIFIED);
    propose(city, 0, a.get(5), BASIC);
    propose(city, 1, b.get(0), EXCELLENT);
    String decideA = decideTask(city, 0);
    String decideB = decideTask(city, 1);
    refused(decide(city.reviewer, decideB, ids(b.get(0))), 409, "proposals_pending");
    assertThat(lastBody.path("message").asText()).contains("尚有 3 名");
    for (int i = 1; i < 4; i++) {
      propose(city, 1, b.get(i), QUALIFIED);
    }
    // Claiming the decision brings its proposals and options up to date (they were drawn when the round started).
    assertThat(as(city.reviewer).post("/engine-rest/task/" + decideA + "/claim", Map.of("userId", city.reviewer))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskVariable(city.reviewer, decideA, "proposals")).contains("建议等次 优秀", "建议等次 基本合格");

    assertThat(decide(city.clerk(0), decideA, ids(a.get(0))).getStatusCode()).as("a county's clerk")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(decide("hereviewer", decideA, ids(a.get(0))).getStatusCode()).as("the province's reviewer")
        .isEqualTo(HttpStatus.FORBIDDEN);
    refused(decide(city.reviewer, decideA, ids(a.get(4))), 400, "excellentGranted");
    refused(decide(city.reviewer, decideA, ids(a.get(0), a.get(1), a.get(2), a.get(3))), 409, "excellent_cap");
    assertThat(lastBody.path("message").asText())
        .contains("优秀等次不得超过参评人数的 30%：参评 10 人，至多 3 人，已评定 0 人，本次拟评定 4 人");

    assertThat(decide(city.reviewer, decideA, ids(a.get(0), a.get(1), a.get(2))).getStatusCode())
        .as("3 of 10").isEqualTo(HttpStatus.NO_CONTENT);
    refused(decide(city.reviewer, decideB, ids(b.get(0))), 409, "excellent_cap");
    assertThat(lastBody.path("message").asText()).contains("已评定 3 人，本次拟评定 1 人");
    assertThat(decide(city.reviewer, decideB, ids()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    awaitApplied(round, 10);
    assertThat(outcome(a.get(0))).isEqualTo("EXCELLENT");
    assertThat(outcome(a.get(3))).as("suggested EXCELLENT, not ticked").isEqualTo("QUALIFIED");
    assertThat(outcome(a.get(4))).isEqualTo("QUALIFIED");
    assertThat(outcome(a.get(5))).isEqualTo("BASIC");
    assertThat(outcome(b.get(0))).as("suggested EXCELLENT, over the cap").isEqualTo("QUALIFIED");
    JsonNode progress = Api.as(rest, city.reviewer, EvaluationCity.PASSWORD).get("/api/evaluations/rounds/" + round)
        .getBody();
    assertThat(progress.path("decided").asInt()).isEqualTo(10);
    assertThat(progress.path("excellent").asInt()).isEqualTo(3);

    // The consequences of Art. 29: the bonus from the pay tables, next year's tier, the talent record.
    LocalDate lastDay = LocalDate.of(YEAR, 12, 31);
    String unit = a.get(0).unitCode();
    JsonNode excellent = evaluation(city.clerk(0), a.get(0));
    assertThat(new BigDecimal(excellent.path("bonusAmount").asText())).isEqualByComparingTo(
        pay.yearEndBonus(unit, Grade.ENTRY, 1, lastDay, 130)).isPositive();
    assertThat(excellent.path("bonusPercent").asInt()).isEqualTo(130);
    assertThat(excellent.path("nextAllowanceTier").asInt()).isEqualTo(2);
    assertThat(excellent.path("outcomeLabel").asText()).isEqualTo("优秀");
    assertThat(excellent.path("statusLabel").asText()).isEqualTo("已公布");
    JsonNode basic = evaluation(city.clerk(0), a.get(5));
    assertThat(new BigDecimal(basic.path("bonusAmount").asText())).isEqualByComparingTo(
        pay.yearEndBonus(unit, Grade.ENTRY, 1, lastDay, 50));
    assertThat(basic.path("nextAllowanceTier").asInt()).isEqualTo(1);
    assertThat(basic.path("retrainingRequired").asBoolean()).isTrue();
    assertThat(basic.path("replaceWorker").asBoolean()).isFalse();
    assertThat(talent.history(a.get(0).id())).extracting(TalentEvent::kind).contains(TalentEventKind.EVALUATED);

    // Who sees which evaluations: a county its own, the city all, a worker their own.
    assertThat(list(city.clerk(0), "/api/evaluations?year=" + YEAR)).hasSize(6);
    assertThat(list(city.clerk(1), "/api/evaluations?year=" + YEAR)).hasSize(4);
    assertThat(list(city.reviewer, "/api/evaluations?year=" + YEAR)).hasSize(10);
    assertThat(list(city.workerUser, "/api/evaluations")).extracting(e -> e.path("workerId").asLong())
        .containsExactly(a.get(0).id());
    assertThat(Api.as(rest, city.clerk(1), EvaluationCity.PASSWORD).get("/api/evaluations/"
        + evaluationId(a.get(0))).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, city.workerUser, EvaluationCity.PASSWORD).get("/api/evaluations/"
        + evaluationId(a.get(1))).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "zdclerk").get("/api/evaluations?org=" + city.code).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldKeepTheCapWhenTwoCountiesOfOneCityDecideAtOnce() throws Exception {
    EvaluationCity city = city(5, 5);
    openAndStart(city, YEAR);
    for (int county = 0; county < 2; county++) {
      for (Worker worker : city.workers(county)) {
        propose(city, county, worker, EXCELLENT);
      }
    }
    String decideA = decideTask(city, 0);
    String decideB = decideTask(city, 1);
    List<Worker> a = city.workers(0);
    List<Worker> b = city.workers(1);

    List<Integer> statuses = atOnce(
        () -> decide(city.reviewer, decideA, ids(a.get(0), a.get(1))).getStatusCode().value(),
        () -> decide(city.reviewer, decideB, ids(b.get(0), b.get(1))).getStatusCode().value());

    assertThat(statuses).as("2 + 2 asked at once, 3 allowed").containsExactlyInAnyOrder(204, 409);
    assertThat(jdbc.queryForObject("select count(*) from annual_evaluation e join evaluation_round r on r.id = "
        + "e.round_id where r.city_code = ? and e.decided_outcome = 'EXCELLENT'", Integer.class, city.code))
        .isEqualTo(2);
  }

  @Test
  void shouldTakeBothDecisionsOfOneCityAtOnceWhenBothFitTheCap() throws Exception {
    EvaluationCity city = city(5, 5);
    long round = openAndStart(city, YEAR);
    for (int county = 0; county < 2; county++) {
      for (Worker worker : city.workers(county)) {
        propose(city, county, worker, EXCELLENT);
      }
    }
    String decideA = decideTask(city, 0);
    String decideB = decideTask(city, 1);

    // 1 + 1 of 3 places: neither may fail, not even on the round's own multi-instance counters.
    List<Integer> statuses = atOnce(
        () -> decide(city.reviewer, decideA, ids(city.workers(0).get(0))).getStatusCode().value(),
        () -> decide(city.reviewer, decideB, ids(city.workers(1).get(0))).getStatusCode().value());

    assertThat(statuses).containsExactly(204, 204);
    awaitApplied(round, 10);
    assertThat(jdbc.queryForObject("select count(*) from annual_evaluation where round_id = ? and outcome = "
        + "'EXCELLENT'", Integer.class, round)).isEqualTo(2);
  }

  @Test
  void shouldDecideTwoCitiesAtOnceWithoutEitherCountingTheOther() throws Exception {
    EvaluationCity first = city(10);
    EvaluationCity second = city(10);
    openAndStart(first, YEAR);
    openAndStart(second, YEAR);
    for (EvaluationCity city : List.of(first, second)) {
      for (Worker worker : city.workers(0)) {
        propose(city, 0, worker, EXCELLENT);
      }
    }
    String decideFirst = decideTask(first, 0);
    String decideSecond = decideTask(second, 0);

    List<Integer> statuses = atOnce(
        () -> decide(first.reviewer, decideFirst, ids(first.workers(0).subList(0, 3).toArray(Worker[]::new)))
            .getStatusCode().value(),
        () -> decide(second.reviewer, decideSecond, ids(second.workers(0).subList(0, 3).toArray(Worker[]::new)))
            .getStatusCode().value());

    assertThat(statuses).containsExactly(204, 204);
  }

  @Test
  void shouldMakeTheOutcomeFinalWhenTheAppealWindowCloses() {
    EvaluationCity city = city(3);
    long round = openAndStart(city, YEAR);
    List<Worker> workers = city.workers(0);
    propose(city, 0, workers.get(0), EXCELLENT);
    propose(city, 0, workers.get(1), QUALIFIED);
    propose(city, 0, workers.get(2), QUALIFIED);
    // Three participants leave no place for EXCELLENT (floor(3 × 30 / 100) = 0): the suggestion becomes QUALIFIED.
    assertThat(decide(city.reviewer, decideTask(city, 0), ids()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    awaitApplied(round, 3);

    // The worker with an account reads the outcome and how to appeal, until the window's end.
    String read = task(city.workerUser, instanceOf(workers.get(0)), "read-outcome");
    assertThat(taskVariable(city.workerUser, read, "outcomeLabel")).isEqualTo("合格");
    assertThat(taskVariable(city.workerUser, read, "appealUntil")).contains("申请复核或申诉", city.name);
    assertThat(complete(city.workerUser, read, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // An appeal filed and unanswered at the window's end holds the outcome until it is answered.
    long appealed = evaluationId(workers.get(1));
    jdbc.update("insert into evaluation_appeal (evaluation_id, reason, filed_by, filed_at, reviewer_code, due_at, "
        + "original_outcome) values (?, '评价测试：不服', 'evaluation-test', ?, ?, ?, 'QUALIFIED')", appealed,
        LocalDateTime.now(CHINA), city.code, LocalDateTime.now(CHINA).plusDays(14));
    for (Worker worker : workers) {
      closeWindow(worker);
    }

    assertThat(status(workers.get(0))).isEqualTo("FINAL");
    assertThat(status(workers.get(2))).isEqualTo("FINAL");
    assertThat(status(workers.get(1))).isEqualTo("DECIDED");
    String held = instanceOf(workers.get(1));
    assertThat(runtime.createExecutionQuery().processInstanceId(held).activityId("wait-appeal-answer").count())
        .isEqualTo(1);
    jdbc.update("update evaluation_appeal set decision = 'DISMISS', reply = '维持原评价' where evaluation_id = ?",
        appealed);
    runtime.createMessageCorrelation(EvaluationProcess.APPEAL_ANSWERED_MESSAGE).processInstanceId(held).correlate();
    await().atMost(Duration.ofSeconds(60)).until(() -> "FINAL".equals(status(workers.get(1))));
    for (Worker worker : workers) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceOf(worker)).count())
          .as("no follow-up after %s", outcome(worker)).isZero();
    }
  }

  @Test
  void shouldRetrainAfterABasicYearAndReplaceAfterTwo() {
    EvaluationCity city = city(1);
    Worker worker = city.workers(0).get(0);
    long first = openAndStart(city, YEAR - 1);
    propose(city, 0, worker, BASIC, YEAR - 1);
    assertThat(decide(city.reviewer, decideTask(city, 0, first), ids()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    awaitApplied(first, 1);
    closeWindow(worker, YEAR - 1);
    String retraining = task(city.clerk(0), instanceOf(worker, YEAR - 1), "arrange-retraining");
    refused(complete(city.clerk(0), retraining, Map.of("trainingDate", "2999-01-01", "trainingContent", "实务培训")),
        400, "trainingDate");
    refused(complete(city.clerk(0), retraining, Map.of("trainingDate", "2001-01-01", "trainingContent", "实务培训")),
        400, "trainingDate");
    assertThat(complete(city.clerk(0), retraining, Map.of("trainingDate", LocalDate.now(CHINA).toString(),
        "trainingContent", "社会工作实务 16 学时")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(talent.history(worker.id())).extracting(TalentEvent::kind).contains(TalentEventKind.TRAINED);

    long second = openAndStart(city, YEAR);
    propose(city, 0, worker, BASIC, YEAR);
    assertThat(decide(city.reviewer, decideTask(city, 0, second), ids()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    awaitApplied(second, 1);
    JsonNode twice = evaluation(city.clerk(0), worker, YEAR);
    assertThat(twice.path("previousOutcome").asText()).isEqualTo("BASIC");
    assertThat(twice.path("replaceWorker").asBoolean()).as("BASIC two years running").isTrue();
    closeWindow(worker, YEAR);
    String instance = instanceOf(worker, YEAR);
    String replace = task(city.clerk(0), instance, "replace-worker");
    task(city.clerk(0), instance, "arrange-retraining");

    refused(complete(city.clerk(0), replace, Map.of()), 409, "not_replaced");
    talent.leave(worker.id(), LocalDate.now(CHINA), "评价测试：连续两年基本合格，由承接方更换", "evaluation-test");
    refused(complete(city.clerk(0), replace, Map.of()), 409, "not_replaced");
    talent.hire(TalentFixtures.newWorker(worker.postId(), null), "evaluation-test");
    assertThat(complete(city.clerk(0), replace, Map.of("replacementNote", "已由新的服务人员接替")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void shouldOpenTheProvincesRoundForEachCityWithWorkers() {
    String province = "E" + Long.toString(System.nanoTime() % 1296L, 36).toUpperCase();
    orgs.save(new Organisation(province, null, "评价测试省总工会" + province, OrgType.PROVINCE, null, null, null));
    String reviewer = "evp" + province.toLowerCase();
    var user = identity.newUser(reviewer);
    user.setFirstName("评价测试");
    user.setLastName("省级审核");
    user.setPassword(EvaluationCity.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(reviewer, province);
    identity.createMembership(reviewer, "reviewer");
    EvaluationCity withWorkers = city(province, 2);
    EvaluationCity without = city(province, 0);
    EvaluationCity other = city(province, 1, 1);
    assertThat(Api.as(rest, "hereviewer").post("/api/evaluations/rounds", Map.of("orgCode", province, "year", YEAR))
        .getStatusCode()).as("another province's reviewer").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(open(withWorkers.reviewer, Map.of("orgCode", province, "year", YEAR)).getStatusCode())
        .as("a city's reviewer for the province").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> opened = Api.as(rest, reviewer, EvaluationCity.PASSWORD).post("/api/evaluations/rounds",
        Map.of("orgCode", province, "year", YEAR));

    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(opened.getBody().findValuesAsText("cityCode")).containsExactlyInAnyOrder(withWorkers.code, other.code)
        .doesNotContain(without.code);
    assertThat(opened.getBody().findValuesAsText("participants")).containsExactlyInAnyOrder("2", "2");
    for (JsonNode round : opened.getBody()) {
      await().atMost(Duration.ofSeconds(90)).until(() -> Api.as(rest, reviewer, EvaluationCity.PASSWORD)
          .get("/api/evaluations/rounds/" + round.path("id").asText()).getBody().path("started").asInt() == 2);
    }
    ResponseEntity<JsonNode> again = Api.as(rest, reviewer, EvaluationCity.PASSWORD).post("/api/evaluations/rounds",
        Map.of("orgCode", province, "year", YEAR));
    refused(again, 409, "round_exists");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private JsonNode lastBody;

  private EvaluationCity city(int... workers) {
    return city("HE", workers);
  }

  private EvaluationCity city(String parent, int... workers) {
    return EvaluationCity.create(parent, orgs, identity, jdbc, talent, workers);
  }

  private ResponseEntity<JsonNode> open(String user, Map<String, Object> body) {
    return as(user).post("/api/evaluations/rounds", body);
  }

  private long openAndStart(EvaluationCity city, int year) {
    ResponseEntity<JsonNode> opened = open(city.reviewer, Map.of("orgCode", city.code, "year", year));
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    long id = opened.getBody().get(0).path("id").asLong();
    awaitStarted(city, id);
    return id;
  }

  private JsonNode awaitStarted(EvaluationCity city, long round) {
    JsonNode[] last = new JsonNode[1];
    await().atMost(Duration.ofSeconds(90)).until(() -> {
      last[0] = as(city.reviewer).get("/api/evaluations/rounds/" + round).getBody();
      return last[0].path("started").asInt() == last[0].path("participants").asInt()
          && runtime.createExecutionQuery().processInstanceId(jdbc.queryForObject("select process_instance_id from "
              + "evaluation_round where id = ?", String.class, round)).activityId("decide-evaluations").count() > 0;
    });
    return last[0];
  }

  /**
   * Every evaluation of the round decided and its consequences applied (by the batch, then its own job, which
   * commits the consequences with the instance moved on to the appeal window).
   */
  private void awaitApplied(long round, int count) {
    await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject("select count(*) from annual_evaluation "
        + "where round_id = ? and consequences_at is not null", Integer.class, round) == count);
  }

  private void propose(EvaluationCity city, int county, Worker worker, Map<String, Object> facts) {
    propose(city, county, worker, facts, YEAR);
  }

  private void propose(EvaluationCity city, int county, Worker worker, Map<String, Object> facts, int year) {
    String task = task(city.clerk(county), instanceOf(worker, year), "propose-evaluation");
    ResponseEntity<JsonNode> done = complete(city.clerk(county), task, facts);
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The appeal window's timers of the worker's evaluation, due at its end, run (the engine clock's moment). */
  private void closeWindow(Worker worker) {
    closeWindow(worker, YEAR);
  }

  private void closeWindow(Worker worker, int year) {
    String instance = instanceOf(worker, year);
    LocalDateTime published = jdbc.queryForObject("select published_at from annual_evaluation where worker_id = ? "
        + "and year = ?", LocalDateTime.class, worker.id(), year);
    Date end = evaluations.appealWindowEnd(evaluationId(worker, year));
    assertThat(end.toInstant()).isAfter(published.atZone(CHINA).toInstant().plus(Duration.ofDays(13)));
    List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
    assertThat(timers).isNotEmpty().allSatisfy(timer -> assertThat(timer.getDuedate()).isEqualTo(end));
    for (Job timer : timers) {
      management.executeJob(timer.getId());
    }
  }

  private String decideTask(EvaluationCity city, int county) {
    return decideTask(city, county, jdbc.queryForObject("select id from evaluation_round where city_code = ? "
        + "and year = ?", Long.class, city.code, YEAR));
  }

  private String decideTask(EvaluationCity city, int county, long round) {
    String instance = jdbc.queryForObject("select process_instance_id from evaluation_round where id = ?",
        String.class, round);
    JsonNode tasks = as(city.reviewer).get("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=decide-evaluations&maxResults=50").getBody();
    for (JsonNode task : tasks) {
      if (task.path("name").asText().equals("审定 " + city.countyName.get(city.county(county)) + " 年度评价")) {
        return task.path("id").asText();
      }
    }
    throw new AssertionError("no decision for " + city.county(county) + " among " + tasks);
  }

  private ResponseEntity<JsonNode> decide(String user, String task, String granted) {
    return complete(user, task, Map.of("excellentGranted", Map.of("value", granted, "type", "Json"),
        "comment", "评价测试：同意"));
  }

  /** The checklist's ticks as Tasklist sends them: a JSON array of the workers' evaluation ids (this year's). */
  private String ids(Worker... workers) {
    List<String> ids = new ArrayList<>();
    for (Worker worker : workers) {
      ids.add("\"" + evaluationId(worker) + "\"");
    }
    return "[" + String.join(",", ids) + "]";
  }

  private String task(String user, String instance, String key) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key
        + "&maxResults=10").getBody();
    assertThat(tasks).as("%s sees %s of %s", user, key, instance).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private String taskVariable(String user, String task, String name) {
    return as(user).get("/engine-rest/task/" + task + "/form-variables?variableNames=" + name).getBody().path(name)
        .path("value").asText();
  }

  /** Completes a task through engine REST, each value typed as a form sends it (a map is sent as it is). */
  private ResponseEntity<JsonNode> complete(String user, String task, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof Map ? value : Map.of("value", value)));
    ResponseEntity<JsonNode> answer = as(user).post("/engine-rest/task/" + task + "/complete",
        Map.of("variables", variables));
    lastBody = answer.getBody();
    return answer;
  }

  private void refused(ResponseEntity<JsonNode> answer, int status, String errorOrField) {
    lastBody = answer.getBody();
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
    String error = answer.getBody().path("error").asText();
    assertThat(error.equals(errorOrField) || error.equals("invalid_" + errorOrField)
        || answer.getBody().path("message").asText().startsWith(errorOrField))
        .as("%s names %s", answer.getBody(), errorOrField).isTrue();
  }

  private Api as(String user) {
    return user.startsWith("ev") ? Api.as(rest, user, EvaluationCity.PASSWORD) : Api.as(rest, user);
  }

  private List<JsonNode> list(String user, String path) {
    ResponseEntity<JsonNode> answer = as(user).get(path);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    List<JsonNode> items = new ArrayList<>();
    answer.getBody().forEach(items::add);
    return items;
  }

  private JsonNode evaluation(String user, Worker worker) {
    return evaluation(user, worker, YEAR);
  }

  private JsonNode evaluation(String user, Worker worker, int year) {
    ResponseEntity<JsonNode> answer = as(user).get("/api/evaluations/" + evaluationId(worker, year));
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private long evaluationId(Worker worker) {
    return evaluationId(worker, YEAR);
  }

  private long evaluationId(Worker worker, int year) {
    return jdbc.queryForObject("select id from annual_evaluation where worker_id = ? and year = ?", Long.class,
        worker.id(), year);
  }

  private String instanceOf(Worker worker) {
    return instanceOf(worker, YEAR);
  }

  private String instanceOf(Worker worker, int year) {
    return jdbc.queryForObject("select process_instance_id from annual_evaluation where worker_id = ? and year = ?",
        String.class, worker.id(), year);
  }

  private String status(Worker worker) {
    return jdbc.queryForObject("select status from annual_evaluation where worker_id = ? and year = ?", String.class,
        worker.id(), YEAR);
  }

  private String outcome(Worker worker) {
    return jdbc.queryForObject("select outcome from annual_evaluation where worker_id = ? and year = ?", String.class,
        worker.id(), YEAR);
  }

  private void daily(long workerId, String kind, Integer rating, String attendance) {
    jdbc.update("insert into evaluation_daily_entry (worker_id, entry_date, kind, rating, attendance, note, "
        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, '评价测试', 'evaluation-test', ?)", workerId,
        LocalDate.of(YEAR, 1, 5), kind, rating, attendance, LocalDateTime.now(CHINA));
  }

  @SafeVarargs
  private static List<Integer> atOnce(Callable<Integer>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        answers.add(pool.submit(() -> {
          go.await();
          return call.call();
        }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Object> facts(int score, int satisfaction, int incidents, boolean keyTasks) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("score", score);
    facts.put("satisfactionRate", satisfaction);
    facts.put("unreportedIncidents", incidents);
    facts.put("keyTasksCompleted", keyTasks);
    facts.put("seriousMisconduct", false);
    facts.put("incompetent", false);
    facts.put("severe", false);
    facts.put("proposalNote", "评价测试");
    return facts;
  }

  private static Map<String, Object> with(Map<String, Object> facts, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(facts);
    changed.put(name, value);
    return changed;
  }
}
