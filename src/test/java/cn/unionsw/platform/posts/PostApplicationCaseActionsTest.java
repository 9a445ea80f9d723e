package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.*;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;
import static cn.unionsw.platform.review.Review.COMMENT;
import static cn.unionsw.platform.review.Review.DECISION;
import static cn.unionsw.platform.review.Review.HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.posts.GradeStructure.Assessment;
import cn.unionsw.platform.posts.PostApplicationService.Prepared;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.review.ReviewRecord.Entry;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kernel's case actions on post-application, one test per path, through the same services as the
 * {@code /api/tasks/…} doors: return (退回) to the city's review or to the applicant, co-reviewers (加签) before and
 * after, removing one, transfer (转办), and what each refuses.
 */
@Deployment(resources = "processes/post-application.bpmn")
class PostApplicationCaseActionsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .build();

  private static final Map<String, String> ORGS = Map.ofEntries(Map.entry("zdclerk", "HE-SJZ-ZD"),
      Map.entry("sjzreviewer", "HE-SJZ"), Map.entry("sjzreviewer2", "HE-SJZ"), Map.entry("sjzclerk", "HE-SJZ"),
      Map.entry("lcclerk", "HE-SJZ-LC"), Map.entry("bdreviewer", "HE-BD"), Map.entry("zzclerk", "HE-BD-ZZ"),
      Map.entry("hereviewer", "HE"), Map.entry("hereviewer2", "HE"));
  private static final Map<String, String> ROLES = Map.ofEntries(Map.entry("zdclerk", "clerk"),
      Map.entry("sjzreviewer", "reviewer"), Map.entry("sjzreviewer2", "reviewer"), Map.entry("sjzclerk", "clerk"),
      Map.entry("lcclerk", "clerk"), Map.entry("bdreviewer", "reviewer"), Map.entry("zzclerk", "clerk"),
      Map.entry("hereviewer", "reviewer"), Map.entry("hereviewer2", "reviewer"));

  ProcessEngine engine;
  ProcessInstance current;
  ProcessTestKernel.Doors doors;
  final PostApplicationService applications = mock(PostApplicationService.class);
  final GradeStructure gradeStructure = mock(GradeStructure.class);
  final OrgAccess access = mock(OrgAccess.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    doors = ProcessTestKernel.doors();
    Mocks.register("prepareApplicationDelegate", new PrepareApplicationDelegate(applications));
    Mocks.register("assessGradeStructureDelegate", new AssessGradeStructureDelegate(gradeStructure, "Asia/Shanghai"));
    Mocks.register("registerPostsDelegate", new RegisterPostsDelegate(applications));
    Mocks.register("reviewDeadlineDelegate", ProcessTestKernel.deadlineDelegate(engine.getTaskService()));
    Mocks.register("revisionTaskListener", new RevisionTaskListener());
    Mocks.register("fillApplicationListener", new FillApplicationListener(applications, new ObjectMapper()));
    Mocks.register("workdays", SeededCalendar.expressions());
    when(applications.prepare(any(), anyString())).thenReturn(new Prepared("正定镇工会", "TOWNSHIP_STREET",
        "HE-SJZ-ZD", Route.COUNTY, "HE-SJZ", "HE-SJZ", "HE", 1, 0, 0, false, "正定镇工会申请新增三级岗 1 个",
        "法人单位数：申报 未填（按登记），登记 126", 5, 5));
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
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldReturnFromTheProvinceToTheCitysReviewAndGoOnToApproval() {
    ProcessInstance instance = start();
    review("sjzreviewer", "APPROVE", null);
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW);
    String provincial = task(current).getId();

    assertThat(doors.returnTargets(provincial, "hereviewer"))
        .containsExactly("revise-application 申请人（修改申请）", "municipal-review 市级初审");
    assertThat(doors.returnTo(provincial, "hereviewer", MUNICIPAL_REVIEW, "岗位职责与全省规范不符，请市级重新初审"))
        .isEqualTo("市级初审");

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
    Task returned = task(current);
    assertThat(returned).hasCandidateGroup("HE-SJZ");
    assertThat(returned.getDueDate()).isNotNull();
    assertThat((String) engine.getTaskService().getVariableLocal(returned.getId(), HISTORY.name()))
        .contains("退回至 市级初审", "岗位职责与全省规范不符");
    // The province's timers went with its task; the city's review has its own again.
    assertThat(jobs(instance, PROVINCIAL_REMINDER) + jobs(instance, PROVINCIAL_OVERDUE)
        + jobs(instance, PROVINCIAL_ESCALATION)).isZero();
    assertThat(jobs(instance, MUNICIPAL_REMINDER) + jobs(instance, MUNICIPAL_OVERDUE)
        + jobs(instance, MUNICIPAL_ESCALATION)).isEqualTo(3);
    // The city's reviewer reviews the same step again; the province's, its own again.
    review("sjzreviewer", "APPROVE", "已按省总意见修改岗位职责");
    review("hereviewer", "APPROVE", null);

    assertThat(instance).isEnded().hasPassed(END_APPROVED);
    verify(applications).register(any(), any(), any(), anyString());
    assertThat(rows()).containsExactly("REVIEW sjzreviewer APPROVE null", "REVIEW hereviewer RETURN municipal-review",
        "REVIEW sjzreviewer APPROVE null", "REVIEW hereviewer APPROVE null");
  }

  @Test
  void shouldReturnToTheApplicantWhoResubmits() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();
    assertThat(doors.returnTargets(municipal, "sjzreviewer")).containsExactly("revise-application 申请人（修改申请）");

    doors.returnTo(municipal, "sjzreviewer", REVISE_APPLICATION, "请补充岗位职责");

    assertThat(instance).isWaitingAt(REVISE_APPLICATION);
    assertThat(task(current)).isAssignedTo("zdclerk");
    assertThat((String) engine.getTaskService().getVariableLocal(task(current).getId(), HISTORY.name()))
        .contains("退回至 申请人（修改申请）。意见：请补充岗位职责");
    // The applicant's own step declares no return.
    assertThatThrownBy(() -> doors.returnTo(task(current).getId(), "zdclerk", MUNICIPAL_REVIEW, "不对"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    login("zdclerk");
    engine.getTaskService().complete(task(current).getId(), Map.of(REVISION_ACTION.name(), "RESUBMIT",
        DUTIES.name(), "负责职工维权与集体协商"));
    logout();
    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
  }

  @Test
  void shouldRefuseAReturnToAStepNotPassedOrWithoutAReason() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();

    assertThatThrownBy(() -> doors.returnTo(municipal, "sjzreviewer", PROVINCIAL_REVIEW, "越级"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("targetStep"));
    assertThatThrownBy(() -> doors.returnTo(municipal, "sjzreviewer", MUNICIPAL_REVIEW, "原地"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("targetStep"));
    assertThatThrownBy(() -> doors.returnTo(municipal, "sjzreviewer", REVISE_APPLICATION, " "))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> doors.returnTo(municipal, "bdreviewer", REVISE_APPLICATION, "别的市"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
    assertThat(ProcessTestKernel.REVIEWS.rows).isEmpty();
  }

  @Test
  void shouldAskACoReviewerBeforeAndBringTheTaskBack() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();

    doors.addCoReviewer(municipal, "sjzreviewer", "lcclerk", "BEFORE");

    Task delegated = task(current);
    assertThat(delegated.getAssignee()).isEqualTo("lcclerk");
    assertThat(delegated.getOwner()).isEqualTo("sjzreviewer");
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
    assertThat(doors.actions(municipal, "lcclerk")).isEqualTo("false false false true");
    // Nobody else decides meanwhile, the adder neither.
    assertThatThrownBy(() -> review("sjzreviewer2", "APPROVE", null)).isInstanceOf(Refusal.class);
    // The co-reviewer, a clerk of a county below the city, submits the review form as Tasklist does.
    login("lcclerk");
    engine.getFormService().submitTaskForm(municipal, Map.of(DECISION.name(), "REJECT", COMMENT.name(),
        "栾城区同类岗位已满编，建议缓设"));
    logout();

    Task back = task(current);
    assertThat(back.getAssignee()).isEqualTo("sjzreviewer");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), DECISION.name())).isNull();
    assertThat(doors.coReviewers(municipal, "sjzreviewer")).containsExactly("lcclerk BEFORE DONE");
    review("sjzreviewer", "APPROVE", "已听取栾城区意见，仍同意设置");

    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW);
    assertThat(rows()).containsExactly("CO_REVIEWER_ADDED sjzreviewer null null", "CO_REVIEW lcclerk REJECT null",
        "REVIEW sjzreviewer APPROVE null");
    assertThat(ProcessTestKernel.REVIEWS.rows.get(1).reviewerRole()).isEqualTo("clerk");
  }

  @Test
  void shouldLetACoReviewerAfterDecideOnceTheReviewerApproves() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();
    doors.addCoReviewer(municipal, "sjzreviewer", "sjzreviewer2", "AFTER");
    assertThat(task(current).getAssignee()).isEqualTo("sjzreviewer");

    review("sjzreviewer", "APPROVE", null);

    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
    assertThat(task(current).getAssignee()).isEqualTo("sjzreviewer2");
    assertThat(doors.coReviewers(municipal, "sjzreviewer")).containsExactly("sjzreviewer2 AFTER ACTING");
    review("sjzreviewer2", "APPROVE", "同意");

    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW);
    assertThat(rows()).containsExactly("CO_REVIEWER_ADDED sjzreviewer null null", "REVIEW sjzreviewer APPROVE null",
        "CO_REVIEW sjzreviewer2 APPROVE null");
  }

  @Test
  void shouldEndWhenTheCoReviewerAfterRejects() {
    ProcessInstance instance = start();
    doors.addCoReviewer(task(current).getId(), "sjzreviewer", "sjzreviewer2", "AFTER");
    review("sjzreviewer", "APPROVE", null);

    review("sjzreviewer2", "REJECT", "不符合设岗条件");

    assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(PROVINCIAL_REVIEW);
  }

  @Test
  void shouldCompleteAtOnceAndDropTheCoReviewerWhenTheReviewerRejects() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();
    doors.addCoReviewer(municipal, "sjzreviewer", "sjzreviewer2", "AFTER");

    review("sjzreviewer", "REJECT", "职工人数不足");

    assertThat(instance).isEnded().hasPassed(END_REJECTED);
    assertThat(rows()).containsExactly("CO_REVIEWER_ADDED sjzreviewer null null", "REVIEW sjzreviewer REJECT null",
        "CO_REVIEWER_DROPPED sjzreviewer null null");
    assertThat(ProcessTestKernel.CO_REVIEWERS.states()).containsExactly("DROPPED");
  }

  @Test
  void shouldRefuseACoReviewerAfterWhoHasSinceMovedToAnotherCity() {
    ProcessInstance instance = start();
    doors.addCoReviewer(task(current).getId(), "sjzreviewer", "lcclerk", "AFTER");
    review("sjzreviewer", "APPROVE", null);
    assertThat(task(current).getAssignee()).isEqualTo("lcclerk");

    // An administrator moves lcclerk to 涿州 (Baoding): their turn on Shijiazhuang's review goes with the move.
    engine.getIdentityService().setAuthentication("lcclerk", List.of("HE-BD-ZZ", "clerk"));
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DECISION.name(), "APPROVE");
      assertThatThrownBy(() -> engine.getTaskService().complete(task(current).getId(), variables))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("已不属于");
    } finally {
      logout();
    }
    assertThat(instance).isWaitingAt(MUNICIPAL_REVIEW);
  }

  @Test
  void shouldRefuseAddingACoReviewerOrTransferringByOneWhoGaveAnOpinionOnAnotherLevel() {
    start();
    review("sjzreviewer", "APPROVE", null);
    String provincial = task(current).getId();
    // The province asks sjzreviewer2, of a city below it, for an opinion first.
    doors.addCoReviewer(provincial, "hereviewer", "sjzreviewer2", "BEFORE");
    review("sjzreviewer2", "APPROVE", "同意上报");
    doors.returnTo(provincial, "hereviewer", MUNICIPAL_REVIEW, "请市总工会重新核实");
    String municipal = task(current).getId();
    engine.getTaskService().claim(municipal, "sjzreviewer2");

    // Back at the city: sjzreviewer2, who gave an opinion on the province's level, may not have this one decided
    // by someone of their choosing, nor hand it on.
    assertThatThrownBy(() -> doors.addCoReviewer(municipal, "sjzreviewer2", "lcclerk", "BEFORE"))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("同一人不能审核两级");
    assertThatThrownBy(() -> doors.transfer(municipal, "sjzreviewer2", "sjzreviewer", "外出"))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("同一人不能审核两级");
    assertThat(task(current).getAssignee()).isEqualTo("sjzreviewer2");
  }

  @Test
  void shouldRemoveACoReviewerWhoHasNotActed() {
    start();
    String municipal = task(current).getId();
    doors.addCoReviewer(municipal, "sjzreviewer", "lcclerk", "BEFORE");

    assertThatThrownBy(() -> doors.removeCoReviewer(municipal, "sjzreviewer2", "lcclerk"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    doors.removeCoReviewer(municipal, "sjzreviewer", "lcclerk");

    Task back = task(current);
    assertThat(back.getAssignee()).isEqualTo("sjzreviewer");
    assertThat(back.getDelegationState()).isNull();
    assertThatThrownBy(() -> review("lcclerk", "APPROVE", null)).isInstanceOf(AuthorizationException.class);
    assertThat(doors.coReviewers(municipal, "sjzreviewer")).containsExactly("lcclerk BEFORE REMOVED");
    assertThat(rows()).containsExactly("CO_REVIEWER_ADDED sjzreviewer null null",
        "CO_REVIEWER_REMOVED sjzreviewer null null");
  }

  @Test
  void shouldRefuseCoReviewersFromAnotherCityAboveOrTheCaseItself() {
    start();
    String municipal = task(current).getId();

    for (String stranger : List.of("bdreviewer", "zzclerk", "hereviewer", "zdclerk", "sjzreviewer", "nobody")) {
      assertThatThrownBy(() -> doors.addCoReviewer(municipal, "sjzreviewer", stranger, "BEFORE"))
          .as(stranger).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("userId"));
    }
    review("sjzreviewer", "APPROVE", null);
    // The city's reviewer reviewed the other level: not the province's co-reviewer.
    assertThatThrownBy(() -> doors.addCoReviewer(task(current).getId(), "hereviewer", "sjzreviewer", "AFTER"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getMessage()).contains("同一人不能审核两级"));
    assertThat(ProcessTestKernel.CO_REVIEWERS.states()).isEmpty();
  }

  @Test
  void shouldTransferForGoodToAColleague() {
    ProcessInstance instance = start();
    String municipal = task(current).getId();
    // Delegated and given back before: the transfer leaves no owner to give it back to.
    doors.delegate(municipal, "sjzreviewer", "sjzreviewer2");
    login("sjzreviewer2");
    engine.getTaskService().resolveTask(municipal, Map.of(DECISION.name(), "APPROVE"));
    logout();

    doors.transfer(municipal, "sjzreviewer", "sjzreviewer2", "本人出差，转同事办理");

    Task transferred = task(current);
    assertThat(transferred.getAssignee()).isEqualTo("sjzreviewer2");
    assertThat(transferred.getOwner()).isNull();
    assertThat(transferred.getDelegationState()).isNull();
    assertThatThrownBy(() -> review("sjzreviewer", "APPROVE", null)).isInstanceOf(Refusal.class);
    review("sjzreviewer2", "APPROVE", null);
    assertThat(instance).isWaitingAt(PROVINCIAL_REVIEW);
    assertThat(rows()).containsExactly("TRANSFER sjzreviewer null null", "REVIEW sjzreviewer2 APPROVE null");
    assertThat(ProcessTestKernel.REVIEWS.rows.get(0).targetUser()).isEqualTo("sjzreviewer2");
  }

  @Test
  void shouldRefuseATransferToAnotherRoleOrCity() {
    start();
    String municipal = task(current).getId();

    for (String stranger : List.of("sjzclerk", "bdreviewer", "hereviewer", "sjzreviewer")) {
      assertThatThrownBy(() -> doors.transfer(municipal, "sjzreviewer", stranger, null))
          .as(stranger).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("userId"));
    }
    assertThatThrownBy(() -> doors.transfer(municipal, "bdreviewer", "sjzreviewer2", null))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    assertThat(task(current).getAssignee()).isNull();
    assertThat(ProcessTestKernel.REVIEWS.rows).isEmpty();
  }

  private long jobs(ProcessInstance instance, String boundaryEvent) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(boundaryEvent).count();
  }

  private List<String> rows() {
    return ProcessTestKernel.REVIEWS.rows.stream().map(PostApplicationCaseActionsTest::row).toList();
  }

  private static String row(Entry entry) {
    return entry.kind() + " " + entry.reviewerId() + " " + entry.decision() + " " + entry.returnedTo();
  }

  private ProcessInstance start() {
    login("zdclerk");
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put(UNIT_CODE.name(), "HE-SJZ-ZD-ZDZ");
      variables.put(APPLICATION_TYPE.name(), "NEW");
      variables.put(REQUESTED_POSTS.name(), 1);
      variables.put(PROPOSED_GRADE.name(), "LEVEL_3");
      variables.put(EMPLOYEE_COUNT.name(), 1850);
      variables.put(JUSTIFICATION.name(), "镇域企业集中，职工维权和服务需求大");
      current = engine.getRuntimeService().startProcessInstanceByKey(PostApplicationProcess.KEY, variables);
      return current;
    } finally {
      logout();
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
      logout();
    }
  }

  private void login(String userId) {
    engine.getIdentityService().setAuthentication(userId, List.of(ORGS.get(userId), ROLES.get(userId)));
  }

  private void logout() {
    engine.getIdentityService().clearAuthentication();
  }
}
