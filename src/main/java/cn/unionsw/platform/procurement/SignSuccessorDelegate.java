package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.Acting;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * sign-successor: the rest of the terminated contract's term passes to the contractor named at transfer-contract
 * (Art. 22). Runs in that step's completion: a refusal (an unknown, unqualified or barred contractor, the same one
 * again) answers 400 naming the variable and leaves the task open.
 */
@Component("signSuccessorDelegate")
class SignSuccessorDelegate implements JavaDelegate {

  private final ContractorDefaults defaults;

  SignSuccessorDelegate(ContractorDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract successor = defaults.succeed(CONTRACT_ID.from(execution), NEW_CONTRACTOR_CREDIT_CODE.from(execution),
        TRANSFER_REASON.from(execution), Acting.user());
    SUCCESSOR_CONTRACT_NUMBER.on(execution, successor.contractNumber());
  }
}
