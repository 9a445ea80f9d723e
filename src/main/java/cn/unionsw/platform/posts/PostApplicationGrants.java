package cn.unionsw.platform.posts;

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
 * Clerks (and a city's reviewers, for the city's own posts) start post applications; reviewers read the process
 * definition for Cockpit. Which instances and tasks each sees is granted per case (InstanceAccess, candidate groups).
 */
@Component
class PostApplicationGrants implements AccessGrants {

  @Override
  public List<Grant> grants() {
    return List.of(
        new Grant(Roles.CLERK, PROCESS_DEFINITION, PostApplicationProcess.KEY, READ, CREATE_INSTANCE),
        new Grant(Roles.REVIEWER, PROCESS_DEFINITION, PostApplicationProcess.KEY, READ, CREATE_INSTANCE),
        new Grant(Roles.CLERK, PROCESS_INSTANCE, "*", CREATE),
        new Grant(Roles.REVIEWER, PROCESS_INSTANCE, "*", CREATE));
  }
}
