package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.review.ReviewRecord.Actor;
import cn.unionsw.platform.review.ReviewRecord.Kind;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return (退回) to any earlier step, for every declared process: whoever may decide an open step that allows
 * {@link Step.Action#RETURN} sends the case back, with a reason, to a step declared before it that the case has
 * passed (a task of it completed in this case; the applicant's own steps aside) or to the applicant's revision step.
 * The return is recorded as the step's decision (退回至 …) and the case resumes at the target as the model makes it:
 * its candidates, due date, timers and listeners; the returned step's timers go with its task. The model's own return
 * path (completing with RETURN) is untouched.
 */
@Service
class CaseReturn {

  private final CommandExecutor commands;
  private final IdentityService identity;
  private final OrgAccess access;
  private final TaskSight tasks;
  private final ReviewRecord record;
  private final CaseWatchers watchers;

  CaseReturn(ProcessEngineConfigurationImpl engine, IdentityService identity, OrgAccess access, TaskSight tasks,
      ReviewRecord record, CaseWatchers watchers) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.identity = identity;
    this.access = access;
    this.tasks = tasks;
    this.record = record;
    this.watchers = watchers;
  }

  /** Where a case may be returned: a step's key and how the record names it. */
  record Target(String taskKey, String label) {
  }

  /** The steps the caller may return the task's case to now; none where they may not return it. */
  List<Target> targets(String taskId, String callerId) {
    Reach caller = access.reachOf(callerId);
    return AsPlatform.call(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      return mayReturn(caller, open) ? targets(context, open) : List.of();
    }));
  }

  boolean mayReturn(Reach caller, OpenStep open) {
    return open.step().allows(Step.Action.RETURN) && tasks.mayDecide(caller, open) && !TaskSight.delegated(open);
  }

  /** Sends the case back to {@code targetStep}; answers where it went. One command: checked, recorded, moved. */
  @Transactional
  public Target returnTo(String taskId, String callerId, String targetStep, String reason) {
    if (targetStep == null || targetStep.isBlank()) {
      throw Refusal.invalid("targetStep", "请选择退回到哪一步");
    }
    String why = ReviewRecord.comment(reason, "reason");
    if (why == null) {
      throw Refusal.invalid("reason", "退回时须填写理由");
    }
    Reach caller = access.reachOf(callerId);
    return AsPlatform.call(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      Step step = open.step();
      if (!step.allows(Step.Action.RETURN)) {
        throw Refusal.forbidden(step.label() + "不能退回");
      }
      tasks.requireDecider(caller, open, "退回");
      Target target = targets(context, open).stream().filter(found -> found.taskKey().equals(targetStep))
          .findFirst().orElseThrow(() -> Refusal.invalid("targetStep", Variable.shortened(targetStep)
              + " 不是本案件已经过的步骤，也不是申请人修改申请的步骤，不能退回到那里"));
      TaskEntity task = open.task();
      String processInstanceId = task.getProcessInstanceId();
      record.refuseOtherLevel(processInstanceId, step.taskKey(), callerId);
      // Recorded before the target's task is made, so that its form shows why the case came back.
      record.opinion(Kind.REVIEW, processInstanceId, open.declaration().processKey(), step, task.getId(),
          new Actor(callerId, step.role(), caller.homeOrg()), ReviewDecision.RETURN, why, target.taskKey());
      Case.REVIEW_COUNT.on(task.getExecution(), record.opinions(processInstanceId).size());
      // The returner follows the case (我经办的) from the target's task on, which the modification creates.
      watchers.handled(task, callerId);
      var move = new ProcessInstanceModificationBuilderImpl(context, processInstanceId, "退回至 " + target.label());
      move.startBeforeActivity(target.taskKey());
      move.cancelActivityInstance(task.getExecution().getActivityInstanceId());
      new ModifyProcessInstanceCmd(move, true).execute(context);
      return target;
    }));
  }

  /**
   * The applicant's revision step (always), then every step declared before the open one, not the applicant's, whose
   * task this case has completed; each in the open step's own scope (a step inside a sub-process or a multi-instance
   * body is not one to jump into from outside).
   */
  private List<Target> targets(CommandContext context, OpenStep open) {
    TaskEntity task = open.task();
    ActivityImpl here = task.getProcessDefinition().findActivity(open.step().taskKey());
    List<Target> targets = new ArrayList<>();
    open.declaration().applicantRevision()
        .filter(revision -> !revision.taskKey().equals(open.step().taskKey()) && sameScope(here, revision))
        .ifPresent(revision -> targets.add(target(open, revision)));
    Set<String> completed = context.getProcessEngineConfiguration().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId()).finished().list().stream()
        .filter(done -> TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason()))
        .map(HistoricTaskInstance::getTaskDefinitionKey).collect(Collectors.toSet());
    for (Step earlier : open.declaration().steps()) {
      if (earlier.equals(open.step())) {
        break;
      }
      if (earlier.actor() != Step.Actor.ASSIGNEE && completed.contains(earlier.taskKey())
          && sameScope(here, earlier)) {
        targets.add(target(open, earlier));
      }
    }
    return targets;
  }

  private Target target(OpenStep open, Step step) {
    return new Target(step.taskKey(), record.targetLabel(open.declaration().processKey(), step.taskKey()));
  }

  private static boolean sameScope(ActivityImpl here, Step step) {
    ActivityImpl there = here.getProcessDefinition().findActivity(step.taskKey());
    return there != null && there.getFlowScope() == here.getFlowScope();
  }
}
