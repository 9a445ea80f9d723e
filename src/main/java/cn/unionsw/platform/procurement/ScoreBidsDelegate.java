package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.PROPOSED_WINNER;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_ID;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.SCORING_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** score-bids: comprehensive scoring of the recorded bids (§4.3); the ranking goes to the award form. */
@Component("scoreBidsDelegate")
class ScoreBidsDelegate implements JavaDelegate {

  private final PurchaseRounds rounds;

  ScoreBidsDelegate(PurchaseRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long roundId = ROUND_ID.from(execution);
    ScoringResult result = rounds.score(roundId);
    SCORING_SUMMARY.on(execution, rounds.scoringSummary(roundId, result));
    PROPOSED_WINNER.on(execution, result.winner());
  }
}
