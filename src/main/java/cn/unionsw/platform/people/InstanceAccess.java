package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Lets the organisations a case concerns see it in Cockpit and through engine REST, and nobody else: the
 * applicant's organisation, the reviewing city and the province. Tasks need nothing here; Camunda grants them
 * to their candidate groups; delegating one goes through {@link TaskDelegation}.
 */
@Service
public class InstanceAccess {

  private final AuthorizationService authorizationService;

  InstanceAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantRead(String processInstanceId, Collection<String> groupIds) {
    for (String groupId : groupIds) {
      grant(Resources.PROCESS_INSTANCE, processInstanceId, groupId, Permissions.READ);
      grant(Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, groupId, HistoricProcessInstancePermissions.READ);
    }
  }

  private void grant(Resource resource, String resourceId, String groupId, Permission permission) {
    boolean present = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (!present) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
