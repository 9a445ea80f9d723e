package cn.unionsw.platform.follow;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.REVISE_APPLICATION;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;
import static cn.unionsw.platform.review.Review.COMMENT;
import static cn.unionsw.platform.review.Review.DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.notifications.Notice;
import cn.unionsw.platform.notifications.Notifications;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.posts.PostApplicationDelegates;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.review.CaseWatchers;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.review.Watch;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * Following a case, on post-application with the real kernel (guard, listeners) and the real copy and urge services
 * over in-memory tables: the watchers' marks on each open task, a copy to a user and to an organisation, what a
 * copy recipient may (read) and may not (claim, complete), urging once per working day across the National Day
 * holiday with the engine's clock moved, and one notification per recipient and event.
 */
@Deployment(resources = "processes/post-application.bpmn")
class CaseFollowProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml").build();

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Map<String, String> ORGS = Map.of("zdclerk", "HE-SJZ-ZD", "sjzreviewer", "HE-SJZ",
      "sjzreviewer2", "HE-SJZ", "hereviewer", "HE", "lcclerk", "HE-SJZ-LC", "lcclerk2", "HE-SJZ-LC",
      "bdreviewer", "HE-BD");
  private static final Map<String, String> ROLES = Map.of("zdclerk", "clerk", "sjzreviewer", "reviewer",
      "sjzreviewer2", "reviewer", "hereviewer", "reviewer", "lcclerk", "clerk", "lcclerk2", "clerk",
      "bdreviewer", "reviewer");

  ProcessEngine engine;
  ProcessInstance current;
  final OrgAccess access = mock(OrgAccess.class);
  final OrgService orgs = mock(OrgService.class);
  final Notifications notifications = mock(Notifications.class);
  final InMemoryUrges urgeRows = new InMemoryUrges();
  final InMemoryCopies copyRows = new InMemoryCopies();
  CaseCopies copies;
  CaseUrges urges;
  FollowedCases followed;
  CaseWatchers watchers;

  @BeforeEach
  void setUp() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, orgs);
    PostApplicationDelegates.register(engine);
    when(access.reachOf(anyString())).thenAnswer(call -> {
      String user = call.getArgument(0);
      return new Reach(user, false, List.of(ORGS.getOrDefault(user, "HE-XX")), List.of(ROLES.getOrDefault(user, "")));
    });
    when(orgs.find(anyString())).thenAnswer(call -> Optional.of(new Organisation(call.getArgument(0), null,
        call.getArgument(0) + "总工会", OrgType.COUNTY, null, null, null)));
    when(orgs.nameOf(anyString())).thenAnswer(call -> call.getArgument(0) + "总工会");
    ORGS.forEach(this::ensureUser);

    watchers = ProcessTestKernel.watchers();
    var openTasks = ProcessTestKernel.openTasks(engine);
    var deadlines = new Deadlines(SeededCalendar.calendar(), engine.getRuntimeService(), engine.getIdentityService(),
        "Asia/Shanghai");
    var views = new CaseViews(openTasks, deadlines, urgeRows, orgs, engine.getHistoryService(),
        engine.getRepositoryService(), engine.getIdentityService());
    copies = new CaseCopies(ProcessTestKernel.cases(), watchers, openTasks, access, orgs,
        engine.getIdentityService(), copyRows, notifications, deadlines, views);
    urges = new CaseUrges(openTasks, ProcessTestKernel.cases(), deadlines, urgeRows, notifications,
        engine.getTaskService(), engine.getHistoryService(), engine.getIdentityService(),
        ProcessTestKernel.actors(engine.getIdentityService()));
    followed = new FollowedCases(ProcessTestKernel.cases(), watchers, views, ProcessTestKernel.reviewRecord(),
        copyRows, urgeRows, copies);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldMarkEachOpenTaskForTheStarterThoseWhoActedAndThoseItWasCopiedTo() {
    start();
    assertThat(marks()).containsExactly("starter:zdclerk");
    assertThat(readers(task())).containsExactly("zdclerk");

    copies.copy(current.getId(), "zdclerk", new CaseCopies.CopyRequest(List.of("lcclerk"), null, "请知悉"));
    assertThat(marks()).containsExactlyInAnyOrder("starter:zdclerk", "copy:lcclerk");
    review("sjzreviewer", "APPROVE", null);

    assertThat(current).isWaitingAt(PROVINCIAL_REVIEW);
    assertThat(marks()).containsExactlyInAnyOrder("starter:zdclerk", "handled:sjzreviewer", "copy:lcclerk");
    assertThat(readers(task())).containsExactlyInAnyOrder("zdclerk", "sjzreviewer", "lcclerk");
    assertThat(candidateGroups()).as("marks are no organisations: the province's review stays the province's")
        .contains("HE");
    review("hereviewer", "APPROVE", null);
    assertThat(current).isEnded();
    assertThat(watchers.of(current.getId())).extracting(w -> w.kind() + " " + w.userId())
        .containsExactlyInAnyOrder("STARTER zdclerk", "COPY lcclerk", "HANDLED sjzreviewer", "HANDLED hereviewer");
    assertThat(followed.mine("hereviewer", "HANDLED", 0, 10)).extracting(CaseViews.CaseView::state)
        .containsExactly("ENDED");
  }

  @Test
  void shouldEscalateToTheNextOrganisationAloneWhateverMarksTheTaskCarries() {
    start();
    copies.copy(current.getId(), "zdclerk", new CaseCopies.CopyRequest(List.of("lcclerk"), null, null));

    fireCityDeadlineTimers();

    assertThat(candidateGroups()).as("the city's parent joins; a mark has no parent organisation")
        .containsExactlyInAnyOrder("HE-SJZ", "HE", "starter:zdclerk", "copy:lcclerk");
    assertThat(followed.progress(current.getId(), "zdclerk").summary().steps().get(0).dueState())
        .isEqualTo(DueState.OVERDUE);
    review("hereviewer", "APPROVE", "市级逾期未审，省总工会代为初审");
    assertThat(current).isWaitingAt(PROVINCIAL_REVIEW);
  }

  @Test
  void shouldTellWhoMayActOnTheReviewOfEachOfItsEventsAndTheNextLevelOfItsEscalation() {
    start();
    String review = task().getId();
    fireCityDeadlineTimers();
    review("hereviewer", "APPROVE", "市级逾期未审，省总工会代为初审");

    var events = ArgumentCaptor.forClass(String.class);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<java.util.Collection<Notice>> sent = ArgumentCaptor.forClass(java.util.Collection.class);
    verify(ProcessTestKernel.NOTICES, Mockito.atLeastOnce()).sendOnce(events.capture(), sent.capture());
    Map<String, List<String>> told = new java.util.LinkedHashMap<>();
    for (int i = 0; i < events.getAllValues().size(); i++) {
      told.put(events.getAllValues().get(i), sent.getAllValues().get(i).stream().map(Notice::userId).toList());
    }
    String provincial = task().getId();
    assertThat(told).containsExactly(
        Map.entry("TASK_CREATED:" + review, List.of("sjzreviewer", "sjzreviewer2")),
        Map.entry("TASK_DUE_SOON:" + review, List.of("sjzreviewer", "sjzreviewer2")),
        Map.entry("TASK_OVERDUE:" + review, List.of("sjzreviewer", "sjzreviewer2")),
        Map.entry("TASK_ESCALATED:" + review, List.of("hereviewer")),
        Map.entry("TASK_CREATED:" + provincial, List.of("hereviewer")));
    assertThat(sent.getAllValues().get(0)).first().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo("TASK_CREATED");
      assertThat(notice.message()).contains("市级工会初审", current.getBusinessKey(), "待您办理", "期限");
      assertThat(notice.taskId()).isEqualTo(review);
    });
  }

  @Test
  void shouldCopyToAUserWhoThenReadsThatCaseAloneAndMayNotClaimOrComplete() {
    start();
    ProcessInstance copied = current;
    var result = copies.copy(copied.getId(), "zdclerk", new CaseCopies.CopyRequest(List.of("lcclerk"), null, "请知悉"));
    ProcessInstance other = start();

    assertThat(result.recipients()).containsExactly("lcclerk");
    assertThat(ProcessTestKernel.cases().reachable(copied.getId(), "lcclerk")).isPresent();
    assertThat(ProcessTestKernel.cases().reachable(other.getId(), "lcclerk")).isEmpty();
    assertThat(grant("lcclerk", Resources.PROCESS_INSTANCE, copied.getId())).isTrue();
    assertThat(grant("lcclerk", Resources.HISTORIC_PROCESS_INSTANCE, copied.getId())).isTrue();
    assertThat(grant("lcclerk", Resources.PROCESS_INSTANCE, other.getId())).isFalse();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(copied.getId()).singleResult().getId();
    login("lcclerk");
    assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "lcclerk"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(DECISION.name(), "APPROVE")))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(followed.mine("lcclerk", "COPIED", 0, 10)).extracting(CaseViews.CaseView::processInstanceId)
        .containsExactly(copied.getId());
    assertThat(followed.progress(copied.getId(), "lcclerk").mayCopy()).as("a copy is for reading").isFalse();
    assertThatThrownBy(() -> followed.progress(other.getId(), "lcclerk")).isInstanceOf(Refusal.class)
        .hasMessageContaining("没有这个案件");
    verify(notifications).send(noticeTo("lcclerk", CaseCopies.NOTICE));
  }

  @Test
  void shouldCopyToEveryMemberOfAnOrganisationEachOnce() {
    start();

    var result = copies.copy(current.getId(), "sjzreviewer",
        new CaseCopies.CopyRequest(List.of("lcclerk"), List.of("HE-SJZ-LC", "HE-SJZ"), null));

    assertThat(result.recipients()).as("named, then each member once; never the one who copies")
        .containsExactly("lcclerk", "lcclerk2", "sjzreviewer2");
    assertThat(copyRows.of(current.getId())).extracting(copy -> copy.recipientId() + "/" + copy.organisation())
        .containsExactly("lcclerk/null", "lcclerk2/HE-SJZ-LC", "sjzreviewer2/HE-SJZ");
    assertThat(marks()).contains("copy:lcclerk", "copy:lcclerk2", "copy:sjzreviewer2");
    var sent = ArgumentCaptor.forClass(Notice.class);
    verify(notifications, Mockito.times(3)).send(sent.capture());
    assertThat(sent.getAllValues()).extracting(Notice::userId).containsExactly("lcclerk", "lcclerk2", "sjzreviewer2");
    assertThat(sent.getAllValues().get(0).message()).contains("石家庄市总工会审核员（sjzreviewer）", "抄送给您",
        current.getBusinessKey());
  }

  @Test
  void shouldLetOnlyTheStarterAndThoseWhoActOnTheCaseCopyIt() {
    start();

    for (String stranger : List.of("hereviewer", "lcclerk")) {
      assertThatThrownBy(() -> copies.copy(current.getId(), stranger,
          new CaseCopies.CopyRequest(List.of("bdreviewer"), null, null)))
          .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).kind())
          .isEqualTo(stranger.equals("hereviewer") ? Refusal.Kind.FORBIDDEN : Refusal.Kind.NOT_FOUND);
    }
    assertThatThrownBy(() -> copies.copy(current.getId(), "zdclerk",
        new CaseCopies.CopyRequest(List.of("nobody"), null, null))).hasMessageContaining("没有这个用户");
    assertThat(copyRows.rows).isEmpty();
    verify(notifications, never()).send(any());
  }

  @Test
  void shouldUrgeOncePerWorkingDayAcrossTheNationalDayHoliday() {
    ClockUtil.setCurrentTime(at(2026, 9, 24, 10, 0));
    start();
    // Five working days from Thursday 24 September across the Mid-Autumn holiday: due Friday 9 October.
    assertThat(task().getDueDate()).isEqualTo(at(2026, 10, 9, 23, 59, 59));

    ClockUtil.setCurrentTime(at(2026, 9, 28, 10, 0));
    assertThat(refusal(() -> urge("请尽快审核"))).isEqualTo("not_due_soon");
    ClockUtil.setCurrentTime(at(2026, 9, 30, 9, 0));
    assertThat(followed.progress(current.getId(), "zdclerk").summary().steps().get(0).urgeable()).isTrue();
    assertThat(urge("节前请审核").urgeDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    ClockUtil.setCurrentTime(at(2026, 9, 30, 16, 0));
    assertThat(refusal(() -> urge(null))).isEqualTo("already_urged");
    assertThat(followed.progress(current.getId(), "zdclerk").summary().steps().get(0).urgeable()).isFalse();
    // On the holiday an urge counts for the day work resumes, Thursday 8 October: one, and no more until then.
    ClockUtil.setCurrentTime(at(2026, 10, 1, 10, 0));
    assertThat(urge(null).urgeDay()).isEqualTo(LocalDate.of(2026, 10, 8));
    ClockUtil.setCurrentTime(at(2026, 10, 4, 10, 0));
    assertThat(refusal(() -> urge(null))).isEqualTo("already_urged");
    ClockUtil.setCurrentTime(at(2026, 10, 8, 9, 0));
    assertThat(refusal(() -> urge(null))).isEqualTo("already_urged");
    ClockUtil.setCurrentTime(at(2026, 10, 9, 9, 0));
    assertThat(urge(null).urgeDay()).isEqualTo(LocalDate.of(2026, 10, 9));

    assertThat(urgeRows.rows).extracting(UrgeMapper.Urge::urgeDay).containsExactly(LocalDate.of(2026, 9, 30),
        LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));
    // Unclaimed: each reviewer of the candidate organisation, once per urge.
    List<Notice> sent = urgeNotices(3);
    assertThat(sent).extracting(Notice::userId).containsExactly("sjzreviewer", "sjzreviewer2",
        "sjzreviewer", "sjzreviewer2", "sjzreviewer", "sjzreviewer2");
    assertThat(sent.get(0).message()).contains("催办", current.getBusinessKey(), "节前请审核");
    assertThat(engine.getTaskService().getTaskComments(task().getId())).extracting(c -> c.getFullMessage())
        .contains("申请人催办：节前请审核");
  }

  @Test
  void shouldUrgeTheAssigneeAloneOnceTheStepIsClaimed() {
    ClockUtil.setCurrentTime(at(2026, 11, 2, 10, 0));
    start();
    engine.getTaskService().claim(task().getId(), "sjzreviewer2");
    ClockUtil.setCurrentTime(at(2026, 11, 20, 10, 0)); // overdue by now

    var urge = urge("已超期，请办理");

    assertThat(urge.recipients()).isEqualTo(1);
    assertThat(urgeNotices(1)).extracting(Notice::userId).containsExactly("sjzreviewer2");
  }

  @Test
  void shouldLetOnlyTheStarterUrgeAndNeverTheirOwnStep() {
    ClockUtil.setCurrentTime(at(2026, 11, 2, 10, 0));
    start();
    ClockUtil.setCurrentTime(at(2026, 11, 20, 10, 0));
    String taskId = task().getId();

    assertThatThrownBy(() -> urges.urge(taskId, "sjzreviewer", null)).isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    assertThatThrownBy(() -> urges.urge(taskId, "lcclerk", null)).isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    review("sjzreviewer", "RETURN", "请补充职工人数证明");
    assertThat(current).isWaitingAt(REVISE_APPLICATION);
    assertThat(refusal(() -> urge(null))).isEqualTo("own_step");
    assertThat(urgeRows.rows).isEmpty();
    verify(notifications, never()).send(any());
    verify(notifications, never()).sendOnce(any(), any());
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** The notices of the urges sent so far (each urge one event, keyed by task and urge day), in order. */
  @SuppressWarnings("unchecked")
  private List<Notice> urgeNotices(int urges) {
    var events = ArgumentCaptor.forClass(String.class);
    var sent = ArgumentCaptor.forClass(java.util.Collection.class);
    verify(notifications, Mockito.times(urges)).sendOnce(events.capture(), sent.capture());
    assertThat(events.getAllValues()).allMatch(event -> event.startsWith("URGE:")).doesNotHaveDuplicates();
    return sent.getAllValues().stream().flatMap(notices -> ((java.util.Collection<Notice>) notices).stream())
        .toList();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UNIT_CODE.name(), "HE-SJZ-ZD-ZDZ");
    variables.put(APPLICATION_TYPE.name(), "NEW");
    variables.put(REQUESTED_POSTS.name(), 1);
    variables.put(PROPOSED_GRADE.name(), "LEVEL_3");
    variables.put(EMPLOYEE_COUNT.name(), 1850);
    variables.put(JUSTIFICATION.name(), "镇域企业集中，职工维权和服务需求大");
    variables.put(DUTIES.name(), "职工维权、集体协商指导");
    login("zdclerk");
    try {
      current = engine.getRuntimeService().startProcessInstanceByKey(PostApplicationProcess.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(current).isWaitingAt(MUNICIPAL_REVIEW);
    return current;
  }

  private void review(String reviewer, String decision, String comment) {
    login(reviewer);
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DECISION.name(), decision);
      variables.put(COMMENT.name(), comment);
      engine.getTaskService().complete(task().getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private UrgeMapper.Urge urge(String message) {
    return urges.urge(task().getId(), "zdclerk", message);
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
      return "accepted";
    } catch (Refusal refusal) {
      return refusal.error();
    }
  }

  private void login(String userId) {
    engine.getIdentityService().setAuthentication(userId, List.of(ORGS.get(userId), ROLES.get(userId)));
  }

  /** The city review's reminder, overdue and escalation timers fire, each at its time. */
  private void fireCityDeadlineTimers() {
    for (String timer : List.of(PostApplicationProcess.Elements.MUNICIPAL_REMINDER,
        PostApplicationProcess.Elements.MUNICIPAL_OVERDUE, PostApplicationProcess.Elements.MUNICIPAL_ESCALATION)) {
      var job = engine.getManagementService().createJobQuery().processInstanceId(current.getId()).activityId(timer)
          .singleResult();
      ClockUtil.setCurrentTime(job.getDuedate());
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private Task task() {
    return engine.getTaskService().createTaskQuery().processInstanceId(current.getId()).singleResult();
  }

  private List<String> candidateGroups() {
    return engine.getTaskService().getIdentityLinksForTask(task().getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  private List<String> marks() {
    return candidateGroups().stream().filter(Watch::isMark).toList();
  }

  /** Users holding a grant of READ on the task. */
  private List<String> readers(Task task) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).list().stream()
        .filter(grant -> grant.getUserId() != null && grant.isPermissionGranted(Permissions.READ))
        .map(grant -> grant.getUserId()).toList();
  }

  private boolean grant(String userId, Resources resource, String resourceId) {
    return engine.getAuthorizationService().createAuthorizationQuery().userIdIn(userId).resourceType(resource)
        .resourceId(resourceId).count() > 0;
  }

  private void ensureUser(String userId, String org) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    var user = identity.newUser(userId);
    user.setFirstName(org.equals("HE-SJZ") ? "石家庄市总工会" : org);
    user.setLastName(ROLES.get(userId).equals("reviewer") ? "审核员" : "经办人");
    identity.saveUser(user);
    for (String group : List.of(org, ROLES.get(userId))) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(userId, group);
    }
  }

  private static Notice noticeTo(String userId, String kind) {
    return Mockito.argThat(notice -> notice != null && notice.userId().equals(userId) && notice.kind().equals(kind));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
  }

  /** The urges, in memory, one per task and day as the unique index keeps them. */
  static final class InMemoryUrges implements UrgeMapper {

    final List<Urge> rows = new ArrayList<>();

    @Override
    public void insert(Urge urge) {
      if (countOn(urge.taskId(), urge.urgeDay()) > 0) {
        throw new org.springframework.dao.DuplicateKeyException("ux_case_urge_task_day");
      }
      rows.add(urge);
    }

    @Override
    public int countOn(String taskId, LocalDate day) {
      return (int) rows.stream().filter(row -> row.taskId().equals(taskId) && row.urgeDay().equals(day)).count();
    }

    @Override
    public List<Urge> of(String processInstanceId) {
      return rows.stream().filter(row -> row.processInstanceId().equals(processInstanceId)).toList();
    }
  }

  /** The copies, in memory. */
  static final class InMemoryCopies implements CopyMapper {

    final List<Object[]> rows = new ArrayList<>();

    @Override
    public void insert(String processInstanceId, Copy copy) {
      rows.add(new Object[] {processInstanceId, copy});
    }

    @Override
    public List<Copy> of(String processInstanceId) {
      return rows.stream().filter(row -> row[0].equals(processInstanceId)).map(row -> (Copy) row[1]).toList();
    }
  }
}
