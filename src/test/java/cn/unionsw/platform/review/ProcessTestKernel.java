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
  public static final InMemoryWatchers WATCHERS = new InMemoryWatchers();
  private static CaseWatchers caseWatchers;
  private static Cases cases;
  private static ReviewRecord reviewRecord;

  /** The organisation services of the next test; clears the tables. */
  public static void use(OrgAccess orgAccess, OrgService orgService) {
    access = orgAccess;
    orgs = orgService;
    CASES.files.clear();
    CASES.series.clear();
    REVIEWS.rows.clear();
    WATCHERS.rows.clear();
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
    var record = new ReviewRecord(REVIEWS, proxy(OrgService.class));
    reviewRecord = record;
    var caseStart = new CaseStartListener(declarations, CASES, new CaseNumbers(CASES, proxy(OrgService.class)),
        proxy(OrgAccess.class), org.mockito.Mockito.mock(CaseReadAccess.class), caseWatchers);
    var steps = new StepListener(declarations, record, cases, proxy(OrgAccess.class), caseWatchers);
    new KernelParseListener(declarations, caseStart, steps).preInit(configuration);
    new EngineGuard(new StepAccess(declarations, CASES, taskId -> taskId), new VariableGate(declarations)).preInit(configuration);
  }

  /** The deadline timers' delegate over the given engine. */
  public static org.camunda.bpm.engine.delegate.JavaDelegate deadlineDelegate(
      org.camunda.bpm.engine.TaskService tasks) {
    return new ReviewDeadlineDelegate(new ReviewDeadlineHandler(tasks, declarations()));
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
