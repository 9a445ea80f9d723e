package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.review.CaseReturn.Target;
import cn.unionsw.platform.review.CoReviewerMapper.CoReviewer;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Service;

/**
 * What the caller may do with a task now, besides working its form, for the task's page in Tasklist: where they may
 * return the case, whether they may add a co-reviewer, transfer or delegate it, and its co-reviewers. Each door
 * still decides for itself; this only spares the page buttons that would be refused.
 */
@Service
class TaskActions {

  private final CommandExecutor commands;
  private final IdentityService identity;
  private final OrgAccess access;
  private final TaskSight tasks;
  private final CaseReturn returns;
  private final CoReviewers coReviewers;
  private final CoReviewerMapper rows;

  TaskActions(ProcessEngineConfigurationImpl engine, IdentityService identity, OrgAccess access, TaskSight tasks,
      CaseReturn returns, CoReviewers coReviewers, CoReviewerMapper rows) {
    this.commands = engine.getCommandExecutorTxRequired();
    this.identity = identity;
    this.access = access;
    this.tasks = tasks;
    this.returns = returns;
    this.coReviewers = coReviewers;
    this.rows = rows;
  }

  /**
   * @param step the step's label
   * @param coReviewerTurn the caller is the task's co-reviewer (加签人) and it is their turn: they work its form
   */
  record Actions(String taskId, String step, List<Target> returnTargets, boolean canAddCoReviewer,
      boolean canTransfer, boolean canDelegate, boolean coReviewerTurn, List<CoReviewers.View> coReviewers) {
  }

  Actions of(String taskId, String callerId) {
    Reach caller = access.reachOf(callerId);
    List<Target> targets = returns.targets(taskId, callerId);
    return AsPlatform.call(identity, () -> commands.execute(context -> {
      OpenStep open = tasks.seen(context, caller, taskId);
      Step step = open.step();
      List<CoReviewer> all = rows.findByTask(taskId);
      boolean free = !TaskSight.delegated(open) && all.stream().noneMatch(row -> row.state().open());
      boolean decides = tasks.mayDecide(caller, open);
      boolean holds = TaskSight.holds(caller, open) && free;
      return new Actions(taskId, step.label(), targets, decides && free && step.review(),
          holds && step.allows(Step.Action.TRANSFER), holds && step.allows(Step.Action.DELEGATE),
          tasks.coTurn(caller, open), all.stream().map(row -> coReviewers.view(row, callerId)).toList());
    }));
  }
}
