package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.Acting;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.*;

import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.review.Review;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** bar-contractor: the province's reviewer approved the bar (Art. 30); runs as that reviewer, in that step. */
@Component("barContractorDelegate")
class BarContractorDelegate implements JavaDelegate {

  private final ContractorDefaults defaults;

  BarContractorDelegate(ContractorDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    defaults.bar(CONTRACTOR_CREDIT_CODE.from(execution), PROVINCE_CODE.from(execution), DEFAULT_KIND.from(execution),
        CONTRACT_NUMBER.from(execution), Case.CASE_NUMBER.from(execution), Review.COMMENT.from(execution),
        Acting.user());
    BARRED.on(execution, true);
  }
}
