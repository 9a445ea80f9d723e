package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.review.EngineGuard.Caller;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * A declared step's open task as the platform's task doors ({@code /api/tasks/…}) find it for a caller, inside the
 * command that then acts on it: out of the caller's sight it is "not found", as a task of another organisation is
 * in the engine; in sight, {@link StepAccess} says whether the caller may act.
 */
@Component
class TaskSight {

  private final StepAccess steps;
  private final CoReviewerMapper coReviewers;

  TaskSight(StepAccess steps, CoReviewerMapper coReviewers) {
    this.steps = steps;
    this.coReviewers = coReviewers;
  }

  /**
   * The task, if the caller sees it: a member of a candidate organisation in the step's role, its assignee or owner,
   * or a co-reviewer (加签人) whose part is not over. Else 404, whatever the reason.
   */
  OpenStep seen(CommandContext context, Reach caller, String taskId) {
    OpenStep open;
    try {
      open = steps.open(context, taskId);
    } catch (Denied undeclared) {
      throw notFound(taskId);
    }
    TaskEntity task = open.task();
    String user = caller.userId();
    boolean seen = user.equals(task.getAssignee()) || user.equals(task.getOwner()) || candidate(caller, open)
        || coReviewers.open(task.getId()).stream().anyMatch(row -> row.coReviewerId().equals(user));
    if (!seen) {
      throw notFound(taskId);
    }
    return open;
  }

  /**
   * Holding the task (TaskDelegation's rule): its assignee in the step's role, or while it is unclaimed a member of a
   * candidate organisation in the step's role.
   */
  static boolean holds(Reach caller, OpenStep open) {
    TaskEntity task = open.task();
    String role = open.step().role();
    return role != null && caller.roles().contains(role) && (caller.userId().equals(task.getAssignee())
        || task.getAssignee() == null && candidate(caller, open));
  }

  /** Whether the caller may act on the task now: {@link StepAccess}'s rule, and not as a co-reviewer in their turn. */
  boolean mayDecide(Reach caller, OpenStep open) {
    try {
      steps.mayAct(asCaller(caller), open);
    } catch (Denied | Refusal notNow) {
      return false;
    }
    return !coTurn(caller, open);
  }

  /** As {@link #mayDecide}, refusing with the reason: 403 (not yours to decide), 409 (someone else holds it). */
  void requireDecider(Reach caller, OpenStep open, String what) {
    steps.mayAct(asCaller(caller), open);
    if (coTurn(caller, open)) {
      throw Refusal.forbidden("加签人只能提出意见，不能" + what);
    }
    if (delegated(open)) {
      throw Refusal.conflict("task_delegated", "任务正在委派中，交回后才能" + what);
    }
  }

  boolean coTurn(Reach caller, OpenStep open) {
    return coReviewers.turnOf(open.task().getId(), open.task().getAssignee(), caller.userId()).isPresent();
  }

  static boolean delegated(OpenStep open) {
    return open.task().getDelegationState() == DelegationState.PENDING;
  }

  static boolean candidate(Reach caller, OpenStep open) {
    String role = open.step().role();
    return role != null && caller.roles().contains(role) && Candidates.organisations(open.task().getIdentityLinks())
        .stream().anyMatch(caller.orgCodes()::contains);
  }

  /** The engine guard's view of a caller: their organisations and roles as groups. */
  static Caller asCaller(Reach reach) {
    Set<String> groups = new HashSet<>(reach.orgCodes());
    groups.addAll(reach.roles());
    if (reach.admin()) {
      groups.add(OrgAccess.ADMIN_GROUP);
    }
    return new Caller(reach.userId(), Set.copyOf(groups));
  }

  static Refusal notFound(String taskId) {
    return Refusal.notFound("task", "没有您可以办理的任务: " + Variable.shortened(taskId));
  }

  /** The user ids Camunda can hold (its default whitelist): anything else is no user. */
  static void requireUserId(String userId) {
    if (userId == null || userId.isBlank()) {
      throw Refusal.invalid("userId", "请指定用户");
    }
    if (!userId.matches("[a-zA-Z0-9]+")) {
      throw Refusal.invalid("userId", "用户名只含字母和数字 (not a user id)");
    }
  }
}
