package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.CORRECTED;
import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.VERIFICATION;

import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * verify-correction, complete: the clerk states whether the contractor corrected, and what they found; a
 * termination follows from "not corrected", so neither may be left out.
 */
@Component("verifyCorrectionListener")
class VerifyCorrectionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (CORRECTED.from(task) == null) {
      throw new Refusal(CORRECTED.name(), "须写明是否已按期整改（true：已整改；false：逾期未整改，将解除合同）");
    }
    String verification = VERIFICATION.from(task);
    if (verification == null || verification.isBlank()) {
      throw new Refusal(VERIFICATION.name(), "须写明核查情况（补发、补缴的金额和凭证，或未改正的情形）");
    }
  }
}
