package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Elements.*;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.*;
import static cn.unionsw.platform.review.Case.DEADLINE_STATE;
import static cn.unionsw.platform.review.Review.COMMENT;
import static cn.unionsw.platform.review.Review.DECISION;
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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
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

/**
 * One test per path of contractor-default (Art. 30, 22), with the real delegates, listeners and kernel and a mocked
 * {@link ContractorDefaults}: corrected; not corrected, terminated, barred and transferred; the province declines to
 * bar; the deadline timer; and what each door refuses.
 */
@Deployment(resources = "processes/contractor-default.bpmn")
class ContractorDefaultProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String CODE = "91130100MA0000001X";
  private static final String NEXT = "91130100MA0000002X";
  private static final Map<String, String> ORGS = Map.of("zdclerk", "HE-SJZ-ZD", "zdclerk2", "HE-SJZ-ZD",
      "lcclerk", "HE-SJZ-LC", "sjzreviewer", "HE-SJZ", "hereviewer", "HE", "hereviewer2", "HE");
  private static final Map<String, String> ROLES = Map.of("zdclerk", "clerk", "zdclerk2", "clerk", "lcclerk", "clerk",
      "sjzreviewer", "reviewer", "hereviewer", "reviewer", "hereviewer2", "reviewer");

  ProcessEngine engine;
  ProcessInstance current;
  final ContractorDefaults defaults = mock(ContractorDefaults.class);
  final OrgAccess access = mock(OrgAccess.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    Mocks.register("issueCorrectionOrderDelegate", new IssueCorrectionOrderDelegate(defaults));
    Mocks.register("verifyCorrectionListener", new VerifyCorrectionListener());
    Mocks.register("correctionDueDelegate", new CorrectionDueDelegate());
    Mocks.register("terminateContractDelegate", new TerminateContractDelegate(defaults));
    Mocks.register("barContractorDelegate", new BarContractorDelegate(defaults));
    Mocks.register("signSuccessorDelegate", new SignSuccessorDelegate(defaults));
    Mocks.register("workdays", SeededCalendar.expressions());
    when(access.reachOf(anyString())).thenAnswer(call -> {
      String user = call.getArgument(0);
      return new Reach(user, false, List.of(ORGS.get(user)), List.of(ROLES.get(user)));
    });
    when(defaults.order(anyLong(), any(), anyString(), anyString())).thenReturn(new ContractorDefaults.Order(
        "采购〔2026〕石家庄 0001-01", "HE-SJZ-ZD", "HE", CODE, "拖欠工资的服务社", 15, 5, LocalDate.of(2026, 10, 22),
        "整改通知：……"));
    when(defaults.succeed(anyLong(), anyString(), anyString(), anyString())).thenReturn(contract(
        "采购〔2026〕石家庄 0001-01-Z1"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldEndWhenTheContractorCorrects() {
    ProcessInstance instance = start("zdclerk", report(7));

    assertThat(instance).isWaitingAt(VERIFY_CORRECTION).variables()
        .containsEntry(CONTRACT_NUMBER.name(), "采购〔2026〕石家庄 0001-01")
        .containsEntry(CORRECTION_DEADLINE.name(), "2026-10-22")
        .containsEntry(REPORTED_BY.name(), "zdclerk");
    assertThat(task()).hasCandidateGroup("HE-SJZ-ZD");
    verify(defaults).order(7L, DefaultKind.WAGES, "2026 年 8 月起拖欠 3 名工会社工工资", "zdclerk");
    complete("zdclerk2", Map.of(CORRECTED.name(), true, VERIFICATION.name(), "已补发 8 月、9 月工资，见银行回单"));

    assertThat(instance).isEnded().hasPassed(END_CORRECTED).hasNotPassed(TERMINATE_CONTRACT);
    verify(defaults, never()).terminate(anyLong(), any(), anyString(), anyString());
  }

  @Test
  void shouldTerminateBarAndTransferWhenNotCorrected() {
    ProcessInstance instance = start("sjzreviewer", report(7));
    complete("zdclerk", Map.of(CORRECTED.name(), false, VERIFICATION.name(), "期限届满仍未补发"));

    verify(defaults).terminate(eq(7L), eq(DefaultKind.WAGES), anyString(), eq("zdclerk"));
    assertThat(instance).isWaitingAt(CONFIRM_BAR, TRANSFER_CONTRACT);
    assertThat(task(CONFIRM_BAR)).hasCandidateGroup("HE");
    assertThat(task(TRANSFER_CONTRACT)).hasCandidateGroup("HE-SJZ-ZD");
    complete(TRANSFER_CONTRACT, "zdclerk", Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(), NEXT,
        TRANSFER_REASON.name(), "原承接主体合同已解除，由次优中标人承接"));
    verify(defaults).succeed(7L, NEXT, "原承接主体合同已解除，由次优中标人承接", "zdclerk");
    assertThat(instance).isWaitingAt(CONFIRM_BAR);
    complete(CONFIRM_BAR, "hereviewer", review("APPROVE", "情节属实，全省禁入"));

    verify(defaults).bar(eq(CODE), eq("HE"), eq(DefaultKind.WAGES), eq("采购〔2026〕石家庄 0001-01"), anyString(),
        eq("情节属实，全省禁入"), eq("hereviewer"));
    assertThat(instance).isEnded().hasPassed(TERMINATE_CONTRACT, BAR_CONTRACTOR, SIGN_SUCCESSOR, END_TERMINATED)
        .variables().containsEntry(BARRED.name(), true)
        .containsEntry(SUCCESSOR_CONTRACT_NUMBER.name(), "采购〔2026〕石家庄 0001-01-Z1");
    assertThat(ProcessTestKernel.REVIEWS.rows).extracting(row -> row.reviewerId() + " " + row.decision())
        .containsExactly("hereviewer APPROVE");
  }

  @Test
  void shouldTransferWithoutABarWhenTheProvinceDeclines() {
    ProcessInstance instance = start("zdclerk", report(8));
    complete("zdclerk", Map.of(CORRECTED.name(), false, VERIFICATION.name(), "未补缴"));

    assertThatThrownBy(() -> complete(CONFIRM_BAR, "hereviewer", review("REJECT", null)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");
    assertThatThrownBy(() -> complete(CONFIRM_BAR, "hereviewer", review("RETURN", "退回")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
    complete(CONFIRM_BAR, "hereviewer", review("REJECT", "承接主体已破产清算，禁入无实际意义"));
    complete(TRANSFER_CONTRACT, "zdclerk", Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(), NEXT,
        TRANSFER_REASON.name(), "转由新承接主体"));

    assertThat(instance).isEnded().hasPassed(GATEWAY_BAR_DECIDED, END_TERMINATED).hasNotPassed(BAR_CONTRACTOR)
        .variables().doesNotContainKey(BARRED.name());
    verify(defaults, never()).bar(anyString(), anyString(), any(), anyString(), anyString(), any(), anyString());
    assertThat(ProcessTestKernel.REVIEWS.rows).extracting(row -> row.reviewComment())
        .containsExactly("承接主体已破产清算，禁入无实际意义");
  }

  @Test
  void shouldTransferAndCoReviewTheBarConfirmationButNotReturnIt() {
    ProcessInstance instance = start("zdclerk", report(7));
    complete("zdclerk", Map.of(CORRECTED.name(), false, VERIFICATION.name(), "期限届满仍未补发"));
    String confirm = task(CONFIRM_BAR).getId();
    var doors = ProcessTestKernel.doors();

    // The province's confirmation declares no return (ADR 0016): nowhere to send it back.
    assertThat(doors.returnTargets(confirm, "hereviewer")).isEmpty();
    assertThatThrownBy(() -> doors.returnTo(confirm, "hereviewer", VERIFY_CORRECTION, "请重新核查"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    doors.transfer(confirm, "hereviewer", "hereviewer2", "本人回避");
    doors.addCoReviewer(confirm, "hereviewer2", "sjzreviewer", "AFTER");
    complete(CONFIRM_BAR, "hereviewer2", review("APPROVE", null));
    assertThat(task(CONFIRM_BAR).getAssignee()).isEqualTo("sjzreviewer");
    complete(CONFIRM_BAR, "sjzreviewer", review("APPROVE", "石家庄市核实情节属实"));

    assertThat(instance).isWaitingAt(TRANSFER_CONTRACT).hasPassed(BAR_CONTRACTOR);
    assertThat(ProcessTestKernel.REVIEWS.rows).extracting(row -> row.kind() + " " + row.reviewerId())
        .containsExactly("TRANSFER hereviewer", "CO_REVIEWER_ADDED hereviewer2", "REVIEW hereviewer2",
            "CO_REVIEW sjzreviewer");
  }

  @Test
  void shouldFlagTheVerificationOnceWhenTheDeadlinePasses() {
    // Thursday 2026-09-24, 10:00: 15 working days across Mid-Autumn and National Day (10-10 is a worked Saturday)
    ClockUtil.setCurrentTime(at(2026, 9, 24, 10, 0));
    ProcessInstance instance = start("zdclerk", report(9));

    assertThat(task().getDueDate()).isEqualTo(at(2026, 10, 22, 23, 59, 59));
    var timer = engine.getManagementService().createJobQuery().activityId(CORRECTION_TIMER).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(task().getDueDate());
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());

    assertThat(instance).isWaitingAt(VERIFY_CORRECTION).hasPassed(MARK_CORRECTION_DUE, END_CORRECTION_DUE_MARKED);
    assertThat(engine.getTaskService().getVariableLocal(task().getId(), DEADLINE_STATE.name())).isEqualTo("OVERDUE");
    assertThat(task().getPriority()).isEqualTo(CorrectionDueDelegate.PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(task().getId())).extracting(c -> c.getFullMessage())
        .containsExactly("整改期限（2026-10-22）已届满，请核查承接主体是否已改正（第三十条）");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("a date timer fires once").isZero();
    complete("zdclerk", Map.of(CORRECTED.name(), true, VERIFICATION.name(), "逾期后补发"));
    assertThat(instance).isEnded().hasPassed(END_CORRECTED);
  }

  @Test
  void shouldRefuseAStartTheContractCheckRefusesAndStartNothing() {
    when(defaults.order(eq(99L), any(), anyString(), anyString()))
        .thenThrow(Refusal.forbidden("contractId", "只有购买主体……可以发起"));

    assertThatThrownBy(() -> start("lcclerk", report(99))).isInstanceOf(Refusal.class)
        .hasMessageContaining("contractId");
    Map<String, Object> withoutFacts = report(7);
    withoutFacts.remove(FACTS.name());
    assertThatThrownBy(() -> start("zdclerk", withoutFacts)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("facts");
    Map<String, Object> badKind = report(7);
    badKind.put(DEFAULT_KIND.name(), "TAX");
    assertThatThrownBy(() -> start("zdclerk", badKind)).hasMessageContaining("defaultKind");
    Map<String, Object> named = report(7);
    named.put(PURCHASER_CODE.name(), "HE-BD");
    assertThatThrownBy(() -> start("zdclerk", named)).hasMessageContaining("purchaserCode");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void shouldRefuseAVerificationWithoutItsFindingsOrByAnotherCounty() {
    start("zdclerk", report(7));
    String taskId = task().getId();

    assertThatThrownBy(() -> complete("zdclerk", Map.of(CORRECTED.name(), true)))
        .hasMessageContaining("verification");
    assertThatThrownBy(() -> complete("zdclerk", Map.of(VERIFICATION.name(), "核查中")))
        .hasMessageContaining("corrected");
    assertThatThrownBy(() -> complete("zdclerk", Map.of(CORRECTED.name(), "false", VERIFICATION.name(), "x")))
        .hasMessageContaining("corrected");
    assertThatThrownBy(() -> complete("lcclerk", Map.of(CORRECTED.name(), true, VERIFICATION.name(), "x")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete("sjzreviewer", Map.of(CORRECTED.name(), true, VERIFICATION.name(), "x")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("still open").isOne();
    verify(defaults, never()).terminate(anyLong(), any(), anyString(), anyString());
  }

  @Test
  void shouldKeepTheTransferOpenWhenTheNewContractorIsRefused() {
    ProcessInstance instance = start("zdclerk", report(7));
    complete("zdclerk", Map.of(CORRECTED.name(), false, VERIFICATION.name(), "未补发"));
    when(defaults.succeed(7L, CODE, "转回原承接主体", "zdclerk")).thenThrow(Refusal.invalid(
        NEW_CONTRACTOR_CREDIT_CODE.name(), "须为原承接主体以外的承接主体"));

    assertThatThrownBy(() -> complete(TRANSFER_CONTRACT, "zdclerk", Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(), CODE,
        TRANSFER_REASON.name(), "转回原承接主体"))).isInstanceOf(Refusal.class)
        .hasMessageContaining("newContractorCreditCode");
    assertThatThrownBy(() -> complete(TRANSFER_CONTRACT, "zdclerk", Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(),
        NEXT + "0", TRANSFER_REASON.name(), "太长"))).hasMessageContaining("newContractorCreditCode");

    assertThat(instance).isWaitingAt(CONFIRM_BAR, TRANSFER_CONTRACT).hasNotPassed(SIGN_SUCCESSOR);
    complete(TRANSFER_CONTRACT, "zdclerk", Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(), NEXT, TRANSFER_REASON.name(),
        "由次优中标人承接"));
    assertThat(instance).isWaitingAt(CONFIRM_BAR).hasPassed(SIGN_SUCCESSOR);
  }

  private ProcessInstance start(String user, Map<String, Object> variables) {
    login(user);
    try {
      current = engine.getRuntimeService().startProcessInstanceByKey(ContractorDefaultProcess.KEY, variables);
      return current;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void complete(String user, Map<String, Object> variables) {
    complete(VERIFY_CORRECTION, user, variables);
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

  private Task task() {
    return task(VERIFY_CORRECTION);
  }

  private Task task(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private void login(String user) {
    engine.getIdentityService().setAuthentication(user, List.of(ORGS.get(user), ROLES.get(user)));
  }

  private static Map<String, Object> report(int contractId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONTRACT_ID.name(), contractId);
    variables.put(DEFAULT_KIND.name(), "WAGES");
    variables.put(FACTS.name(), "2026 年 8 月起拖欠 3 名工会社工工资");
    return variables;
  }

  private static Map<String, Object> review(String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECISION.name(), decision);
    variables.put(COMMENT.name(), comment);
    return variables;
  }

  private static Contract contract(String number) {
    return new Contract(2, number, 1, "HE-SJZ-ZD", 20, NEXT, "新服务社", new BigDecimal("100.00"),
        LocalDate.of(2026, 10, 1), LocalDate.of(2028, 12, 31), ContractStatus.ACTIVE, LocalDateTime.now(), 1L, null,
        null, List.of(7L));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
  }
}
