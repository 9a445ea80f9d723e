package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.Acting;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.CITY_CODE;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.CITY_NAME;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_ID;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_YEAR;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.SERVICE_START;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.review.Case;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** open-round: the starter's city opens its round; the posts to buy are costed and fixed per purchaser. */
@Component("openRoundDelegate")
class OpenRoundDelegate implements JavaDelegate {

  private final PurchaseRounds rounds;
  private final OrgAccess access;

  OpenRoundDelegate(PurchaseRounds rounds, OrgAccess access) {
    this.rounds = rounds;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String starter = Acting.user();
    var opened = rounds.open(execution.getProcessInstanceId(), Case.CASE_NUMBER.from(execution),
        access.reachOf(starter).homeOrg(), starter, ROUND_YEAR.required(execution), SERVICE_START.from(execution));
    ROUND_ID.on(execution, Math.toIntExact(opened.roundId()));
    CITY_CODE.on(execution, opened.city().code());
    CITY_NAME.on(execution, opened.city().name());
  }
}
