package cn.unionsw.platform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Users of no group with exactly the grants a test gives them, all removed again by {@link #removeAll()}. */
public final class ProbeGrants {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<String> users = new ArrayList<>();
  private final List<String> grants = new ArrayList<>();

  public ProbeGrants(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** A new user of no group and no grant. */
  public String user() {
    String id = "probe" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(id);
    user.setPassword("Str0ng!Passw0rd");
    user.setFirstName("探");
    user.setLastName("测");
    identityService.saveUser(user);
    users.add(id);
    return id;
  }

  /** Grants the user one permission on one resource id. */
  public void grant(String user, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    grants.add(authorizationService.saveAuthorization(authorization).getId());
  }

  /** The grants and the users made, removed. */
  public void removeAll() {
    grants.forEach(authorizationService::deleteAuthorization);
    users.forEach(identityService::deleteUser);
    grants.clear();
    users.clear();
  }
}
