package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CoReviewerMapper.CoReviewer;
import cn.unionsw.platform.review.CoReviewerMapper.Placement;
import cn.unionsw.platform.review.CoReviewerMapper.State;
import cn.unionsw.platform.review.ReviewRecord.Kind;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-reviewers (加签) of a review step, for every declared process: whoever may decide an open review adds a colleague
 * of their own organisation or one below it (a reviewer or clerk there; not the case's starter, not someone who
 * reviewed another level, not themselves), before (前加签: the task goes to the co-reviewer for an opinion and comes
 * back) or after themselves (后加签: the co-reviewer decides once the adder approved). One at a time per task; the
 * adder may remove one who has not acted, and the task comes back to the adder. The turns themselves are
 * {@link CoReviewTurns}'.
 */
@Service
class CoReviewers {

  private final CommandExecutor commands;
  private final IdentityService identity;
  private final OrgAccess access;
  private final TaskSight tasks;
  private final CoReviewerMapper rows;
  private final ReviewRecord record;
  private final CoReviewTurns turns;
  private final Cases cases;

  CoReviewers(ProcessEngineConfigurationImpl engine, IdentityService identity, OrgAccess access, TaskSight tasks,
      CoReviewerMapper rows, ReviewRecord record, CoReviewTurns turns, Cases cases) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.identity = identity;
    this.access = access;
    this.tasks = tasks;
    this.rows = rows;
    this.record = record;
    this.turns = turns;
    this.cases = cases;
  }

  /** A co-reviewer as the task's page shows them; {@code removable} by the one asking. */
  record View(String userId, String name, Placement position, State state, String addedBy, LocalDateTime addedAt,
      boolean removable) {
  }

  @Transactional
  public View add(String taskId, String callerId, String userId, Placement position) {
    TaskSight.requireUserId(userId);
    if (position == null) {
      throw Refusal.invalid("position", "须为 BEFORE（前加签）或 AFTER（后加签）");
    }
    Reach caller = access.reachOf(callerId);
    Reach coReviewer = access.reachOf(userId);
    CoReviewer added = AsPlatform.call(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      Step step = open.step();
      TaskEntity task = open.task();
      if (!step.review()) {
        throw Refusal.forbidden(step.label() + "不是审核步骤，不能加签");
      }
      tasks.requireDecider(caller, open, "加签");
      // Four eyes: one who may not decide this level (they reviewed another) does not have it decided for them.
      record.refuseOtherLevel(task.getProcessInstanceId(), step.taskKey(), caller.userId());
      if (!rows.open(task.getId()).isEmpty()) {
        throw Refusal.conflict("co_review_pending", "本任务已有未完成的加签，完成或撤销后才能再加签");
      }
      requireColleague(open, caller, coReviewer);
      if (task.getAssignee() == null) {
        new ClaimTaskCmd(task.getId(), callerId).execute(context);
      }
      CoReviewer row = new CoReviewer(null, task.getId(), task.getProcessInstanceId(), step.taskKey(), callerId,
          userId, position, position == Placement.BEFORE ? State.ACTING : State.WAITING, null);
      rows.insert(row);
      record.act(Kind.CO_REVIEWER_ADDED, task.getProcessInstanceId(), open.declaration().processKey(), step,
          task.getId(), turns.actor(callerId, step), userId,
          position == Placement.BEFORE ? "前加签：先提出意见，再由本人审核" : "后加签：本人同意后由其审核");
      if (position == Placement.BEFORE) {
        // The task comes back to the adder, whoever delegated it before.
        task.setOwner(callerId);
        new DelegateTaskCmd(task.getId(), userId).execute(context);
      }
      return row;
    }));
    return view(added, callerId);
  }

  /** Removes a co-reviewer who has not acted; only their adder may. The task comes back to the adder. */
  @Transactional
  public void remove(String taskId, String callerId, String userId) {
    TaskSight.requireUserId(userId);
    Reach caller = access.reachOf(callerId);
    AsPlatform.run(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      TaskEntity task = open.task();
      CoReviewer row = rows.open(task.getId()).stream().filter(found -> found.coReviewerId().equals(userId))
          .findFirst().orElseThrow(() -> Refusal.notFound("co_reviewer", "本任务没有未审核的加签人 " + userId));
      if (!row.adderId().equals(callerId)) {
        throw Refusal.forbidden("只有添加加签人的 " + row.adderId() + " 可以撤销加签");
      }
      rows.setState(row.id(), State.REMOVED);
      if (row.state() == State.ACTING) {
        task.setOwner(null);
        task.setDelegationState(null);
        new AssignTaskCmd(task.getId(), callerId).execute(context);
        turns.revoke(context, task, userId);
      }
      record.act(Kind.CO_REVIEWER_REMOVED, task.getProcessInstanceId(), open.declaration().processKey(),
          open.step(), task.getId(), turns.actor(callerId, open.step()), userId, null);
      return null;
    }));
  }

  /** Every co-reviewer the task has had, for whoever sees it. */
  List<View> list(String taskId, String callerId) {
    Reach caller = access.reachOf(callerId);
    List<CoReviewer> found = AsPlatform.call(identity, () -> commands.execute(context -> {
      tasks.seen(context, caller, taskId);
      return rows.findByTask(taskId);
    }));
    return found.stream().map(row -> view(row, callerId)).toList();
  }

  View view(CoReviewer row, String callerId) {
    User user = AsPlatform.call(identity, () -> identity.createUserQuery().userId(row.coReviewerId()).singleResult());
    String name = user == null ? row.coReviewerId()
        : (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).trim();
    return new View(row.coReviewerId(), name, row.placement(), row.state(), row.adderId(), row.addedAt(),
        row.state().open() && row.adderId().equals(callerId));
  }

  /** Of the adder's own organisation or one below it, a reviewer or clerk, and free of the case. */
  private void requireColleague(OpenStep open, Reach caller, Reach coReviewer) {
    String userId = coReviewer.userId();
    String home = caller.homeOrg();
    String theirs = coReviewer.homeOrg();
    boolean role = coReviewer.roles().contains(Roles.REVIEWER) || coReviewer.roles().contains(Roles.CLERK);
    if (userId.equals(caller.userId()) || coReviewer.admin() || home == null || theirs == null
        || !Codes.contains(home, theirs) || !role) {
      throw Refusal.invalid("userId", Variable.shortened(userId)
          + " 不是本单位或下级单位的审核或经办人员，不能加签");
    }
    String processInstanceId = open.task().getProcessInstanceId();
    if (userId.equals(cases.starter(processInstanceId))) {
      throw Refusal.invalid("userId", userId + " 是本案件的申请人，不能加签审核");
    }
    try {
      record.refuseOtherLevel(processInstanceId, open.step().taskKey(), userId);
    } catch (Denied otherLevel) {
      throw Refusal.invalid("userId", otherLevel.getMessage());
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
