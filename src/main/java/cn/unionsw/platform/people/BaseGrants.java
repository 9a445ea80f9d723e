package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What every role needs whatever the process: Tasklist for all, Cockpit for reviewers, and evaluating the
 * policy decisions (quota, eligibility, pay) for the people who prepare and review cases. No role but
 * {@code camunda-admin} may deploy: that is how models change without a release, and only administrators do it.
 */
@Component
class BaseGrants implements AccessGrants {

  @Override
  public List<Grant> grants() {
    return List.of(
        new Grant(Roles.REVIEWER, APPLICATION, "tasklist", ACCESS),
        new Grant(Roles.CLERK, APPLICATION, "tasklist", ACCESS),
        new Grant(Roles.WORKER, APPLICATION, "tasklist", ACCESS),
        new Grant(Roles.REVIEWER, APPLICATION, "cockpit", ACCESS),
        new Grant(Roles.REVIEWER, DECISION_DEFINITION, "*", READ, CREATE_INSTANCE),
        new Grant(Roles.CLERK, DECISION_DEFINITION, "*", READ, CREATE_INSTANCE),
        new Grant(Roles.REVIEWER, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
        new Grant(Roles.CLERK, DECISION_REQUIREMENTS_DEFINITION, "*", READ));
  }
}
