package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.EVALUATION_ID;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.WORKER_USER_ID;

import cn.unionsw.platform.review.Acting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * annual-evaluation, apply-consequences (its own job after the decision's batch): the outcome's consequences on the
 * worker (Art. 29, {@link Consequences}); the worker's account, if any, reads the outcome.
 */
@Component("applyConsequencesDelegate")
class ApplyConsequencesDelegate implements JavaDelegate {

  private final Consequences consequences;
  private final Evaluations evaluations;

  ApplyConsequencesDelegate(Consequences consequences, Evaluations evaluations) {
    this.consequences = consequences;
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = EVALUATION_ID.from(execution);
    consequences.apply(id, Acting.user());
    WORKER_USER_ID.on(execution, evaluations.worker(evaluations.find(id)).userId());
  }
}
