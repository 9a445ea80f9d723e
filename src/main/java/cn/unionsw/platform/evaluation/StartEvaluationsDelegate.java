package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.REMAINING;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** evaluation-round, start-evaluations: one chunk of the round's annual-evaluation instances, in this job. */
@Component("startEvaluationsDelegate")
class StartEvaluationsDelegate implements JavaDelegate {

  private final EvaluationRounds rounds;

  StartEvaluationsDelegate(EvaluationRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    REMAINING.on(execution, rounds.startChunk(ROUND_ID.required(execution)));
  }
}
