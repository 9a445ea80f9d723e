package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.PLAN_SUMMARY;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** aggregate-plan: every estimate filed, the city's purchase plan adds them up (§4.2). */
@Component("aggregatePlanDelegate")
class AggregatePlanDelegate implements JavaDelegate {

  private final PurchaseRounds rounds;

  AggregatePlanDelegate(PurchaseRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PLAN_SUMMARY.on(execution, rounds.plan(ROUND_ID.required(execution)).summary());
  }
}
