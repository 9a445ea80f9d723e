package cn.unionsw.platform.follow;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.CaseFile;
import cn.unionsw.platform.review.OpenTasks;
import cn.unionsw.platform.review.OpenTasks.Open;
import cn.unionsw.platform.review.Step;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * A case as its followers see it (我发起的, 我经办的, 抄送我的, a case's progress): its number, process, starter, whether it
 * is running, and each open step with who holds it (the assignee, or the candidate organisations), its due date and
 * where it stands, and whether the viewer may urge its holders now.
 */
@Service
class CaseViews {

  private final OpenTasks openTasks;
  private final Deadlines deadlines;
  private final UrgeMapper urges;
  private final OrgService orgs;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;

  CaseViews(OpenTasks openTasks, Deadlines deadlines, UrgeMapper urges, OrgService orgs, HistoryService history,
      RepositoryService repository, IdentityService identity) {
    this.openTasks = openTasks;
    this.deadlines = deadlines;
    this.urges = urges;
    this.orgs = orgs;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
  }

  /** One case. */
  record CaseView(String processInstanceId, String caseNumber, String processKey, String processName,
      String starterId, String starterOrg, String starterOrgName, LocalDateTime startedAt, LocalDateTime endedAt,
      String state, String stateLabel, List<StepView> steps) {
  }

  /** One open step of a case. */
  record StepView(String taskId, String taskKey, String name, String stepLabel, String assignee,
      List<OrgName> candidateOrganisations, LocalDateTime due, DueState dueState, String dueStateLabel,
      boolean urgeable) {
  }

  record OrgName(String code, String name) {
  }

  /** The cases, in the order given, as the viewer sees them. */
  List<CaseView> of(List<CaseFile> files, String viewerId) {
    List<String> ids = files.stream().map(CaseFile::processInstanceId).toList();
    Map<String, HistoricProcessInstance> instances = ids.isEmpty() ? Map.of() : AsPlatform.call(identity,
        () -> history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list()).stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    Map<String, List<Open>> open = openTasks.of(ids);
    Map<String, Object> flags = deadlines.flags(open.values().stream().flatMap(List::stream)
        .map(step -> step.task().getId()).toList());
    Map<String, String> names = new HashMap<>();
    LocalDate urgeDay = deadlines.urgeDay();
    return files.stream().map(file -> view(file, instances.get(file.processInstanceId()),
        open.getOrDefault(file.processInstanceId(), List.of()), flags, names, viewerId, urgeDay)).toList();
  }

  CaseView of(CaseFile file, String viewerId) {
    return of(List.of(file), viewerId).get(0);
  }

  /** The name of the case's process, as its definition names it. */
  String processName(CaseFile file) {
    HistoricProcessInstance instance = AsPlatform.call(identity, () -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(file.processInstanceId()).singleResult());
    return instance == null ? file.processKey() : processName(instance.getProcessDefinitionId());
  }

  private CaseView view(CaseFile file, HistoricProcessInstance instance, List<Open> open, Map<String, Object> flags,
      Map<String, String> names, String viewerId, LocalDate urgeDay) {
    boolean ended = instance != null && instance.getEndTime() != null;
    String processName = instance == null ? file.processKey() : processName(instance.getProcessDefinitionId());
    boolean starter = file.starterId().equals(viewerId);
    List<StepView> steps = open.stream()
        .map(step -> step(step, flags.get(step.task().getId()), names, starter, urgeDay)).toList();
    return new CaseView(file.processInstanceId(), file.caseNumber(), file.processKey(), processName,
        file.starterId(), file.starterOrg(), file.starterOrg() == null ? null : name(file.starterOrg(), names),
        instance == null ? file.createdAt() : deadlines.local(instance.getStartTime()),
        ended ? deadlines.local(instance.getEndTime()) : null, ended ? "ENDED" : "RUNNING",
        ended ? "已办结" : "办理中", steps);
  }

  private StepView step(Open open, Object flag, Map<String, String> names, boolean viewerStarted,
      LocalDate urgeDay) {
    var task = open.task();
    DueState state = deadlines.of(task, flag);
    boolean urgeable = viewerStarted && open.step().actor() != Step.Actor.ASSIGNEE && state.urgeable()
        && urges.countOn(task.getId(), urgeDay) == 0;
    List<OrgName> candidates = open.organisations().stream().map(code -> new OrgName(code, name(code, names)))
        .toList();
    return new StepView(task.getId(), task.getTaskDefinitionKey(), task.getName(), open.step().label(),
        task.getAssignee(), candidates, deadlines.local(task.getDueDate()), state, state.label(), urgeable);
  }

  private String name(String code, Map<String, String> names) {
    return names.computeIfAbsent(code, orgs::nameOf);
  }

  private String processName(String definitionId) {
    ProcessDefinition definition = AsPlatform.call(identity, () -> repository.getProcessDefinition(definitionId));
    return Objects.requireNonNullElse(definition.getName(), definition.getKey());
  }
}
