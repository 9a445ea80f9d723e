package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation (委派) of a declared step's task to a colleague, where the step allows it: the caller must hold the task
 * (its assignee, or a member of a candidate organisation in the step's role while it is unclaimed) and the colleague
 * must be of the step's role in a candidate organisation. Candidates hold only TASK_WORK in the engine, and the
 * engine guard refuses delegation to them; the platform delegates on their behalf once this rule is met.
 */
@Service
class TaskDelegation {

  private final CommandExecutor commands;
  private final IdentityService identity;
  private final OrgAccess access;
  private final Declarations declarations;
  private final CoReviewerMapper coReviewers;

  TaskDelegation(ProcessEngineConfigurationImpl engine, IdentityService identity, OrgAccess access,
      Declarations declarations, CoReviewerMapper coReviewers) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.identity = identity;
    this.access = access;
    this.declarations = declarations;
    this.coReviewers = coReviewers;
  }

  @Transactional
  public void delegate(String taskId, String callerId, String colleagueId) {
    if (colleagueId == null || colleagueId.isBlank()) {
      throw Refusal.invalid("userId", "请指定受委派人");
    }
    TaskSight.requireUserId(colleagueId);
    Reach caller = access.reachOf(callerId);
    Reach colleague = access.reachOf(colleagueId);
    // One engine command: the rule is checked on the very task it then changes, so a claim made meanwhile is seen
    // (or meets optimistic locking), never overridden. Run as the platform, which delegates on the holder's behalf.
    AsPlatform.run(identity, () -> commands.execute(context -> {
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      Step step = task == null || task.getProcessDefinitionId() == null ? null : declarations
          .find(task.getProcessDefinition().getKey()).flatMap(found -> found.step(task.getTaskDefinitionKey()))
          .orElse(null);
      List<String> candidates = task == null ? List.of() : Candidates.organisations(task.getIdentityLinks());
      boolean holds = step != null && step.role() != null && caller.roles().contains(step.role())
          && (callerId.equals(task.getAssignee())
              || task.getAssignee() == null && candidates.stream().anyMatch(caller.orgCodes()::contains));
      if (!holds) {
        throw Refusal.notFound("task", "没有您可以委派的任务 " + Variable.shortened(taskId));
      }
      if (!step.allows(Step.Action.DELEGATE)) {
        throw Refusal.forbidden(step.label() + "不能委派");
      }
      if (!coReviewers.open(taskId).isEmpty()) {
        throw Refusal.conflict("co_review_pending", "任务有未完成的加签，撤销或完成后才能委派");
      }
      if (colleagueId.equals(callerId) || !colleague.roles().contains(step.role())
          || candidates.stream().noneMatch(colleague.orgCodes()::contains)) {
        throw Refusal.invalid("userId", Variable.shortened(colleagueId) + " 不是本审核单位的同岗位同事，不能受委派");
      }
      return new DelegateTaskCmd(taskId, colleagueId).execute(context);
    }));
  }
}
