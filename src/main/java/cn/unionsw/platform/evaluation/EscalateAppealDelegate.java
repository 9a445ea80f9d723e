package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.APPEAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** escalate-appeal: the review's due date passed unanswered ({@link AppealEscalation}). */
@Component("escalateAppealDelegate")
class EscalateAppealDelegate implements JavaDelegate {

  private final AppealEscalation escalation;

  EscalateAppealDelegate(AppealEscalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.escalate(APPEAL_ID.from(execution), execution.getProcessInstanceId());
  }
}
