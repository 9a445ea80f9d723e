package cn.unionsw.platform.review;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The kernel's one answer to "who may act on this task now", for everything that tells them (an urge, a notice
 * that a task waits for them, falls due or escalates): the task's assignee when it has one (a claimed review, the
 * applicant's own step); else every member of one of its candidate organisations who holds the step's role. It is
 * {@link StepAccess}'s rule seen from the task's side: those it would let complete the task as it stands.
 */
@Service
public class TaskActors {

  private final ActorMapper actors;

  TaskActors(ActorMapper actors) {
    this.actors = actors;
  }

  /** Who may act on the open task now, in the order of their user ids; empty when no one may. */
  public Set<String> of(OpenTasks.Open open) {
    return of(open.step(), open.task().getAssignee(), open.organisations());
  }

  /** As {@link #of(OpenTasks.Open)}, from a step, the task's assignee and its candidate organisations. */
  public Set<String> of(Step step, String assignee, Collection<String> organisations) {
    if (assignee != null) {
      return Set.of(assignee);
    }
    if (step.actor() == Step.Actor.ASSIGNEE) {
      return Set.of();
    }
    return inRole(step.role(), organisations);
  }

  /** The members of these organisations (codes, not watchers' marks) who hold the role. */
  public Set<String> inRole(String role, Collection<String> organisations) {
    List<String> codes = organisations.stream().filter(code -> !Watch.isMark(code)).distinct().toList();
    if (role == null || codes.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(actors.membersInRole(role, codes));
  }
}
