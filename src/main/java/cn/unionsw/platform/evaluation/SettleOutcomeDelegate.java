package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.APPEAL_PENDING;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.EVALUATION_ID;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.REPLACE_WORKER;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.RETRAINING_REQUIRED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * annual-evaluation, settle-outcome (the appeal window closed) and finalise-outcome (the appeal was answered): the
 * outcome is made final, unless an appeal is still unanswered at the window's end; the follow-ups are read from the
 * evaluation as it stands then (an upheld appeal has revised it).
 */
@Component("settleOutcomeDelegate")
class SettleOutcomeDelegate implements JavaDelegate {

  private final Evaluations evaluations;

  SettleOutcomeDelegate(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = EVALUATION_ID.from(execution);
    boolean answered = EvaluationProcess.Elements.FINALISE_OUTCOME.equals(execution.getCurrentActivityId());
    if (answered) {
      evaluations.makeFinal(id);
    }
    boolean pending = !answered && !evaluations.settle(id);
    APPEAL_PENDING.on(execution, pending);
    AnnualEvaluation evaluation = evaluations.find(id);
    RETRAINING_REQUIRED.on(execution, !pending && Boolean.TRUE.equals(evaluation.retrainingRequired()));
    REPLACE_WORKER.on(execution, !pending && Boolean.TRUE.equals(evaluation.replaceWorker()));
  }
}
