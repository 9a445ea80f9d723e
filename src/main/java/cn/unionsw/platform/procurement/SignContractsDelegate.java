package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.CONTRACTS_SUMMARY;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** sign-contracts: each purchaser's three-year contract with the winner (§4.4), in the award's transaction. */
@Component("signContractsDelegate")
class SignContractsDelegate implements JavaDelegate {

  private final PurchaseRounds rounds;

  SignContractsDelegate(PurchaseRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long roundId = ROUND_ID.from(execution);
    CONTRACTS_SUMMARY.on(execution, rounds.contractsSummary(rounds.sign(roundId)));
  }
}
