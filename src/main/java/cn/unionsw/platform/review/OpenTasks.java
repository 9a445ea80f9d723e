package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The open tasks of declared steps, as the platform sees them (whatever the caller's engine permissions): each with
 * its step and its candidate organisations (watchers' marks left out), for features that follow cases and decide
 * by the kernel's rule who acts on a step.
 */
@Service
public class OpenTasks {

  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Declarations declarations;
  private final TaskLock taskLock;

  OpenTasks(TaskService tasks, RepositoryService repository, IdentityService identity, Declarations declarations,
      TaskLock taskLock) {
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.declarations = declarations;
    this.taskLock = taskLock;
  }

  /** An open task of a declared step. */
  public record Open(Task task, String processKey, Step step, List<String> organisations) {

    /**
     * Whether the user acts on this step by the kernel's rule: the step's role in one of its candidate organisations,
     * or the assignee of the applicant's own step. Who has claimed it meanwhile does not matter here.
     */
    public boolean actedOnBy(Reach reach) {
      if (step.actor() == Step.Actor.ASSIGNEE) {
        return reach.userId().equals(task.getAssignee());
      }
      return reach.roles().contains(step.role()) && (reach.userId().equals(task.getAssignee())
          || organisations.stream().anyMatch(reach.orgCodes()::contains));
    }
  }

  public List<Open> of(String processInstanceId) {
    return of(List.of(processInstanceId)).getOrDefault(processInstanceId, List.of());
  }

  /** The open tasks of each case, by case, in the order of their creation. */
  public Map<String, List<Open>> of(Collection<String> processInstanceIds) {
    Map<String, List<Open>> byCase = new LinkedHashMap<>();
    if (processInstanceIds.isEmpty()) {
      return byCase;
    }
    List<Task> open = AsPlatform.call(identity, () -> tasks.createTaskQuery()
        .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).orderByTaskCreateTime().asc().list());
    for (Task task : open) {
      open(task).ifPresent(found -> byCase.computeIfAbsent(task.getProcessInstanceId(), key -> new ArrayList<>())
          .add(found));
    }
    return byCase;
  }

  /** The open task of a declared step, if there is one by that id. */
  public Optional<Open> task(String taskId) {
    Task task = AsPlatform.call(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
    return task == null ? Optional.empty() : open(task);
  }

  /**
   * The open task, its row locked until the caller's transaction ends, as the guard locks a task it works on: one
   * working it meanwhile waits for the caller, or the caller finds it done.
   */
  public Optional<Open> locked(String taskId) {
    return taskLock.lock(taskId) == null ? Optional.empty() : task(taskId);
  }

  private Optional<Open> open(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    String processKey = AsPlatform.call(identity, () -> repository.getProcessDefinition(task.getProcessDefinitionId())
        .getKey());
    var step = declarations.find(processKey).flatMap(declaration -> declaration.step(task.getTaskDefinitionKey()));
    if (step.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Open(task, processKey, step.get(), Candidates.organisations(
          AsPlatform.call(identity, () -> tasks.getIdentityLinksForTask(task.getId())))));
    } catch (NullValueException e) {
      return Optional.empty(); // done since it was listed
    }
  }
}
