package cn.unionsw.platform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Users (and groups) with exactly the grants a test gives them, all removed again by {@link #removeAll()}: the
 * users' and groups' grants whoever wrote them, then the users and groups.
 */
public final class ProbeGrants {

  /** The password of every probe user: one the platform's policy accepts. */
  public static final String PASSWORD = "Str0ng!Passw0rd";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<String> users = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();

  public ProbeGrants(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** A new user of no group and no grant, with {@link #PASSWORD}. */
  public String user() {
    String id = "probe" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    user.setFirstName("探");
    user.setLastName("测");
    identityService.saveUser(user);
    users.add(id);
    return id;
  }

  /** A new group of no member and no grant. */
  public String group() {
    String id = "probegroup" + UUID.randomUUID().toString().substring(0, 8);
    identityService.saveGroup(identityService.newGroup(id));
    groups.add(id);
    return id;
  }

  /** Grants the user one permission on one resource id; the grant's id. */
  public String grant(String user, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = newGrant(resource, resourceId, permission);
    authorization.setUserId(user);
    return authorizationService.saveAuthorization(authorization).getId();
  }

  /** Grants the group one permission on one resource id; the grant's id. */
  public String grantGroup(String group, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = newGrant(resource, resourceId, permission);
    authorization.setGroupId(group);
    return authorizationService.saveAuthorization(authorization).getId();
  }

  private Authorization newGrant(Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    return authorization;
  }

  /** The grants of the users and groups made (any, a test's own SQL included), then the users and groups. */
  public void removeAll() {
    if (!users.isEmpty()) {
      authorizationService.createAuthorizationQuery().userIdIn(users.toArray(String[]::new)).list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
    if (!groups.isEmpty()) {
      authorizationService.createAuthorizationQuery().groupIdIn(groups.toArray(String[]::new)).list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
    users.forEach(identityService::deleteUser);
    groups.forEach(identityService::deleteGroup);
    users.clear();
    groups.clear();
  }
}
