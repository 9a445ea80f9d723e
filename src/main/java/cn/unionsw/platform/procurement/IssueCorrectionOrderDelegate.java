package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * issue-correction-order: checks the reported contract and records the order to correct (整改通知, Art. 30) with its
 * deadline. Runs in the start's transaction: a refusal refuses the start itself.
 */
@Component("issueCorrectionOrderDelegate")
class IssueCorrectionOrderDelegate implements JavaDelegate {

  private final ContractorDefaults defaults;

  IssueCorrectionOrderDelegate(ContractorDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var order = defaults.order(CONTRACT_ID.required(execution), DEFAULT_KIND.from(execution), FACTS.from(execution),
        REPORTED_BY.from(execution));
    CONTRACT_NUMBER.on(execution, order.contractNumber());
    PURCHASER_CODE.on(execution, order.purchaserCode());
    PROVINCE_CODE.on(execution, order.provinceCode());
    CONTRACTOR_CREDIT_CODE.on(execution, order.contractorCreditCode());
    CONTRACTOR_NAME.on(execution, order.contractorName());
    CORRECTION_WORKING_DAYS.on(execution, order.correctionWorkingDays());
    FOLLOW_UP_WORKING_DAYS.on(execution, order.followUpWorkingDays());
    CORRECTION_DEADLINE.on(execution, order.correctionDeadline().toString());
    CORRECTION_ORDER.on(execution, order.notice());
  }
}
