package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CoReviewerMapper.CoReviewer;
import cn.unionsw.platform.review.CoReviewerMapper.Placement;
import cn.unionsw.platform.review.CoReviewerMapper.State;
import cn.unionsw.platform.review.ReviewRecord.Actor;
import cn.unionsw.platform.review.ReviewRecord.Kind;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The turns of a co-reviewed (加签) review inside the engine's own doors, whichever door the work comes through
 * (Tasklist's form, engine REST, Java). A co-reviewer before (前加签) has the task delegated to them: what they submit
 * is recorded as their opinion and the task goes back to the adder, who decides. A co-reviewer after (后加签) waits:
 * when the step's reviewer approves, the approval is recorded and the task passes to the co-reviewer, whose decision
 * completes the step; any other decision completes it at once and the co-reviewer is dropped. Either way the record
 * says so, and the co-reviewer's own grant on the task goes when their part is over.
 */
@Component
class CoReviewTurns {

  private final CoReviewerMapper rows;
  private final ReviewRecord record;
  private final OrgAccess access;
  private final CaseWatchers watchers;

  CoReviewTurns(CoReviewerMapper rows, ReviewRecord record, OrgAccess access, CaseWatchers watchers) {
    this.rows = rows;
    this.record = record;
    this.access = access;
    this.watchers = watchers;
  }

  /**
   * What a completion, form submission or resolution of a review stands for while a co-reviewer is on the task: the
   * co-reviewer's opinion (before), or the reviewer's approval handing the task on (after); else the command itself.
   */
  @SuppressWarnings("unchecked")
  <T> Command<T> work(OpenStep open, String userId, Command<T> command, Map<String, Object> accepted,
      boolean resolving) {
    TaskEntity task = open.task();
    if (!open.step().review() || rows.open(task.getId()).isEmpty()) {
      return command;
    }
    Optional<CoReviewer> turn = rows.turnOf(task.getId(), task.getAssignee(), userId);
    if (turn.isPresent() && turn.get().placement() == Placement.BEFORE) {
      return (Command<T>) opinionFirst(open, turn.get(), accepted);
    }
    CoReviewer waiting = rows.open(task.getId()).stream().filter(row -> row.state() == State.WAITING).findFirst()
        .orElse(null);
    if (turn.isEmpty() && !resolving && waiting != null && decision(accepted) == ReviewDecision.APPROVE) {
      return (Command<T>) handOver(open, userId, waiting, accepted);
    }
    return command;
  }

  /** A co-reviewer before: their opinion is recorded, not written into the case, and the task goes back. */
  private Command<Void> opinionFirst(OpenStep open, CoReviewer turn, Map<String, Object> accepted) {
    return context -> without(context, () -> {
      TaskEntity task = open.task();
      opinion(Kind.CO_REVIEW, open, actor(turn.coReviewerId(), null), accepted);
      rows.setState(turn.id(), State.DONE);
      new ResolveTaskCmd(task.getId(), null).execute(context);
      revoke(context, task, turn.coReviewerId());
      return null;
    });
  }

  /** The reviewer approves before a co-reviewer after: recorded, and the task is the co-reviewer's to decide. */
  private Command<Void> handOver(OpenStep open, String reviewerId, CoReviewer waiting, Map<String, Object> accepted) {
    return context -> without(context, () -> {
      opinion(Kind.REVIEW, open, actor(reviewerId, open.step()), accepted);
      rows.setState(waiting.id(), State.ACTING);
      new AssignTaskCmd(open.task().getId(), waiting.coReviewerId()).execute(context);
      return null;
    });
  }

  private void opinion(Kind kind, OpenStep open, Actor actor, Map<String, Object> accepted) {
    TaskEntity task = open.task();
    String processInstanceId = task.getProcessInstanceId();
    record.refuseOtherLevel(processInstanceId, open.step().taskKey(), actor.userId());
    Object comment = accepted.get(Review.COMMENT.name());
    record.opinion(kind, processInstanceId, open.declaration().processKey(), open.step(), task.getId(), actor,
        decision(accepted), comment == null ? null : comment.toString(), null);
    Case.REVIEW_COUNT.on(task.getExecution(), record.opinions(processInstanceId).size());
    // An opinion that does not complete the task (a hand-over, a co-reviewer's before) still makes one follow the case.
    watchers.handled(task, actor.userId());
    // Whoever works the task next (the co-reviewer after, the adder back from one before) reads this opinion too.
    task.setVariableLocal(Review.HISTORY.name(), record.text(processInstanceId));
  }

  /** What a completion of a review step by {@code userId} is: a co-reviewer's decision (后加签), or the review. */
  Kind kindOf(DelegateTask task, String userId) {
    return rows.turnOf(task.getId(), task.getAssignee(), userId).isPresent() ? Kind.CO_REVIEW : Kind.REVIEW;
  }

  /** A review step's task completed by {@code userId}: their turn is done; whoever was still waiting is dropped. */
  void completed(DelegateTask task, String processKey, Step step, String userId) {
    rows.turnOf(task.getId(), task.getAssignee(), userId).ifPresent(row -> rows.setState(row.id(), State.DONE));
    ended(task, processKey, step);
  }

  /** The step's task is gone (decided, returned, withdrawn): its co-reviewers who had not acted are dropped. */
  void ended(DelegateTask task, String processKey, Step step) {
    if (!step.review()) {
      return;
    }
    for (CoReviewer row : rows.open(task.getId())) {
      rows.setState(row.id(), State.DROPPED);
      record.act(Kind.CO_REVIEWER_DROPPED, task.getProcessInstanceId(), processKey, step, task.getId(),
          actor(row.adderId(), step), row.coReviewerId(), null);
    }
  }

  /** Who acts, as the record names them: in the step's role, or a co-reviewer in their own (审核 or 经办). */
  Actor actor(String userId, Step step) {
    var reach = access.reachOf(userId);
    String role = step != null ? step.role()
        : reach.roles().contains(Roles.REVIEWER) ? Roles.REVIEWER : reach.roles().contains(Roles.CLERK)
            ? Roles.CLERK : null;
    return new Actor(userId, role, reach.homeOrg());
  }

  /**
   * A co-reviewer's part is over: their grant on the task goes (Camunda's, as the task's assignee); one who also
   * follows the case keeps reading it.
   */
  void revoke(CommandContext context, TaskEntity task, String userId) {
    context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), userId);
    watchers.keepReading(task, userId);
  }

  private static ReviewDecision decision(Map<String, Object> accepted) {
    Object value = accepted.get(Review.DECISION.name());
    if (value == null) {
      return null;
    }
    try {
      return ReviewDecision.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static <T> T without(CommandContext context, Callable<T> work) {
    return context.runWithoutAuthorization(work);
  }
}
