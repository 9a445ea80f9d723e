package cn.unionsw.platform.review;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.unionsw.platform.orgs.Codes;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Lets the organisations a case belongs to see it in Cockpit and through engine REST, and nobody else: the
 * starter's organisation and every organisation above it (a county's case is seen by the county, its city and the
 * province). Tasks need nothing here; Camunda grants them to their candidate groups.
 */
@Service
class CaseReadAccess {

  private final AuthorizationService authorizationService;

  CaseReadAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** READ on a case just started, and on its history, for the organisation and every one above it. */
  void grantUpwards(String processInstanceId, String orgCode) {
    for (String groupId = orgCode; groupId != null; groupId = Codes.parentOf(groupId)) {
      grant(Resources.PROCESS_INSTANCE, processInstanceId, groupId, Permissions.READ);
      grant(Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, groupId, HistoricProcessInstancePermissions.READ);
    }
  }

  /** The instance has just started: no grant on it can exist yet, so none is looked for. */
  private void grant(Resource resource, String resourceId, String groupId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
