package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Elements.*;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.StepWorkingDays;
import cn.unionsw.platform.procurement.ProcurementProcess.AwardDecision;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of post-procurement, with the real delegates and listeners over a mocked round service. */
@Deployment(resources = "processes/post-procurement.bpmn")
class PostProcurementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Organisation SJZ = new Organisation("HE-SJZ", "HE", "石家庄市总工会", OrgType.CITY, null, null,
      null);
  private static final Map<String, String> ORGS = Map.of("sjzclerk", "HE-SJZ", "zdclerk", "HE-SJZ-ZD", "lcclerk",
      "HE-SJZ-LC", "sjzreviewer", "HE-SJZ");
  private static final Map<String, String> ROLES = Map.of("sjzclerk", "clerk", "zdclerk", "clerk", "lcclerk",
      "clerk", "sjzreviewer", "reviewer");

  ProcessEngine engine;
  ProcessInstance current;
  final PurchaseRounds rounds = mock(PurchaseRounds.class);
  final OrgAccess access = mock(OrgAccess.class);
  final JavaDelegate sign = mock(JavaDelegate.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    when(access.reachOf(anyString())).thenAnswer(call -> {
      String user = call.getArgument(0);
      return new Reach(user, false, List.of(ORGS.get(user)), List.of(ROLES.get(user)));
    });
    Mocks.register("openRoundDelegate", new OpenRoundDelegate(rounds, access));
    Mocks.register("aggregatePlanDelegate", new AggregatePlanDelegate(rounds));
    Mocks.register("scoreBidsDelegate", new ScoreBidsDelegate(rounds));
    Mocks.register("signContractsDelegate", sign);
    Mocks.register("roundTaskListener", new RoundTaskListener(rounds));
    Mocks.register("roundEndListener", new RoundEndListener(rounds));
    Mocks.register("purchaseRounds", rounds);
    Mocks.register("workdays", SeededCalendar.expressions());
    // procurement-deadlines' defaults (its table test holds them there)
    StepWorkingDays stepDays = mock(StepWorkingDays.class);
    when(stepDays.of(eq("procurement-deadlines"), anyString())).thenAnswer(call -> Map.of("estimate-cost", 10,
        "publish-plan", 10, "record-bid", 25, "award-contract", 5).get(call.getArgument(1, String.class)));
    Mocks.register("stepWorkingDays", stepDays);

    when(rounds.open(anyString(), anyString(), eq("HE-SJZ"), eq("sjzclerk"), eq(2027), eq("2027-01-01")))
        .thenReturn(new PurchaseRounds.Opened(7, SJZ));
    when(rounds.purchasers(7)).thenReturn(List.of("HE-SJZ-LC", "HE-SJZ-ZD"));
    when(rounds.estimateSummary(eq(7L), anyString())).thenAnswer(call -> "测算 " + call.getArgument(1));
    when(rounds.plan(7)).thenReturn(new PurchaseRounds.Plan(new BigDecimal("900000.00"), "合计：6 个岗位"));
    when(rounds.bidsSummary(7)).thenReturn("尚未录入投标。");
    when(rounds.publishedAt(7)).thenAnswer(call -> ClockUtil.getCurrentTime());
    when(rounds.score(7)).thenReturn(result("911301007000000001"));
    when(rounds.scoringSummary(eq(7L), any())).thenReturn("第 1 名 …");
    when(rounds.award(eq(7L), eq(AwardDecision.AWARD), any(), anyString())).thenReturn("911301007000000001");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldEstimatePlanPublishScoreAwardAndSign() throws Exception {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(ESTIMATE_COST).variables().containsEntry(ROUND_ID.name(), 7)
        .containsEntry(CITY_CODE.name(), "HE-SJZ");
    assertThat(estimateOf("HE-SJZ-ZD")).isNotNull();
    assertThat(engine.getTaskService().getVariable(estimateOf("HE-SJZ-LC").getId(), ESTIMATE_SUMMARY.name()))
        .isEqualTo("测算 HE-SJZ-LC");
    file("zdclerk", "HE-SJZ-ZD", "张三", "0311-88880001");
    file("lcclerk", "HE-SJZ-LC", "李四", "0311-88880002");
    // Each county's filing went to its own estimate: the parallel tasks never shared their fields.
    verify(rounds).file(7, "HE-SJZ-ZD", "张三", "0311-88880001", null, "zdclerk");
    verify(rounds).file(7, "HE-SJZ-LC", "李四", "0311-88880002", null, "lcclerk");

    assertThat(instance).isWaitingAt(PUBLISH_PLAN).variables().containsEntry(PLAN_SUMMARY.name(), "合计：6 个岗位");
    complete("sjzclerk", Map.of(PROCUREMENT_METHOD.name(), "OPEN_TENDER", PRICE_WEIGHT.name(), 25));
    verify(rounds).publish(eq(7L), eq(ProcurementMethod.OPEN_TENDER), isNull(), eq(25), eq("sjzclerk"));

    bid("911301007000000001", true);
    bid("911301007000000002", true);
    assertThat(instance).isWaitingAt(RECORD_BID);
    bid("911301007000000003", false);
    verify(rounds, times(3)).recordBid(eq(7L), anyString(), eq("800000"), eq(false), eq("85 90"), eq("80 88"),
        eq("78 82"), any(Boolean.class), eq("sjzclerk"));

    assertThat(instance).isWaitingAt(AWARD_CONTRACT).variables()
        .containsEntry(SCORING_SUMMARY.name(), "第 1 名 …").containsEntry(PROPOSED_WINNER.name(), "911301007000000001");
    complete("sjzclerk", Map.of(AWARD_DECISION.name(), "AWARD"));

    assertThat(instance).hasPassedInOrder(OPEN_ROUND, ESTIMATE_COST, AGGREGATE_PLAN, PUBLISH_PLAN, RECORD_BID,
        SCORE_BIDS, AWARD_CONTRACT, SIGN_CONTRACTS).isEnded().hasPassed(END_AWARDED);
    verify(sign).execute(any());
  }

  @Test
  void shouldCloseTheRoundWithoutAnAwardWhenTheCityFailsIt() throws Exception {
    ProcessInstance instance = throughBids();
    when(rounds.award(7, AwardDecision.FAIL, "有效投标不足三家", "sjzclerk")).thenReturn(null);

    complete("sjzclerk", Map.of(AWARD_DECISION.name(), "FAIL", AWARD_COMMENT.name(), "有效投标不足三家"));

    assertThat(instance).isEnded().hasPassed(END_FAILED).hasNotPassed(SIGN_CONTRACTS);
    verify(sign, never()).execute(any());
  }

  @Test
  void shouldCancelTheRoundWhenItsCaseIsDeleted() {
    ProcessInstance instance = start();

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "县级工会未报送，撤销本轮");

    verify(rounds).cancelIfOpen(instance.getId(), "县级工会未报送，撤销本轮");
  }

  @Test
  void shouldKeepTheEstimateOpenWhenItsFilingIsRefused() {
    start();
    doThrow(Refusal.invalid(CONTACT_PHONE.name(), "联系电话须为 5–30 位数字"))
        .when(rounds).file(anyLong(), eq("HE-SJZ-ZD"), any(), eq("x"), any(), anyString());

    assertThatThrownBy(() -> file("zdclerk", "HE-SJZ-ZD", "张三", "x"))
        .rootCause().isInstanceOf(Refusal.class).hasMessageContaining(CONTACT_PHONE.name());

    assertThat(estimateOf("HE-SJZ-ZD")).isNotNull();
    file("zdclerk", "HE-SJZ-ZD", "张三", "0311-88880001");
    assertThat(estimateOf("HE-SJZ-ZD")).isNull();
  }

  @Test
  void shouldLetOnlyTheEstimatesOwnCountyFileIt() {
    start();
    Task zhengding = estimateOf("HE-SJZ-ZD");

    assertThatThrownBy(() -> completeTask("lcclerk", zhengding, filing("李四", "0311-88880002")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> completeTask("sjzreviewer", zhengding, filing("王五", "0311-88880003")))
        .isInstanceOf(AuthorizationException.class);
    verify(rounds, never()).file(anyLong(), anyString(), any(), any(), any(), anyString());
  }

  @Test
  void shouldDueEachEstimateAtTheEndOfTheTenthWorkingDay() {
    // Monday 2026-09-21: ten working days skip the National Day holiday (1–7 October) and its weekends.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 21, 10, 0).atZone(BEIJING).toInstant()));
    start();

    Date due = estimateOf("HE-SJZ-ZD").getDueDate();
    assertThat(due.toInstant().atZone(BEIJING).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 12, 23, 59, 59));
  }

  @Test
  void shouldDueEachCityStepByItsOwnWorkingDays() {
    // Thursday 2026-12-03; the decision's defaults: publish within 10, bids within 25, award within 5 working days.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 3, 10, 0).atZone(BEIJING).toInstant()));
    throughBids();

    assertThat(dueOf(AWARD_CONTRACT)).isEqualTo(LocalDateTime.of(2026, 12, 10, 23, 59, 59));
  }

  @Test
  void shouldRefuseAnAwardTheRoundServiceRefusesAndKeepTheTaskOpen() throws Exception {
    ProcessInstance instance = throughBids();
    when(rounds.award(eq(7L), eq(AwardDecision.AWARD), any(), anyString()))
        .thenThrow(Refusal.invalid(AWARD_DECISION.name(), "没有唯一排名第一的有效投标"));

    assertThatThrownBy(() -> complete("sjzclerk", Map.of(AWARD_DECISION.name(), "AWARD")))
        .rootCause().isInstanceOf(Refusal.class).hasMessageContaining(AWARD_DECISION.name());
    assertThat(instance).isWaitingAt(AWARD_CONTRACT);
    verify(sign, never()).execute(any());
  }

  private LocalDateTime dueOf(String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(current.getId())
        .taskDefinitionKey(taskKey).singleResult();
    return task.getDueDate().toInstant().atZone(BEIJING).toLocalDateTime();
  }

  private ProcessInstance throughBids() {
    ProcessInstance instance = start();
    file("zdclerk", "HE-SJZ-ZD", "张三", "0311-88880001");
    file("lcclerk", "HE-SJZ-LC", "李四", "0311-88880002");
    complete("sjzclerk", Map.of(PROCUREMENT_METHOD.name(), "OPEN_TENDER", PRICE_WEIGHT.name(), 20));
    bid("911301007000000001", false);
    return instance;
  }

  private ProcessInstance start() {
    login("sjzclerk");
    try {
      current = engine.getRuntimeService().startProcessInstanceByKey(ProcurementProcess.KEY,
          Map.of(ROUND_YEAR.name(), 2027, SERVICE_START.name(), "2027-01-01"));
      return current;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task estimateOf(String purchaser) {
    return engine.getTaskService().createTaskQuery().processInstanceId(current.getId())
        .taskDefinitionKey(ESTIMATE_COST).taskCandidateGroup(purchaser).singleResult();
  }

  private void file(String clerk, String purchaser, String person, String phone) {
    completeTask(clerk, estimateOf(purchaser), filing(person, phone));
  }

  private static Map<String, Object> filing(String person, String phone) {
    return Map.of(CONTACT_PERSON.name(), person, CONTACT_PHONE.name(), phone);
  }

  private void bid(String creditCode, boolean more) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BIDDER_CREDIT_CODE.name(), creditCode);
    variables.put(BID_PRICE.name(), "800000");
    variables.put(SUBCONTRACTING.name(), false);
    variables.put(CAPABILITY_SCORES.name(), "85 90");
    variables.put(QUALITY_SCORES.name(), "80 88");
    variables.put(BENEFIT_SCORES.name(), "78 82");
    variables.put(MORE_BIDS.name(), more);
    complete("sjzclerk", variables);
  }

  private void complete(String user, Map<String, Object> variables) {
    completeTask(user, engine.getTaskService().createTaskQuery().processInstanceId(current.getId()).singleResult(),
        variables);
  }

  private void completeTask(String user, Task task, Map<String, Object> variables) {
    login(user);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void login(String userId) {
    engine.getIdentityService().setAuthentication(userId, List.of(ORGS.get(userId), ROLES.get(userId)));
  }

  private static ScoringResult result(String winner) {
    return new ScoringResult(ProcurementMethod.OPEN_TENDER, new BigDecimal("900000.00"),
        new ScoringResult.Weights(BigDecimal.valueOf(20), BigDecimal.valueOf(30), BigDecimal.valueOf(25),
            BigDecimal.valueOf(25)), BigDecimal.TEN, BigDecimal.valueOf(30), 1, new BigDecimal("800000.00"), List.of(),
        winner, List.of());
  }
}
