package cn.unionsw.platform.review;

import cn.unionsw.platform.evaluation.AppealProcess;
import cn.unionsw.platform.evaluation.DailyEntryProcess;
import cn.unionsw.platform.evaluation.EvaluationProcess;
import cn.unionsw.platform.evaluation.EvaluationRoundProcess;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.procurement.ContractorDefaultProcess;
import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.recruitment.RecruitmentRoundProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The approval kernel in the process tests' engine (process-test.camunda.cfg.xml), without Spring: the real guard,
 * parse listener and listeners, over in-memory tables and the organisation services a test hands in with
 * {@link #use}.
 */
public class ProcessTestKernel extends AbstractProcessEnginePlugin {

  /** Every process the tests run, declared as in the platform. */
  static final List<CaseDeclaration> DECLARATIONS = List.of(PostApplicationProcess.DECLARATION,
      ProcurementProcess.DECLARATION, ContractorDefaultProcess.DECLARATION,
      RecruitmentRoundProcess.DECLARATION, EvaluationProcess.DECLARATION, EvaluationRoundProcess.DECLARATION,
      AppealProcess.DECLARATION, DailyEntryProcess.DECLARATION);

  private static OrgAccess access;
  private static OrgService orgs;
  public static final InMemoryCases CASES = new InMemoryCases();
  public static final InMemoryReviews REVIEWS = new InMemoryReviews();
  public static final InMemoryCoReviewers CO_REVIEWERS = new InMemoryCoReviewers();
  private static Doors doors;
  public static final InMemoryWatchers WATCHERS = new InMemoryWatchers();
  private static CaseWatchers caseWatchers;
  private static Cases cases;
  private static ReviewRecord reviewRecord;
  /** Where the kernel's task notices go in the process tests: a mock a test may verify; cleared by {@link #use}. */
  public static final cn.unionsw.platform.notifications.Notifications NOTICES =
      org.mockito.Mockito.mock(cn.unionsw.platform.notifications.Notifications.class);

  /** The organisation services of the next test; clears the tables. */
  public static void use(OrgAccess orgAccess, OrgService orgService) {
    access = orgAccess;
    orgs = orgService;
    CASES.files.clear();
    CASES.series.clear();
    REVIEWS.rows.clear();
    CO_REVIEWERS.rows.clear();
    WATCHERS.rows.clear();
    org.mockito.Mockito.clearInvocations(NOTICES);
  }

  /** The kernel's watchers over the process tests' engine, for features built on them. */
  public static CaseWatchers watchers() {
    return caseWatchers;
  }

  /** The open tasks of declared steps, over the given engine. */
  public static OpenTasks openTasks(org.camunda.bpm.engine.ProcessEngine engine) {
    return new OpenTasks(engine.getTaskService(), engine.getRepositoryService(), engine.getIdentityService(),
        declarations(), taskId -> taskId);
  }

  /** The review record over the in-memory rows. */
  public static ReviewRecord reviewRecord() {
    return reviewRecord;
  }

  /** The kernel's cases (reach, starters) over the in-memory tables. */
  public static Cases cases() {
    return cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Declarations declarations = declarations();
    // One command at a time here: the open tasks as the engine has them, nothing to lock against.
    caseWatchers = new CaseWatchers(WATCHERS, declarations, configuration, processInstanceId -> Context
        .getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
        .map(TaskEntity::getId).sorted().toList(), taskId -> taskId);
    cases = new Cases(CASES, proxy(OrgAccess.class), caseWatchers);
    var record = new ReviewRecord(REVIEWS, proxy(OrgService.class), declarations);
    reviewRecord = record;
    var caseStart = new CaseStartListener(declarations, CASES, new CaseNumbers(CASES, proxy(OrgService.class)),
        proxy(OrgAccess.class), org.mockito.Mockito.mock(CaseReadAccess.class), caseWatchers);
    var turns = new CoReviewTurns(CO_REVIEWERS, record, proxy(OrgAccess.class), caseWatchers);
    var steps = new StepListener(declarations, record, cases, proxy(OrgAccess.class), turns, CO_REVIEWERS,
        caseWatchers, notices());
    new KernelParseListener(declarations, caseStart, steps).preInit(configuration);
    var access = new StepAccess(declarations, CASES, taskId -> taskId, CO_REVIEWERS);
    new EngineGuard(access, new VariableGate(declarations), turns).preInit(configuration);
    doors = new Doors(declarations, cases, record, turns, access);
  }

  @Override
  public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
    doors.build((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), engine.getIdentityService());
  }

  /** The kernel's task doors ({@code /api/tasks/…}) over the tests' engine, as a user calls them. */
  public static Doors doors() {
    return doors;
  }

  /** The task doors' services, built once the engine is; what the controllers call, by the caller's user id. */
  public static final class Doors {

    private final Declarations declarations;
    private final Cases cases;
    private final ReviewRecord record;
    private final CoReviewTurns turns;
    private final StepAccess steps;
    private CaseReturn returns;
    private CoReviewers coReviewers;
    private TaskTransfer transfers;
    private TaskDelegation delegation;
    private TaskActions actions;

    Doors(Declarations declarations, Cases cases, ReviewRecord record, CoReviewTurns turns, StepAccess steps) {
      this.declarations = declarations;
      this.cases = cases;
      this.record = record;
      this.turns = turns;
      this.steps = steps;
    }

    void build(ProcessEngineConfigurationImpl engine, org.camunda.bpm.engine.IdentityService identity) {
      OrgAccess access = proxy(OrgAccess.class);
      TaskSight tasks = new TaskSight(steps, CO_REVIEWERS);
      returns = new CaseReturn(engine, identity, access, tasks, record, caseWatchers);
      coReviewers = new CoReviewers(engine, identity, access, tasks, CO_REVIEWERS, record, turns, cases);
      transfers = new TaskTransfer(engine, identity, access, tasks, record, CO_REVIEWERS, cases);
      delegation = new TaskDelegation(engine, identity, access, declarations, CO_REVIEWERS);
      actions = new TaskActions(engine, identity, access, tasks, returns, coReviewers, CO_REVIEWERS);
    }

    /** The return targets as {@code taskKey label}. */
    public List<String> returnTargets(String taskId, String caller) {
      return returns.targets(taskId, caller).stream().map(target -> target.taskKey() + " " + target.label()).toList();
    }

    public String returnTo(String taskId, String caller, String targetStep, String reason) {
      return returns.returnTo(taskId, caller, targetStep, reason).label();
    }

    public void addCoReviewer(String taskId, String caller, String userId, String position) {
      coReviewers.add(taskId, caller, userId, CoReviewerMapper.Placement.valueOf(position));
    }

    public void removeCoReviewer(String taskId, String caller, String userId) {
      coReviewers.remove(taskId, caller, userId);
    }

    /** The task's co-reviewers as {@code userId position state}. */
    public List<String> coReviewers(String taskId, String caller) {
      return coReviewers.list(taskId, caller).stream()
          .map(view -> view.userId() + " " + view.position() + " " + view.state()).toList();
    }

    public void transfer(String taskId, String caller, String userId, String reason) {
      transfers.transfer(taskId, caller, userId, reason);
    }

    public void delegate(String taskId, String caller, String userId) {
      delegation.delegate(taskId, caller, userId);
    }

    /** What the caller may do, as {@code canAddCoReviewer canTransfer canDelegate coReviewerTurn}. */
    public String actions(String taskId, String caller) {
      var found = actions.of(taskId, caller);
      return found.canAddCoReviewer() + " " + found.canTransfer() + " " + found.canDelegate() + " "
          + found.coReviewerTurn();
    }
  }

  /** The deadline timers' delegate over the given engine. */
  public static org.camunda.bpm.engine.delegate.JavaDelegate deadlineDelegate(
      org.camunda.bpm.engine.TaskService tasks) {
    return new ReviewDeadlineDelegate(new ReviewDeadlineHandler(tasks, declarations(), notices()));
  }

  /**
   * The kernel's rule for who may act on a task, over the engine's own users and groups (no SQL here): the given
   * engine's, or inside a command the running engine's.
   */
  public static TaskActors actors(org.camunda.bpm.engine.IdentityService outside) {
    return new TaskActors((role, organisations) -> {
      var identity = outside != null ? outside : Context.getProcessEngineConfiguration().getIdentityService();
      return organisations.stream()
          .flatMap(organisation -> identity.createUserQuery().memberOfGroup(organisation).list().stream())
          .map(org.camunda.bpm.engine.identity.User::getId)
          .filter(user -> identity.createUserQuery().userId(user).memberOfGroup(role).count() > 0)
          .distinct().sorted().toList();
    });
  }

  private static TaskNotices notices() {
    return new TaskNotices(actors(null), NOTICES, "Asia/Shanghai");
  }

  /** Every process the tests deploy, declared as the platform declares them. */
  private static Declarations declarations() {
    return new Declarations(DECLARATIONS,
        new DefaultListableBeanFactory());
  }

  /** Answers with whatever service the current test handed in. */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type) {
    return (T) org.mockito.Mockito.mock(type, invocation -> invocation.getMethod().invoke(
        type == OrgAccess.class ? access : orgs, invocation.getArguments()));
  }

  /** The case table, in memory. */
  public static final class InMemoryCases implements CaseFileMapper {

    final Map<String, String[]> files = new HashMap<>();
    final Map<String, Integer> series = new HashMap<>();

    @Override
    public void insert(String id, String processKey, String caseNumber, String starterId, String starterOrg) {
      files.put(id, new String[] {caseNumber, starterId, starterOrg});
    }

    @Override
    public String starter(String id) {
      return files.containsKey(id) ? files.get(id)[1] : null;
    }

    @Override
    public CaseFile find(String id) {
      String[] row = files.get(id);
      return row == null ? null : new CaseFile(id, PostApplicationProcess.KEY, row[0], row[1], row[2], null);
    }

    @Override
    public CaseFile findByNumber(String number) {
      return files.keySet().stream().filter(id -> number.equals(files.get(id)[0])).findFirst().map(this::find)
          .orElse(null);
    }

    @Override
    public int advance(String name) {
      return series.computeIfPresent(name, (key, last) -> last + 1) == null ? 0 : 1;
    }

    @Override
    public void open(String name) {
      series.put(name, 1);
    }

    @Override
    public int current(String name) {
      return series.get(name);
    }
  }

  /** The co-reviewers of tasks, in memory. */
  public static final class InMemoryCoReviewers implements CoReviewerMapper {

    final List<CoReviewer> rows = new ArrayList<>();

    /** Each row's state, oldest first. */
    public List<String> states() {
      return rows.stream().map(row -> row.state().name()).toList();
    }

    @Override
    public void insert(CoReviewer row) {
      rows.add(new CoReviewer((long) rows.size() + 1, row.taskId(), row.processInstanceId(), row.taskKey(),
          row.adderId(), row.coReviewerId(), row.placement(), row.state(), java.time.LocalDateTime.now()));
    }

    @Override
    public List<CoReviewer> findByTask(String taskId) {
      return rows.stream().filter(row -> row.taskId().equals(taskId)).toList();
    }

    @Override
    public void setState(long id, State state) {
      CoReviewer row = rows.get((int) id - 1);
      rows.set((int) id - 1, new CoReviewer(row.id(), row.taskId(), row.processInstanceId(), row.taskKey(),
          row.adderId(), row.coReviewerId(), row.placement(), state, row.addedAt()));
    }
  }

  /** Who follows which case, in memory. */
  public static final class InMemoryWatchers implements WatcherMapper {

    public final List<Object[]> rows = new ArrayList<>();

    @Override
    public void insert(String processInstanceId, String userId, Watch kind, String addedBy,
        java.time.LocalDateTime addedAt) {
      rows.add(new Object[] {processInstanceId, userId, kind, addedBy, addedAt});
    }

    @Override
    public List<CaseWatchers.Watcher> of(String processInstanceId) {
      return rows.stream().filter(row -> row[0].equals(processInstanceId))
          .map(row -> new CaseWatchers.Watcher((String) row[1], (Watch) row[2])).distinct().toList();
    }

    @Override
    public List<String> casesOf(String userId, Watch kind, int first, int max) {
      List<String> latestFirst = new ArrayList<>(rows.stream().filter(row -> row[1].equals(userId) && row[2] == kind)
          .map(row -> (String) row[0]).distinct().toList());
      java.util.Collections.reverse(latestFirst);
      return latestFirst.stream().skip(first).limit(max).toList();
    }
  }

  /** The review record, in memory. */
  public static final class InMemoryReviews implements ReviewMapper {

    public final List<ReviewRecord.Entry> rows = new ArrayList<>();

    @Override
    public void insert(ReviewRecord.Entry entry) {
      rows.add(entry);
    }

    @Override
    public int count(String processInstanceId) {
      return findByInstance(processInstanceId).size();
    }

    @Override
    public List<ReviewRecord.Entry> findByInstance(String processInstanceId) {
      return rows.stream().filter(row -> row.processInstanceId().equals(processInstanceId)).toList();
    }
  }
}
