package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.CORRECTION_DEADLINE;

import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.review.ReviewDeadlineHandler;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * mark-correction-due: the correction deadline has passed (a date timer, so it fires once). The open
 * verify-correction task is flagged as the review timers flag theirs: {@code deadlineState} OVERDUE (Tasklist's
 * 已超期 filter), a higher priority and a comment telling the clerks to verify now.
 */
@Component("correctionDueDelegate")
class CorrectionDueDelegate implements JavaDelegate {

  static final int PRIORITY = 80;

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    var task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ContractorDefaultProcess.Elements.VERIFY_CORRECTION).singleResult();
    if (task == null) {
      return;
    }
    tasks.setVariableLocal(task.getId(), Case.DEADLINE_STATE.name(), ReviewDeadlineHandler.Stage.OVERDUE.name());
    task.setPriority(Math.max(task.getPriority(), PRIORITY));
    tasks.saveTask(task);
    tasks.createComment(task.getId(), execution.getProcessInstanceId(), "整改期限（" + CORRECTION_DEADLINE.from(execution)
        + "）已届满，请核查承接主体是否已改正（第三十条）");
  }
}
