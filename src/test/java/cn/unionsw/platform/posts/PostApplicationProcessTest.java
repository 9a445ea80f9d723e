package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.*;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;
import static cn.unionsw.platform.review.Case.DEADLINE_STATE;
import static cn.unionsw.platform.review.Review.COMMENT;
import static cn.unionsw.platform.review.Review.DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.GradeStructure.Assessment;
import cn.unionsw.platform.posts.PostApplicationService.Prepared;
import cn.unionsw.platform.posts.PostApplicationService.UnitOption;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** One test per path of post-application, with the real delegates and listeners and mocked services. */
@Deployment(resources = "processes/post-application.bpmn")
class PostApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  ProcessEngine engine;
  ProcessInstance current;
  final PostApplicationService applications = mock(PostApplicationService.class);
  final GradeStructure gradeStructure = mock(GradeStructure.class);
  final OrgAccess access = mock(OrgAccess.class);
  final OrgService orgs = mock(OrgService.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, orgs);
    Mocks.register("prepareApplicationDelegate", new PrepareApplicationDelegate(applications));
    Mocks.register("assessGradeStructureDelegate", new AssessGradeStructureDelegate(gradeStructure, "Asia/Shanghai"));
    Mocks.register("registerPostsDelegate", new RegisterPostsDelegate(applications));
    Mocks.register("reviewDeadlineDelegate", ProcessTestKernel.deadlineDelegate(engine.getTaskService()));
    Mocks.register("revisionTaskListener", new RevisionTaskListener());
    Mocks.register("fillApplicationListener", new FillApplicationListener(applications, new ObjectMapper()));
    Mocks.register("workdays", SeededCalendar.expressions());

    givenRoute(Route.COUNTY, false);
    when(gradeStructure.assess(any(), anyString(), any(), any(Integer.class).intValue()))
        .thenReturn(new Assessment("HE 批准后共 3 个岗位；符合比例", false));
    when(access.reachOf(anyString())).thenAnswer(call -> {
      String user = call.getArgument(0);
      return new Reach(user, false, List.of(ORGS.getOrDefault(user, "HE")), List.of(ROLES.getOrDefault(user, "clerk")));
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldApproveUpTheCountyCityProvinceChain() {
    ProcessInstance instance = start(application("NEW"));

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
    assertThat(task(current)).hasCandidateGroup("HE-SJZ").hasFormKey(null);
    review("sjzreviewer", "APPROVE", null);
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).variables()
        .containsEntry(GRADE_STRUCTURE_SUMMARY.name(), "HE 批准后共 3 个岗位；符合比例")
        .containsEntry(BREAKS_GRADE_STRUCTURE.name(), false);
    assertThat(task(current)).hasCandidateGroup("HE");
    review("hereviewer", "APPROVE", "同意设置");

    assertThat(instance).hasPassedInOrder(PREPARE_APPLICATION, MUNICIPAL_REVIEW, ASSESS_GRADE_STRUCTURE,
        PROVINCIAL_REVIEW, REGISTER_POSTS).isEnded().hasPassed(END_APPROVED);
    verify(applications).register(any(), any(), any(), anyString());
    assertThat(ProcessTestKernel.REVIEWS.rows).extracting(row -> row.reviewerId() + " " + row.decision())
        .containsExactly("sjzreviewer APPROVE", "hereviewer APPROVE");
  }

  @Test
  void shouldEndWhenTheCityRejects() {
    ProcessInstance instance = start(application("NEW"));

    review("sjzreviewer", "REJECT", "职工人数不足，暂不设岗");

    assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(PROVINCIAL_REVIEW, REGISTER_POSTS);
    verify(applications, never()).register(any(), any(), any(), anyString());
  }

  @Test
  void shouldEndWhenTheProvinceRejects() {
    ProcessInstance instance = start(application("NEW"));
    review("sjzreviewer", "APPROVE", null);

    review("hereviewer", "REJECT", "超出全省岗位等级结构比例");

    assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(REGISTER_POSTS);
    verify(applications, never()).register(any(), any(), any(), anyString());
  }

  @Test
  void shouldRefuseARejectionWithoutAComment() {
    ProcessInstance instance = start(application("NEW"));
    String taskId = task(current).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(DECISION.name(), "REJECT")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("comment");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(DECISION.name(), "MAYBE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("decision");
    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
    assertThat(ProcessTestKernel.REVIEWS.rows).isEmpty();
  }

  @Test
  void shouldRefuseAReviewThatChangesTheApplication() {
    ProcessInstance instance = start(application("NEW"));
    String taskId = task(current).getId();

    login("sjzreviewer");

    // Completing a task writes every submitted variable into the process: a reviewer may not re-route the case.
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        Map.of(DECISION.name(), "APPROVE", PROVINCIAL_GROUP.name(), "HE-SJZ")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("provincialGroup")
        .hasMessageContaining("decision");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(DECISION.name(), "APPROVE",
        OVER_QUOTA.name(), false, REQUESTED_POSTS.name(), 9)))
        .isInstanceOf(BadUserRequestException.class);
    // What the form shows read-only comes back unchanged, and is let through.
    engine.getTaskService().complete(taskId, Map.of(DECISION.name(), "APPROVE", PROVINCIAL_GROUP.name(), "HE",
        REQUESTED_POSTS.name(), 1L, JUSTIFICATION.name(), "镇域企业集中，职工维权和服务需求大"));
    engine.getIdentityService().clearAuthentication();
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).variables().containsEntry(PROVINCIAL_GROUP.name(), "HE");
  }

  @Test
  void shouldTakeTheApplicantFromTheLoginNotFromAVariable() {
    Map<String, Object> forged = application("NEW");
    forged.put(APPLICANT.name(), "admin");

    assertThatThrownBy(() -> start(forged)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("applicant");
    ProcessInstance instance = start(application("NEW"));

    assertThat(instance).variables().containsEntry(APPLICANT.name(), "zdclerk");
    var checked = ArgumentCaptor.forClass(Application.class);
    verify(applications).prepare(checked.capture(), anyString());
    assertThat(checked.getValue().applicant()).isEqualTo("zdclerk");
  }

  @Test
  void shouldNotLetTheApplicantReviewTheirOwnApplication() {
    start(application("NEW"));

    // A clerk who also sits in the city's reviewing group
    engine.getIdentityService().setAuthentication("zdclerk", List.of("HE-SJZ-ZD", "HE-SJZ", "reviewer"));

    assertThatThrownBy(() -> engine.getTaskService().complete(task(current).getId(),
        Map.of(DECISION.name(), "APPROVE")))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("申请人不能审核");
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldReturnForRevisionAndResubmit() {
    ProcessInstance instance = start(application("NEW"));
    review("sjzreviewer", "RETURN", "请补充岗位职责");

    assertThat(instance).isWaitingAt(REVISE_APPLICATION);
    assertThat(task(current)).isAssignedTo("zdclerk");
    engine.getTaskService().complete(task(current).getId(), Map.of(REVISION_ACTION.name(), "RESUBMIT", DUTIES.name(), "负责职工维权与集体协商"));

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW).variables().containsEntry(DUTIES.name(), "负责职工维权与集体协商")
        .doesNotContainKey(DECISION.name());
    verify(applications, times(2)).prepare(any(), anyString());
  }

  @Test
  void shouldEndWhenTheApplicantWithdrawsAReturnedApplication() {
    ProcessInstance instance = start(application("NEW"));
    review("sjzreviewer", "APPROVE", null);
    review("hereviewer", "RETURN", "等级依据不足");

    engine.getTaskService().complete(task(current).getId(), Map.of(REVISION_ACTION.name(), "WITHDRAW"));

    assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
  }

  @Test
  void shouldWithdrawBeforeAnyReview() {
    ProcessInstance instance = start(application("NEW"));

    engine.getRuntimeService().createMessageCorrelation(PostApplicationProcess.WITHDRAW_MESSAGE)
        .processInstanceId(instance.getId()).correlate();

    assertThat(instance).isEnded().hasPassed(END_WITHDRAWN_BY_APPLICANT).hasNotPassed(END_REJECTED);
  }

  @Test
  void shouldSendACitysOwnPostStraightToTheProvince() {
    givenRoute(Route.CITY, false);

    ProcessInstance instance = start(application("NEW"));

    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).hasNotPassed(MUNICIPAL_REVIEW);
    assertThat(task(current)).hasCandidateGroup("HE");
  }

  @Test
  void shouldSendDingzhouStraightToTheProvince() {
    givenRoute(Route.DIRECT_CITY, false);

    ProcessInstance instance = start(application("NEW"));
    review("hereviewer", "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(END_APPROVED).hasNotPassed(MUNICIPAL_REVIEW);
  }

  @Test
  void shouldFlagAnApplicationOverQuotaToEveryReviewer() {
    givenRoute(Route.COUNTY, true);

    ProcessInstance instance = start(application("NEW"));

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW).variables().containsEntry(OVER_QUOTA.name(), true);
    review("sjzreviewer", "APPROVE", null);
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).variables().containsEntry(OVER_QUOTA.name(), true);
  }

  @Test
  void shouldRegisterAGradeAdjustment() {
    Map<String, Object> adjust = application("ADJUST_GRADE");
    adjust.put(CURRENT_GRADE.name(), "ENTRY");
    ProcessInstance instance = start(adjust);

    review("sjzreviewer", "APPROVE", null);
    review("hereviewer", "APPROVE", null);

    var applied = ArgumentCaptor.forClass(Application.class);
    verify(applications).register(applied.capture(), any(), any(), anyString());
    assertThat(applied.getValue().type()).isEqualTo(ApplicationType.ADJUST_GRADE);
    assertThat(applied.getValue().currentGrade()).isEqualTo(Grade.ENTRY);
    assertThat(applied.getValue().proposedGrade()).isEqualTo(Grade.LEVEL_3);
    assertThat(instance).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void shouldRegisterACancellation() {
    ProcessInstance instance = start(application("CANCEL"));

    review("sjzreviewer", "APPROVE", null);
    review("hereviewer", "APPROVE", null);

    var applied = ArgumentCaptor.forClass(Application.class);
    verify(applications).register(applied.capture(), any(), any(), anyString());
    assertThat(applied.getValue().type()).isEqualTo(ApplicationType.CANCEL);
    assertThat(instance).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void shouldSendACitysDirectGradeAdjustmentToTheProvinceAlone() {
    givenRoute(Route.CITY_ADJUSTMENT, false);
    Map<String, Object> adjust = application("ADJUST_GRADE");
    adjust.put(CURRENT_GRADE.name(), "ENTRY");

    ProcessInstance instance = start("sjzclerk", adjust);

    // Art. 11: the city applies for a county's unit; only the province reviews, and approves.
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).hasNotPassed(MUNICIPAL_REVIEW)
        .hasPassed(ASSESS_GRADE_STRUCTURE);
    assertThat(task(current)).hasCandidateGroup("HE");
    review("hereviewer", "APPROVE", null);
    assertThat(instance).isEnded().hasPassed(REGISTER_POSTS, END_APPROVED);
    assertThat(ProcessTestKernel.REVIEWS.rows).extracting(row -> row.reviewerId() + " " + row.taskKey())
        .containsExactly("hereviewer provincial-review");
  }

  @Test
  void shouldRegisterTheProvincesOwnGradeAdjustmentWithItsReasonAndNoReview() {
    givenRoute(Route.PROVINCIAL_ADJUSTMENT, false);
    Map<String, Object> adjust = application("ADJUST_GRADE");
    adjust.put(CURRENT_GRADE.name(), "ENTRY");
    adjust.put(JUSTIFICATION.name(), "该镇新设省级职工服务示范点，岗位难度提高");

    ProcessInstance instance = start("hereviewer", adjust);

    // Art. 11: "省总工会可根据工作实际直接对岗位等级进行调整" — recorded with its reason, reviewed by no one.
    assertThat(instance).isEnded().hasPassedInOrder(PREPARE_APPLICATION, REGISTER_POSTS, END_APPROVED)
        .hasNotPassed(MUNICIPAL_REVIEW, ASSESS_GRADE_STRUCTURE, PROVINCIAL_REVIEW);
    var applied = ArgumentCaptor.forClass(Application.class);
    verify(applications).register(applied.capture(), any(), any(), anyString());
    assertThat(applied.getValue().applicant()).isEqualTo("hereviewer");
    assertThat(applied.getValue().justification()).isEqualTo("该镇新设省级职工服务示范点，岗位难度提高");
    assertThat(ProcessTestKernel.REVIEWS.rows).isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(JUSTIFICATION.name()).singleResult().getValue())
        .isEqualTo("该镇新设省级职工服务示范点，岗位难度提高");
  }

  @Test
  void shouldKeepTheCaseAtTheProvinceWhenTheApprovalWouldExceedTheQuotaUnseen() {
    ProcessInstance instance = start(application("NEW"));
    review("sjzreviewer", "APPROVE", null);
    doThrow(new Refusal("decision", "批准后本单位岗位将有 2 个，超出定额 1 个")).when(applications)
        .register(any(), any(), any(), anyString());

    // Art. 10, counted again at approval: another approval took the free post meanwhile.
    assertThatThrownBy(() -> review("hereviewer", "APPROVE", null)).hasMessageContaining("超出定额");

    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW).hasNotPassed(REGISTER_POSTS);
    review("hereviewer", "RETURN", "请说明增设理由");
    assertThat(instance).isWaitingAt(REVISE_APPLICATION);
  }

  @Test
  void shouldAskForTheDetailsWhenStartedFromTasklist() {
    when(applications.unitOptions("zdclerk")).thenReturn(List.of(new UnitOption("正定镇工会", "HE-SJZ-ZD-ZDZ")));

    ProcessInstance instance = start(Map.of(APPLICATION_TYPE.name(), "NEW"));

    assertThat(instance).isWaitingAt(FILL_APPLICATION);
    assertThat(task(current)).isAssignedTo("zdclerk");
    assertThat(engine.getRuntimeService().getVariableTyped(instance.getId(), UNIT_OPTIONS).getValue().toString())
        .contains("HE-SJZ-ZD-ZDZ", "正定镇工会");
    Map<String, Object> details = application("NEW");
    engine.getTaskService().complete(task(current).getId(), details);
    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW).hasPassed(FILL_APPLICATION, PREPARE_APPLICATION);
  }

  @Test
  void shouldRemindThenMarkOverdueThenEscalateByWorkingDaysAcrossNationalDay() {
    // Thursday 2026-09-24, 10:00 in Beijing; Mid-Autumn (09-25..27) and National Day (10-01..07) lie ahead.
    ClockUtil.setCurrentTime(at(2026, 9, 24, 10, 0));
    ProcessInstance instance = start(application("NEW"));

    // 5 working days: 09-28, 09-29, 09-30, 10-08, 10-09; escalation 5 more: 10-10 (a worked Saturday) .. 10-15
    assertThat(task(current).getDueDate()).isEqualTo(at(2026, 10, 9, 23, 59, 59));
    assertThat(timer(MUNICIPAL_REMINDER)).isEqualTo(at(2026, 10, 9, 9, 0));
    assertThat(timer(MUNICIPAL_OVERDUE)).isEqualTo(at(2026, 10, 9, 23, 59, 59));
    assertThat(timer(MUNICIPAL_ESCALATION)).isEqualTo(at(2026, 10, 15, 23, 59, 59));

    fire(MUNICIPAL_REMINDER);
    assertThat(deadlineState()).isEqualTo("DUE_SOON");
    assertThat(task(current).getPriority()).isEqualTo(60);
    fire(MUNICIPAL_OVERDUE);
    assertThat(deadlineState()).isEqualTo("OVERDUE");
    fire(MUNICIPAL_ESCALATION);

    assertThat(task(current)).hasCandidateGroup("HE-SJZ").hasCandidateGroup("HE");
    assertThat(task(current).getPriority()).isEqualTo(100);
    assertThat(engine.getTaskService().getTaskComments(task(current).getId())).hasSize(3);
    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW).hasPassed(REMIND_REVIEWER, MARK_REVIEW_OVERDUE, ESCALATE_REVIEW);

    // The province takes the escalated review over; its approval must then come from another of its reviewers.
    review("hereviewer", "APPROVE", "市级逾期未审，省总工会代为初审");
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW);
    assertThatThrownBy(() -> review("hereviewer", "APPROVE", null)).hasRootCauseInstanceOf(AuthorizationException.class)
        .hasMessageContaining("同一人不能审核两级");
    review("hereviewer2", "APPROVE", null);
    assertThat(instance).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void shouldRestartTheProvincialDeadlineWhenTheCityApproves() {
    ClockUtil.setCurrentTime(at(2026, 2, 12, 16, 0));
    start(application("NEW"));
    review("sjzreviewer", "APPROVE", null);

    // Spring Festival: 02-13 (1), 02-14 a worked Saturday (2), 02-15..23 off, then 02-24 (3), 25 (4), 26 (5)
    assertThat(task(current).getDueDate()).isEqualTo(at(2026, 2, 26, 23, 59, 59));
    assertThat(timer(PROVINCIAL_REMINDER)).isEqualTo(at(2026, 2, 26, 9, 0));
    fire(PROVINCIAL_REMINDER);
    fire(PROVINCIAL_OVERDUE);
    fire(PROVINCIAL_ESCALATION);
    assertThat(deadlineState()).isEqualTo("OVERDUE");
    assertThat(task(current)).hasCandidateGroup("HE");
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return start("zdclerk", variables);
  }

  private ProcessInstance start(String applicant, Map<String, Object> variables) {
    login(applicant);
    try {
      current = engine.getRuntimeService().startProcessInstanceByKey(PostApplicationProcess.KEY, variables);
      return current;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void review(String reviewer, String decision, String comment) {
    login(reviewer);
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DECISION.name(), decision);
      variables.put(COMMENT.name(), comment);
      engine.getTaskService().complete(task(current).getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Logs a demo user in with their organisation and role, as the web apps and engine REST do. */
  private void login(String userId) {
    engine.getIdentityService().setAuthentication(userId, List.of(ORGS.get(userId), ROLES.get(userId)));
  }

  private static final Map<String, String> ORGS = Map.of("zdclerk", "HE-SJZ-ZD", "sjzreviewer", "HE-SJZ",
      "sjzclerk", "HE-SJZ", "hereviewer", "HE", "hereviewer2", "HE", "lcclerk", "HE-SJZ-LC");
  private static final Map<String, String> ROLES = Map.of("zdclerk", "clerk", "sjzreviewer", "reviewer",
      "sjzclerk", "clerk", "hereviewer", "reviewer", "hereviewer2", "reviewer", "lcclerk", "clerk");

  private static Map<String, Object> application(String type) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UNIT_CODE.name(), "HE-SJZ-ZD-ZDZ");
    variables.put(APPLICATION_TYPE.name(), type);
    variables.put(REQUESTED_POSTS.name(), 1);
    variables.put(PROPOSED_GRADE.name(), "LEVEL_3");
    variables.put(EMPLOYEE_COUNT.name(), 1850);
    variables.put(JUSTIFICATION.name(), "镇域企业集中，职工维权和服务需求大");
    variables.put(DUTIES.name(), "职工维权、集体协商指导");
    return variables;
  }

  private void givenRoute(Route route, boolean overQuota) {
    String city = route == Route.COUNTY ? "HE-SJZ" : null;
    when(applications.prepare(any(), anyString())).thenReturn(new Prepared("正定镇工会", "TOWNSHIP_STREET",
        "HE-SJZ-ZD", route, city, "HE-SJZ", "HE", 1, overQuota ? 1 : 0, 0, overQuota,
        "正定镇工会申请新增三级岗 1 个", "法人单位数：申报 未填（按登记），登记 126", 5, 5));
  }

  private Date timer(String boundaryEvent) {
    return engine.getManagementService().createJobQuery().activityId(boundaryEvent).singleResult().getDuedate();
  }

  private void fire(String boundaryEvent) {
    var job = engine.getManagementService().createJobQuery().activityId(boundaryEvent).singleResult();
    ClockUtil.setCurrentTime(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  private Object deadlineState() {
    return engine.getTaskService().getVariableLocal(task(current).getId(), DEADLINE_STATE.name());
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
  }
}
