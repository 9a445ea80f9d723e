package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.evaluation.EvaluationProcess.Elements;
import cn.unionsw.platform.evaluation.EvaluationProcess.Vars;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.talent.WorkerStatus;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path of annual-evaluation, with the real delegates, listeners and evaluation-outcome over mocked
 * services: proposed and suggested, refused while an input is missing, decided and applied, read or closed at the
 * window's end, held for an unanswered appeal, followed by re-training, a replacement, or both.
 */
@Deployment(resources = {"processes/annual-evaluation.bpmn", "dmn/evaluation-outcome.dmn"})
class AnnualEvaluationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  static final Date WINDOW_END = Date.from(Instant.parse("2027-01-29T15:59:59Z"));

  ProcessEngine engine;
  final Evaluations evaluations = mock(Evaluations.class);
  final Consequences consequences = mock(Consequences.class);
  final DailyEntries daily = mock(DailyEntries.class);
  final EvaluationDeadlines deadlines = mock(EvaluationDeadlines.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(mock(OrgAccess.class), mock(OrgService.class));
    Mocks.register("evaluations", evaluations);
    Mocks.register("evaluationDeadlines", deadlines);
    Mocks.register("evaluationTaskListener", new EvaluationTaskListener(evaluations, daily));
    Mocks.register("recordProposalDelegate", new RecordProposalDelegate(evaluations));
    Mocks.register("applyConsequencesDelegate", new ApplyConsequencesDelegate(consequences, evaluations));
    Mocks.register("settleOutcomeDelegate", new SettleOutcomeDelegate(evaluations));
    when(deadlines.after(anyString(), any())).thenAnswer(call -> Date.from(
        ((Date) call.getArgument(1)).toInstant().plusSeconds(86_400 * 20)));
    when(evaluations.appealWindowEnd(7)).thenReturn(WINDOW_END);
    when(evaluations.unitName("HE-SJZ-ZD-ZDZ")).thenReturn("正定镇总工会");
    when(daily.summary(3L, 2026)).thenReturn(new DailyEntrySummary(3L, 2026, 12,
        Map.of(DailyEntryKind.DUTY, 12), Map.of(), Map.of()));
    when(evaluations.notice(7)).thenReturn(new Evaluations.Notice("优秀", "2860.00 元（月岗位工资的 130%）", 2, "无",
        "如有异议……", "2026 年度评价结果：优秀"));
    evaluation(null, false, false);
    worker("zdworker");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldProposeSuggestByTheDecisionAndWaitForTheCity() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(Elements.PROPOSE);
    assertThat(task(instance)).hasCandidateGroup("HE-SJZ-ZD");
    verify(deadlines).after(eq(EvaluationDeadlines.PROPOSE), any());
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isCloseTo(Date.from(
        task(instance).getCreateTime().toInstant().plusSeconds(86_400 * 20)), 2000);
    assertThat(task(instance)).hasDescription("2026 年度评价：张𠮷（正定镇总工会，初级岗）");
    org.assertj.core.api.Assertions.assertThat((String) engine.getTaskService().getVariableLocal(
        task(instance).getId(), Vars.DAILY_SUMMARY.name())).startsWith("2026 年日常评价 12 条：").contains("岗位职责 12 条");

    propose(instance, facts(95, 96, 0, true));

    assertThat(instance).hasPassed(Elements.SUGGEST_OUTCOME, Elements.RECORD_PROPOSAL)
        .isWaitingAt(Elements.WAIT_DECISION);
    verify(evaluations).propose(eq(7L), eq(new EvaluationMapper.ProposalFacts(new BigDecimal("95.00"),
        new BigDecimal("96.00"), 0, true, false, false, false, "表现突出")), eq("EXCELLENT"), eq("zdclerk"));
  }

  @Test
  void shouldSuggestQualifiedForASatisfactionRateJustUnderNinetyPercent() {
    ProcessInstance instance = start();

    // Art. 27: a satisfaction rate under 90 % bars EXCELLENT; 89.5 is under it, not rounded up to it.
    propose(instance, facts(95, 89.5, 0, true));

    verify(evaluations).propose(eq(7L), eq(new EvaluationMapper.ProposalFacts(new BigDecimal("95.00"),
        new BigDecimal("89.50"), 0, true, false, false, false, "表现突出")), eq("QUALIFIED"), eq("zdclerk"));
  }

  @Test
  void shouldRefuseARateWithMoreThanTwoDecimals() {
    ProcessInstance instance = start();

    assertThatThrownBy(() -> propose(instance, facts(95, 89.555, 0, true))).isInstanceOf(Refusal.class)
        .hasMessageStartingWith("satisfactionRate: ");
    assertThatThrownBy(() -> propose(instance, facts(95, "89.5", 0, true))).as("text that looks like a number")
        .isInstanceOf(Refusal.class).hasMessageStartingWith("satisfactionRate: ");
    assertThat(instance).isWaitingAt(Elements.PROPOSE);
    verify(evaluations, never()).propose(anyLong(), any(), any(), any());
  }

  @Test
  void shouldSuggestBasicForTwoUnreportedIncidents() {
    ProcessInstance instance = start();

    propose(instance, facts(88, 95, 2, true));

    verify(evaluations).propose(eq(7L), any(), eq("BASIC"), eq("zdclerk"));
  }

  @Test
  void shouldRefuseAProposalWithoutEveryInputOfTheDecision() {
    ProcessInstance instance = start();
    Map<String, Object> facts = facts(95, 96, 0, true);
    facts.remove(Vars.SATISFACTION_RATE.name());

    assertThatThrownBy(() -> propose(instance, facts)).rootCause().isInstanceOf(Refusal.class)
        .hasMessageContaining("satisfactionRate");
    assertThat(instance).isWaitingAt(Elements.PROPOSE);
    verify(evaluations, never()).propose(anyLong(), any(), any(), any());
  }

  @Test
  void shouldApplyLetTheWorkerReadAndSettleWhenTheWindowCloses() {
    ProcessInstance instance = decided();
    verify(consequences).apply(7, "system");
    assertThat(instance).isWaitingAt(Elements.READ_OUTCOME, Elements.APPEAL_WINDOW);
    assertThat(task(instance)).isAssignedTo("zdworker").hasDueDate(WINDOW_END);
    when(evaluations.settle(7)).thenReturn(true);

    complete("zdworker", List.of("worker"), Map.of());
    execute(job());

    assertThat(instance).isEnded().hasPassed(Elements.SETTLE_OUTCOME, Elements.END_OUTCOME_READ, Elements.END_FINAL)
        .hasNotPassed(Elements.ARRANGE_RETRAINING, Elements.REPLACE_WORKER);
  }

  @Test
  void shouldCloseAnUnreadOutcomeAtTheWindowsEnd() {
    ProcessInstance instance = decided();
    when(evaluations.settle(7)).thenReturn(true);

    jobQuery().processInstanceId(instance.getId()).list().forEach(timer -> execute(timer));

    assertThat(instance).isEnded().hasPassed(Elements.READ_OUTCOME_CLOSED, "end-outcome-unread", Elements.END_FINAL);
  }

  @Test
  void shouldNotAskAWorkerWithoutAnAccount() {
    worker(null);
    ProcessInstance instance = decided();
    when(evaluations.settle(7)).thenReturn(true);

    assertThat(instance).hasPassed("end-no-account").isWaitingAt(Elements.APPEAL_WINDOW);
    execute(job());

    assertThat(instance).isEnded().hasNotPassed(Elements.READ_OUTCOME);
  }

  @Test
  void shouldHoldTheOutcomeForAnUnansweredAppealThenFinaliseIt() {
    ProcessInstance instance = decided();
    complete("zdworker", List.of("worker"), Map.of());
    when(evaluations.settle(7)).thenReturn(false);

    execute(job());
    assertThat(instance).isWaitingAt(Elements.WAIT_APPEAL_ANSWER);
    evaluation(Outcome.QUALIFIED, false, false);
    engine.getRuntimeService().createMessageCorrelation(EvaluationProcess.APPEAL_ANSWERED_MESSAGE)
        .processInstanceId(instance.getId()).correlate();
    // The answer's own transaction ends at the message: what follows is a job of this instance, so a fault in it
    // never refuses the superior union's reply.
    assertThat(instance).isWaitingAt(Elements.WAIT_APPEAL_ANSWER);
    execute(job(instance));

    verify(evaluations).makeFinal(7);
    assertThat(instance).isEnded().hasPassed(Elements.FINALISE_OUTCOME, Elements.END_FINAL);
  }

  @Test
  void shouldArrangeRetrainingAfterABasicOutcome() {
    ProcessInstance instance = finalOutcome(true, false);
    assertThat(instance).isWaitingAt(Elements.ARRANGE_RETRAINING);
    assertThat(task(instance)).hasCandidateGroup("HE-SJZ-ZD");

    complete("zdclerk", List.of("HE-SJZ-ZD", "clerk"), Map.of(Vars.TRAINING_DATE.name(), "2027-02-03",
        Vars.TRAINING_CONTENT.name(), "社会工作实务 16 学时"));

    verify(evaluations).recordRetraining(7, "2027-02-03", "社会工作实务 16 学时", "zdclerk");
    assertThat(instance).isEnded();
  }

  @Test
  void shouldKeepTheReplacementOpenUntilTheWorkerIsReplaced() {
    ProcessInstance instance = finalOutcome(false, true);
    assertThat(instance).isWaitingAt(Elements.REPLACE_WORKER);
    doThrow(Refusal.conflict("not_replaced", "尚未更换")).when(evaluations).requireReplaced(7);

    assertThatThrownBy(() -> complete("zdclerk", List.of("HE-SJZ-ZD", "clerk"), Map.of()))
        .rootCause().isInstanceOf(Refusal.class);
    assertThat(instance).isWaitingAt(Elements.REPLACE_WORKER);
    org.mockito.Mockito.reset(evaluations);
    when(evaluations.find(7)).thenReturn(row(Outcome.FAILED, false, true));

    complete("zdclerk", List.of("HE-SJZ-ZD", "clerk"), Map.of(Vars.REPLACEMENT_NOTE.name(), "已由李四接替"));
    assertThat(instance).isEnded().hasPassed(Elements.REPLACE_WORKER);
  }

  @Test
  void shouldRetrainAndReplaceAfterTwoBasicYears() {
    ProcessInstance instance = finalOutcome(true, true);

    assertThat(instance).isWaitingAt(Elements.ARRANGE_RETRAINING, Elements.REPLACE_WORKER);
  }

  private ProcessInstance finalOutcome(boolean retraining, boolean replace) {
    worker(null);
    ProcessInstance instance = decided();
    evaluation(Outcome.BASIC, retraining, replace);
    when(evaluations.settle(7)).thenReturn(true);
    execute(job());
    return instance;
  }

  /** Proposed, decided by the city and the consequences applied in their own job. */
  private ProcessInstance decided() {
    ProcessInstance instance = start();
    propose(instance, facts(95, 96, 0, true));
    evaluation(Outcome.EXCELLENT, false, false);
    engine.getRuntimeService().createMessageCorrelation(EvaluationProcess.DECIDED_MESSAGE)
        .processInstanceId(instance.getId()).correlate();
    assertThat(instance).isWaitingAt(Elements.APPLY_CONSEQUENCES);
    execute(job());
    return instance;
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(EvaluationProcess.KEY, Map.of(
        Vars.EVALUATION_ID.name(), 7, Vars.YEAR.name(), 2026, Vars.PROPOSER_CODE.name(), "HE-SJZ-ZD"));
  }

  private void propose(ProcessInstance instance, Map<String, Object> facts) {
    complete("zdclerk", List.of("HE-SJZ-ZD", "clerk"), facts);
  }

  private void complete(String user, List<String> groups, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getTaskService().complete(engine.getTaskService().createTaskQuery().active().list().get(0).getId(),
          variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> facts(Number score, Object satisfaction, int incidents, boolean keyTasks) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(Vars.SCORE.name(), score);
    facts.put(Vars.SATISFACTION_RATE.name(), satisfaction);
    facts.put(Vars.UNREPORTED_INCIDENTS.name(), incidents);
    facts.put(Vars.KEY_TASKS_COMPLETED.name(), keyTasks);
    facts.put(Vars.SERIOUS_MISCONDUCT.name(), false);
    facts.put(Vars.INCOMPETENT.name(), false);
    facts.put(Vars.SEVERE.name(), false);
    facts.put(Vars.PROPOSAL_NOTE.name(), "表现突出");
    return facts;
  }

  private void evaluation(Outcome outcome, boolean retraining, boolean replace) {
    when(evaluations.find(7)).thenReturn(row(outcome, retraining, replace));
  }

  private static AnnualEvaluation row(Outcome outcome, boolean retraining, boolean replace) {
    return new AnnualEvaluation(7L, 5L, 3L, 2026, "HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD", Grade.ENTRY, 1, null,
        EvaluationStatus.DECIDED, null, null, null, null, null, null, null, null, null, null, outcome, outcome,
        outcome, "sjzreviewer", LocalDateTime.of(2027, 1, 14, 10, 0), "NONE", 130, new BigDecimal("2860.00"), 2,
        retraining, replace, LocalDateTime.of(2027, 1, 14, 10, 0));
  }

  private void worker(String userId) {
    when(evaluations.worker(any())).thenReturn(new Worker(3L, "130102199001010011", "张𠮷", LocalDate.of(1990, 1, 1),
        null, List.of(), Grade.ENTRY, "HE-SJZ-ZD-ZDZ", 21L, null, null, null, null, userId, WorkerStatus.ON_POST,
        LocalDate.of(2025, 3, 1), null, null, null, null, null, null, null));
  }
}
