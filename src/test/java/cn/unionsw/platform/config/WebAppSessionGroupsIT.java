package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.support.WebAppSession;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A change to a user's groups reaches a web apps' session already open on the very next request, not when Camunda's
 * session cache runs out five minutes later.
 */
@PlatformIT
class WebAppSessionGroupsIT {

  private static final String PASSWORD = "Str0ng!Passw0rd";
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RepositoryService repositoryService;

  private String user;
  private String group;

  @BeforeEach
  void createUser() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    user = "session" + suffix;
    var created = identityService.newUser(user);
    created.setFirstName("测试");
    created.setLastName("用户");
    created.setPassword(PASSWORD);
    identityService.saveUser(created);
    group = "sessiongroup" + suffix;
    identityService.saveGroup(identityService.newGroup(group));
    Authorization tasklist = grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    tasklist.setUserId(user);
    authorizationService.saveAuthorization(tasklist);
  }

  @AfterEach
  void removeUser() {
    authorizationService.createAuthorizationQuery().userIdIn(user).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    authorizationService.createAuthorizationQuery().groupIdIn(group).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    identityService.deleteGroup(group);
    identityService.deleteUser(user);
  }

  @Test
  void shouldEndAnAdministratorsPowersAtOnceWhenTakenOutOfTheGroup() {
    identityService.createMembership(user, Roles.ADMIN);
    var session = WebAppSession.login(rest, user, PASSWORD);
    assertThat(session.get(ENGINE + "/telemetry/data").getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(user, Roles.ADMIN);

    assertThat(session.get(ENGINE + "/telemetry/data").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldTakeAGroupsGrantAwayAtOnceWhenTheUserLeavesIt() {
    var grant = grant(Resources.DECISION_DEFINITION, "post-quota", Permissions.READ);
    grant.setGroupId(group);
    authorizationService.saveAuthorization(grant);
    identityService.createMembership(user, group);
    var session = WebAppSession.login(rest, user, PASSWORD);
    String decision = ENGINE + "/decision-definition/" + repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey("post-quota").latestVersion().singleResult().getId();
    assertThat(session.get(decision).getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(user, group);

    assertThat(session.get(decision).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldEndTheSessionsUserAtOnceWhenDeleted() {
    var session = WebAppSession.login(rest, user, PASSWORD);
    assertThat(session.get(ENGINE + "/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteUser(user);

    assertThat(session.get(ENGINE + "/task/count").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** A new grant, for the caller to give to a user or a group and save. */
  private Authorization grant(Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    return grant;
  }
}
