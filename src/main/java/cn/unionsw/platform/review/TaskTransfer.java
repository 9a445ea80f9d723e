package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.review.ReviewRecord.Actor;
import cn.unionsw.platform.review.ReviewRecord.Kind;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer (转办) of a declared step's task for good to a colleague, where the step allows it: the holder (as for
 * delegation) hands it to a member of a candidate organisation in the step's role, who becomes its assignee, with no
 * owner and no delegation to give back. Not while it is delegated or co-reviewed (加签); on a review, never to the
 * case's starter or to someone who reviewed another level. Recorded in the case's record as 转办给 ….
 */
@Service
class TaskTransfer {

  private final CommandExecutor commands;
  private final IdentityService identity;
  private final OrgAccess access;
  private final TaskSight tasks;
  private final ReviewRecord record;
  private final CoReviewerMapper coReviewers;
  private final Cases cases;

  TaskTransfer(ProcessEngineConfigurationImpl engine, IdentityService identity, OrgAccess access, TaskSight tasks,
      ReviewRecord record, CoReviewerMapper coReviewers, Cases cases) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.identity = identity;
    this.access = access;
    this.tasks = tasks;
    this.record = record;
    this.coReviewers = coReviewers;
    this.cases = cases;
  }

  @Transactional
  public void transfer(String taskId, String callerId, String colleagueId, String reason) {
    TaskSight.requireUserId(colleagueId);
    String why = ReviewRecord.comment(reason, "reason");
    Reach caller = access.reachOf(callerId);
    Reach colleague = access.reachOf(colleagueId);
    AsPlatform.run(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      if (!TaskSight.holds(caller, open)) {
        throw TaskSight.notFound(taskId);
      }
      Step step = open.step();
      TaskEntity task = open.task();
      if (!step.allows(Step.Action.TRANSFER)) {
        throw Refusal.forbidden(step.label() + "不能转办");
      }
      if (step.review()) {
        // Four eyes: one who reviewed another level of the case does not choose who reviews this one.
        record.refuseOtherLevel(task.getProcessInstanceId(), step.taskKey(), caller.userId());
      }
      if (TaskSight.delegated(open)) {
        throw Refusal.conflict("task_delegated", "任务正在委派中，交回后才能转办");
      }
      if (!coReviewers.open(task.getId()).isEmpty()) {
        throw Refusal.conflict("co_review_pending", "任务有未完成的加签，撤销或完成后才能转办");
      }
      requireColleague(open, callerId, colleague);
      record.act(Kind.TRANSFER, task.getProcessInstanceId(), open.declaration().processKey(), step, task.getId(),
          new Actor(callerId, step.role(), caller.homeOrg()), colleagueId, why);
      // For good: nothing to give back, to the holder or to whoever delegated it before.
      task.setOwner(null);
      task.setDelegationState(null);
      return new AssignTaskCmd(task.getId(), colleagueId).execute(context);
    }));
  }

  private void requireColleague(OpenStep open, String callerId, Reach colleague) {
    String colleagueId = colleague.userId();
    boolean sameRole = colleague.roles().contains(open.step().role());
    boolean candidate = Candidates.organisations(open.task().getIdentityLinks()).stream()
        .anyMatch(colleague.orgCodes()::contains);
    if (colleagueId.equals(callerId) || !sameRole || !candidate) {
      throw Refusal.invalid("userId", Variable.shortened(colleagueId) + " 不是本审核单位的同岗位同事，不能转办给他");
    }
    if (open.step().review()) {
      String processInstanceId = open.task().getProcessInstanceId();
      if (colleagueId.equals(cases.starter(processInstanceId))) {
        throw Refusal.invalid("userId", colleagueId + " 是本案件的申请人，不能审核");
      }
      try {
        record.refuseOtherLevel(processInstanceId, open.step().taskKey(), colleagueId);
      } catch (Denied otherLevel) {
        throw Refusal.invalid("userId", otherLevel.getMessage());
      }
    }
  }
}
