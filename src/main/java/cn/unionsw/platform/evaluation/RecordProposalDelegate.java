package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.EVALUATION_ID;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.INCOMPETENT;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.KEY_TASKS_COMPLETED;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.PROPOSAL_NOTE;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.SATISFACTION_RATE;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.SCORE;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.SERIOUS_MISCONDUCT;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.SEVERE;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.SUGGESTED_OUTCOME;
import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.UNREPORTED_INCIDENTS;

import cn.unionsw.platform.review.Acting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * annual-evaluation, record-proposal: the proposer's facts and evaluation-outcome's suggestion on the evaluation,
 * as the clerk who proposed (the completion runs this in its own command).
 */
@Component("recordProposalDelegate")
class RecordProposalDelegate implements JavaDelegate {

  private final Evaluations evaluations;

  RecordProposalDelegate(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var facts = new EvaluationMapper.ProposalFacts(SCORE.from(execution), SATISFACTION_RATE.from(execution),
        UNREPORTED_INCIDENTS.from(execution), KEY_TASKS_COMPLETED.from(execution),
        SERIOUS_MISCONDUCT.from(execution), INCOMPETENT.from(execution), SEVERE.from(execution),
        PROPOSAL_NOTE.from(execution));
    evaluations.propose(EVALUATION_ID.from(execution), facts, SUGGESTED_OUTCOME.from(execution), Acting.user());
  }
}
