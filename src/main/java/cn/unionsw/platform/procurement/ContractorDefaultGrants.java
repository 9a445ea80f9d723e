package cn.unionsw.platform.procurement;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.unionsw.platform.people.AccessGrants;
import cn.unionsw.platform.people.Grant;
import cn.unionsw.platform.people.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Clerks and reviewers start contractor-default cases (who for which contract is the process's own check). Grants
 * merge, so the instance-creation grant the post application also asks for is stated here too. Tasks go to their
 * candidate groups, cases are read by the starter's organisation and those above it (the kernel's grants).
 */
@Component
class ContractorDefaultGrants implements AccessGrants {

  @Override
  public List<Grant> grants() {
    return List.of(
        new Grant(Roles.CLERK, PROCESS_DEFINITION, ContractorDefaultProcess.KEY, READ, CREATE_INSTANCE),
        new Grant(Roles.REVIEWER, PROCESS_DEFINITION, ContractorDefaultProcess.KEY, READ, CREATE_INSTANCE),
        new Grant(Roles.CLERK, PROCESS_INSTANCE, "*", CREATE),
        new Grant(Roles.REVIEWER, PROCESS_INSTANCE, "*", CREATE));
  }
}
