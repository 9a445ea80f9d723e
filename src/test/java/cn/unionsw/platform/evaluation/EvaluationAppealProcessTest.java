package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Elements.*;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path of evaluation-appeal (Art. 28), with the real delegates, kernel and model and mocked {@link
 * Appeals} and {@link AppealEscalation}: filed, answered and read; escalated once at the due date; and what each
 * door refuses (the filing's own refusals, undeclared variables, a review by the wrong union, a refused answer).
 */
@Deployment(resources = "processes/evaluation-appeal.bpmn")
class EvaluationAppealProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Filed Monday 2026-09-28: the tenth working day after is Friday 2026-10-16 (10-10 is a worked Saturday). */
  private static final Date DUE = Date.from(LocalDateTime.of(2026, 10, 16, 23, 59, 59).atZone(BEIJING).toInstant());
  private static final Map<String, String> ORGS = Map.of("zdworker", "HE-SJZ-ZD-ZDZ", "zdclerk", "HE-SJZ-ZD",
      "lcclerk", "HE-SJZ-LC", "sjzreviewer", "HE-SJZ", "bdreviewer", "HE-BD", "hereviewer", "HE");
  private static final Map<String, String> ROLES = Map.of("zdworker", "worker", "zdclerk", "clerk",
      "lcclerk", "clerk", "sjzreviewer", "reviewer", "bdreviewer", "reviewer", "hereviewer", "reviewer");

  ProcessEngine engine;
  ProcessInstance current;
  final Appeals appeals = mock(Appeals.class);
  final AppealEscalation escalation = mock(AppealEscalation.class);
  final OrgAccess access = mock(OrgAccess.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    Mocks.register("fileAppealDelegate", new FileAppealDelegate(appeals));
    Mocks.register("answerAppealDelegate", new AnswerAppealDelegate(appeals));
    Mocks.register("escalateAppealDelegate", new EscalateAppealDelegate(escalation));
    when(access.reachOf(anyString())).thenAnswer(call -> {
      String user = call.getArgument(0);
      return new Reach(user, false, List.of(ORGS.get(user)), List.of(ROLES.get(user)));
    });
    when(appeals.file(any(), any(), anyString(), anyString(), anyString())).thenAnswer(call -> new Appeals.Filed(41,
        call.getArgument(0) == null ? call.getArgument(3) : call.getArgument(0), "赵晓雪", call.getArgument(1),
        Outcome.BASIC, "HE-SJZ", DUE, LocalDateTime.of(2026, 9, 28, 10, 0), call.getArgument(3),
        java.time.ZoneId.of("Asia/Shanghai")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldFileReviewAnswerAndLetTheWorkerReadTheReply() {
    ProcessInstance instance = start("zdworker", appeal(2025, "全年无未报告事件，满意度 95%，应为合格"));

    verify(appeals).file(null, 2025, "全年无未报告事件，满意度 95%，应为合格", "zdworker", instance.getId());
    assertThat(instance).isWaitingAt(APPEAL_REVIEW).variables()
        .containsEntry(WORKER_ID.name(), "zdworker").containsEntry(FILED_BY.name(), "zdworker")
        .containsEntry(APPEAL_ID.name(), 41).containsEntry(ORIGINAL_OUTCOME.name(), "BASIC")
        .containsEntry(REVIEWER_CODE.name(), "HE-SJZ").containsEntry(APPEAL_DUE_AT.name(), "2026-10-16T23:59:59+08:00");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), APPEAL_SUMMARY.name()))
        .contains("赵晓雪", "2025 年度", "基本合格", "2026-10-16");
    assertThat(instance.getBusinessKey()).startsWith("申诉〔");
    assertThat(task(APPEAL_REVIEW)).hasCandidateGroup("HE-SJZ");
    assertThat(task(APPEAL_REVIEW).getDueDate()).isEqualTo(DUE);

    complete(APPEAL_REVIEW, "sjzreviewer", answer("UPHOLD", "经复核，满意度测评有误，改为合格。", "QUALIFIED"));

    verify(appeals).answer(41L, instance.getBusinessKey(), AppealDecision.UPHOLD, "经复核，满意度测评有误，改为合格。",
        Outcome.QUALIFIED, "sjzreviewer");
    assertThat(instance).isWaitingAt(READ_REPLY).hasPassed(ANSWER_APPEAL);
    assertThat(task(READ_REPLY)).isAssignedTo("zdworker");
    complete(READ_REPLY, "zdworker", Map.of());
    assertThat(instance).isEnded().hasPassed(END_ANSWERED).hasNotPassed(ESCALATE_APPEAL);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void shouldFileForTheWorkerWhenTheirCountysClerkStarts() {
    ProcessInstance instance = start("zdclerk", with(appeal(2025, "代社工提出"), WORKER_ID.name(), "zdworker"));

    verify(appeals).file("zdworker", 2025, "代社工提出", "zdclerk", instance.getId());
    assertThat(instance).isWaitingAt(APPEAL_REVIEW).variables().containsEntry(FILED_BY.name(), "zdclerk")
        .containsEntry(WORKER_ID.name(), "zdworker");
    complete(APPEAL_REVIEW, "sjzreviewer", answer("DISMISS", "评价程序和依据无误，维持原结果。", null));
    assertThat(task(READ_REPLY)).as("the worker reads it, not the clerk").isAssignedTo("zdworker");
  }

  @Test
  void shouldEscalateOnceWhenTheReplyIsNotGivenInTenWorkingDays() {
    ProcessInstance instance = start("zdworker", appeal(2025, "评价结果与日常评价不符"));
    Job timer = engine.getManagementService().createJobQuery().activityId(REVIEW_DEADLINE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(DUE);

    engine.getManagementService().executeJob(timer.getId());

    verify(escalation).escalate(41L, instance.getId());
    assertThat(instance).isWaitingAt(APPEAL_REVIEW).hasPassed(ESCALATE_APPEAL, END_ESCALATED);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("a date timer fires once").isZero();
    complete(APPEAL_REVIEW, "sjzreviewer", answer("DISMISS", "逾期答复：维持原结果。", null));
    assertThat(instance).isWaitingAt(READ_REPLY);
    verify(escalation, times(1)).escalate(anyLong(), anyString());
  }

  @Test
  void shouldRefuseAStartTheFilingRefusesAndStartNothing() {
    when(appeals.file(any(), eq(2019), anyString(), anyString(), anyString()))
        .thenThrow(Refusal.conflict("appeal_window_closed", YEAR.name(), "申诉期已于 2020-01-15 结束"));

    assertThatThrownBy(() -> start("zdworker", appeal(2019, "过期申诉"))).isInstanceOf(Refusal.class)
        .hasMessageContaining("year");
    assertThatThrownBy(() -> start("zdworker", appeal(2016, "早于办法施行"))).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("year");
    assertThatThrownBy(() -> start("zdworker", appeal(2025, "长".repeat(2001)))).hasMessageContaining("reason");
    Map<String, Object> withoutReason = appeal(2025, null);
    withoutReason.remove(REASON.name());
    assertThatThrownBy(() -> start("zdworker", withoutReason)).hasMessageContaining("reason");
    assertThatThrownBy(() -> start("zdworker", with(appeal(2025, "x"), REVIEWER_CODE.name(), "HE-BD")))
        .hasMessageContaining("reviewerCode");
    assertThatThrownBy(() -> start("zdworker", with(appeal(2025, "x"), FILED_BY.name(), "zdclerk")))
        .hasMessageContaining("filedBy");
    assertThatThrownBy(() -> start("sjzreviewer", appeal(2025, "审核人员不能发起")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void shouldLetOnlyTheReviewingUnionsReviewersAnswer() {
    start("zdworker", appeal(2025, "评价结果与日常评价不符"));
    String taskId = task(APPEAL_REVIEW).getId();

    for (String outsider : List.of("bdreviewer", "hereviewer", "zdclerk", "zdworker")) {
      assertThatThrownBy(() -> complete(APPEAL_REVIEW, outsider, answer("DISMISS", "无权答复", null)))
          .as(outsider).isInstanceOf(AuthorizationException.class);
    }
    assertThatThrownBy(() -> complete(APPEAL_REVIEW, "sjzreviewer", answer("APPROVE", "审核用语", null)))
        .hasMessageContaining("decision");
    assertThatThrownBy(() -> complete(APPEAL_REVIEW, "sjzreviewer", answer("UPHOLD", "x", "OUTSTANDING")))
        .hasMessageContaining("revisedOutcome");
    assertThatThrownBy(() -> complete(APPEAL_REVIEW, "sjzreviewer", with(answer("DISMISS", "x", null),
        WORKER_ID.name(), "lcclerk"))).hasMessageContaining("workerId");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("still open").isOne();
    verify(appeals, never()).answer(anyLong(), any(), any(), any(), any(), any());
  }

  @Test
  void shouldKeepTheReviewOpenWhenTheAnswerIsRefused() {
    ProcessInstance instance = start("zdworker", appeal(2025, "评价结果与日常评价不符"));
    when(appeals.answer(anyLong(), anyString(), eq(AppealDecision.UPHOLD), anyString(), eq(null), anyString()))
        .thenThrow(Refusal.invalid(REVISED_OUTCOME.name(), "申诉成立时须填写改判后的评价结果"));

    assertThatThrownBy(() -> complete(APPEAL_REVIEW, "sjzreviewer", answer("UPHOLD", "成立", null)))
        .isInstanceOf(Refusal.class).hasMessageContaining("revisedOutcome");

    assertThat(instance).isWaitingAt(APPEAL_REVIEW).hasNotPassed(ANSWER_APPEAL);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), DECISION.name())).isNull();
  }

  private ProcessInstance start(String user, Map<String, Object> variables) {
    login(user);
    try {
      current = engine.getRuntimeService().startProcessInstanceByKey(AppealProcess.KEY, variables);
      return current;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void complete(String taskKey, String user, Map<String, Object> variables) {
    String taskId = task(taskKey).getId();
    login(user);
    try {
      engine.getTaskService().complete(taskId, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task task(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private void login(String user) {
    engine.getIdentityService().setAuthentication(user, List.of(ORGS.get(user), ROLES.get(user)));
  }

  private static Map<String, Object> appeal(int year, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(YEAR.name(), year);
    variables.put(REASON.name(), reason);
    return variables;
  }

  private static Map<String, Object> answer(String decision, String reply, String revisedOutcome) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECISION.name(), decision);
    variables.put(REPLY.name(), reply);
    if (revisedOutcome != null) {
      variables.put(REVISED_OUTCOME.name(), revisedOutcome);
    }
    return variables;
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    Map<String, Object> copy = new HashMap<>(variables);
    copy.put(name, value);
    return copy;
  }
}
