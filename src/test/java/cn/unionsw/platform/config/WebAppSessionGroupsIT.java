package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.support.ProbeGrants;
import cn.unionsw.platform.support.WebAppSession;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A change to a user's groups or tenants reaches a web apps' session already open on the very next request, not when
 * Camunda's session cache runs out five minutes later.
 */
@PlatformIT
class WebAppSessionGroupsIT {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RepositoryService repositoryService;

  private ProbeGrants probes;
  private String user;
  private String group;

  @BeforeEach
  void createUser() {
    probes = new ProbeGrants(identityService, authorizationService);
    user = probes.user();
    group = probes.group();
    probes.grant(user, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  @AfterEach
  void removeUser() {
    probes.removeAll();
  }

  @Test
  void shouldEndAnAdministratorsPowersAtOnceWhenTakenOutOfTheGroup() {
    identityService.createMembership(user, Roles.ADMIN);
    var session = WebAppSession.login(rest, user, ProbeGrants.PASSWORD);
    assertThat(session.get(ENGINE + "/telemetry/data").getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(user, Roles.ADMIN);

    assertThat(session.get(ENGINE + "/telemetry/data").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldTakeAGroupsGrantAwayAtOnceWhenTheUserLeavesIt() {
    probes.grantGroup(group, Resources.DECISION_DEFINITION, "post-quota", Permissions.READ);
    identityService.createMembership(user, group);
    var session = WebAppSession.login(rest, user, ProbeGrants.PASSWORD);
    String decision = ENGINE + "/decision-definition/" + repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey("post-quota").latestVersion().singleResult().getId();
    assertThat(session.get(decision).getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(user, group);

    assertThat(session.get(decision).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldTakeATenantsDefinitionsAwayAtOnceWhenTheUserLeavesIt() {
    String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    String key = "session-" + tenant;
    identityService.saveTenant(identityService.newTenant(tenant));
    identityService.createTenantUserMembership(tenant, user);
    String deployment = repositoryService.createDeployment().name(key).tenantId(tenant)
        .addString(key + ".dmn", LatestDefinitionsIT.decisionTable(key, 1)).deploy().getId();
    try {
      probes.grant(user, Resources.DECISION_DEFINITION, key, Permissions.READ);
      var session = WebAppSession.login(rest, user, ProbeGrants.PASSWORD);
      String byTenant = ENGINE + "/decision-definition/key/" + key + "/tenant-id/" + tenant;
      assertThat(session.get(byTenant).getStatusCode()).isEqualTo(HttpStatus.OK);

      identityService.deleteTenantUserMembership(tenant, user);

      assertThat(session.get(byTenant).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
      identityService.deleteTenant(tenant);
    }
  }

  @Test
  void shouldEndTheSessionsUserAtOnceWhenDeleted() {
    var session = WebAppSession.login(rest, user, ProbeGrants.PASSWORD);
    assertThat(session.get(ENGINE + "/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);

    identityService.deleteUser(user);

    assertThat(session.get(ENGINE + "/task/count").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
