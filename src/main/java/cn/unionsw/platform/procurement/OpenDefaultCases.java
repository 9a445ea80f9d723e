package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.AsPlatform;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The open {@code contractor-default} case of a contract, if any: one case per contract at a time, and no transfer
 * by other means while one is open (the case itself terminates and transfers). Callers hold the contract's row
 * lock, so a case started meanwhile has committed before they look.
 */
@Component
class OpenDefaultCases {

  private final RuntimeService runtime;
  private final IdentityService identity;

  OpenDefaultCases(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The case number (business key) of the open case of this contract. */
  Optional<String> of(long contractId) {
    if (contractId > Integer.MAX_VALUE) {
      return Optional.empty(); // no case can name it: contractId is an integer variable
    }
    // Read as the platform: the caller may not see the case (another county's clerk, a city reviewer).
    return AsPlatform.call(identity, () -> runtime.createProcessInstanceQuery()
            .processDefinitionKey(ContractorDefaultProcess.KEY)
            .variableValueEquals(ContractorDefaultProcess.Vars.CONTRACT_ID.name(), (int) contractId)
            .listPage(0, 1))
        .stream().findFirst().map(ProcessInstance::getBusinessKey);
  }
}
