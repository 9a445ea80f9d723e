package cn.unionsw.platform.people;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a user who moves to another organisation or role. A review they claimed goes back to its
 * reviewing organisations' pool (unclaimed), so that a colleague who still belongs there takes it up: a user who
 * left may no longer act for the organisation. A task delegated to them goes back to whoever delegated it. A task
 * offered to no organisation (the applicant's own step, such as revising their application) stays theirs: nobody
 * else could take it up; the administrator sees it listed and may hand it on (engine REST, as camunda-admin).
 */
@Component
class HeldTasks {

  private static final int MAX_TASKS = 1000;

  private final TaskService taskService;

  HeldTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  /** Ids of the tasks handed back and of those left with the user. */
  record HandedBack(List<String> returned, List<String> kept) {
    static final HandedBack NONE = new HandedBack(List.of(), List.of());
  }

  HandedBack handBack(String userId) {
    List<String> returned = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().taskAssignee(userId).orderByTaskId().asc()
        .listPage(0, MAX_TASKS)) {
      if (task.getDelegationState() == DelegationState.PENDING) {
        taskService.resolveTask(task.getId());
        returned.add(task.getId());
      } else if (offeredToOrganisations(task.getId())) {
        taskService.setAssignee(task.getId(), null);
        returned.add(task.getId());
      } else {
        kept.add(task.getId());
      }
    }
    return new HandedBack(List.copyOf(returned), List.copyOf(kept));
  }

  /** Candidate groups other than watchers' marks ({@code copy:lcclerk}, whose ids hold a colon). */
  private boolean offeredToOrganisations(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
        IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && !link.getGroupId().contains(":"));
  }
}
