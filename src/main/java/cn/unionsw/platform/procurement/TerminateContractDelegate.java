package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.Acting;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.CONTRACT_ID;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.DEFAULT_KIND;

import cn.unionsw.platform.review.Case;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** terminate-contract: not corrected by the deadline (Art. 30); runs as the clerk who verified it, in that step. */
@Component("terminateContractDelegate")
class TerminateContractDelegate implements JavaDelegate {

  private final ContractorDefaults defaults;

  TerminateContractDelegate(ContractorDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    defaults.terminate(CONTRACT_ID.from(execution), DEFAULT_KIND.from(execution), Case.CASE_NUMBER.from(execution),
        Acting.user());
  }
}
