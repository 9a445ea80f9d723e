package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the role groups exist and hold exactly the grants the features ask for, on every start and every
 * database (demo or production). Administrators hold ALL on every resource, as Camunda's own first-admin setup
 * gives them. Nodes that start together take turns ({@link StartupLock}).
 */
@Component
@Order(10)
class AccessPolicy implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);
  private static final int PAGE = 500;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<AccessGrants> contributions;
  private final StartupLock startupLock;

  AccessPolicy(IdentityService identityService, AuthorizationService authorizationService,
      List<AccessGrants> contributions, StartupLock startupLock) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.contributions = contributions;
    this.startupLock = startupLock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    startupLock.acquire();
    for (String role : List.of(Roles.ADMIN, Roles.REVIEWER, Roles.CLERK, Roles.WORKER, Roles.MONITORING)) {
      ensureGroup(role);
    }
    int created = 0;
    for (Resources resource : Resources.values()) {
      created += ensure(new Grant(Roles.ADMIN, resource, "*", Permissions.ALL)) ? 1 : 0;
    }
    for (AccessGrants contribution : contributions) {
      for (Grant grant : contribution.grants()) {
        created += ensure(grant) ? 1 : 0;
      }
    }
    if (created > 0) {
      log.info("Access policy: {} authorizations created", created);
    }
    int narrowed = narrowOwnUserGrants();
    if (narrowed > 0) {
      log.info("Access policy: {} users' ALL on themselves narrowed to READ and UPDATE", narrowed);
    }
  }

  /** Users created before {@link NarrowDefaultGrants} hold Camunda's default ALL on themselves. */
  private int narrowOwnUserGrants() {
    List<Authorization> own = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Authorization> page = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .resourceType(Resources.USER).hasPermission(Permissions.DELETE).listPage(first, PAGE);
      page.stream().filter(grant -> grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId()))
          .forEach(own::add);
      if (page.size() < PAGE) {
        break;
      }
    }
    for (Authorization grant : own) {
      grant.setPermissions(new Permissions[] {Permissions.READ, Permissions.UPDATE});
      authorizationService.saveAuthorization(grant);
    }
    return own.size();
  }

  private void ensureGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(Roles.label(id));
      // Neither administrators nor the monitoring system are held at an organisation.
      group.setType(Roles.ADMIN.equals(id) || Roles.MONITORING.equals(id) ? "SYSTEM" : Roles.ROLE_GROUP_TYPE);
      identityService.saveGroup(group);
    }
  }

  /** Adds the grant's permissions to the group's authorization on that resource id; true when it changed. */
  private boolean ensure(Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    boolean fresh = authorization == null;
    if (fresh) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = fresh;
    for (var permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
    return changed;
  }
}
