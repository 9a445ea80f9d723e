package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import cn.unionsw.platform.support.WebAppSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A deleted user's or group's grants go with it, whichever door deleted it, so that a new user or group given the
 * same id starts with none: Camunda deletes only the grants on the user or group itself.
 */
@PlatformIT
class DeletedHoldersIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  private ProbeGrants probes;

  @BeforeEach
  void createProbes() {
    probes = new ProbeGrants(identityService, authorizationService);
  }

  @AfterEach
  void removeProbes() {
    probes.removeAll();
  }

  @Test
  void shouldTakeAGroupsGrantsWithItSoThatAGroupOfTheSameIdStartsWithNone() {
    String group = probes.group();
    String member = probes.user();
    identityService.createMembership(member, group);
    probes.grantGroup(group, Resources.DECISION_DEFINITION, "review-deadline", Permissions.READ);
    probes.grantGroup(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    String untouched = probes.grant(member, Resources.DECISION_DEFINITION, "post-pay", Permissions.READ);

    var deleted = Api.as(rest, "admin").delete("/engine-rest/group/" + group);

    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group).count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().authorizationId(untouched).count())
        .as("the member's own grant stays").isOne();

    // An administrator makes a group of the same id again, for another purpose, and adds the user to it.
    identityService.saveGroup(identityService.newGroup(group));
    identityService.createMembership(member, group);
    assertThat(Api.as(rest, member, ProbeGrants.PASSWORD)
        .get("/engine-rest/decision-definition/key/review-deadline").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldTakeAUsersGrantsWithItAtTheAdminWebAppToo() {
    String user = probes.user();
    probes.grant(user, Resources.DECISION_DEFINITION, "review-deadline", Permissions.READ);
    assertThat(Api.as(rest, user, ProbeGrants.PASSWORD).get("/engine-rest/decision-definition/key/review-deadline")
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    var deleted = WebAppSession.login(rest, "admin", Api.DEMO_PASSWORD).send(HttpMethod.DELETE,
        "/camunda/api/engine/engine/default/user/" + user, null);

    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(authorizationService.createAuthorizationQuery().userIdIn(user).count()).isZero();
    var again = identityService.newUser(user);
    again.setPassword(ProbeGrants.PASSWORD);
    identityService.saveUser(again);
    assertThat(Api.as(rest, user, ProbeGrants.PASSWORD).get("/engine-rest/decision-definition/key/review-deadline")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldLeaveEveryGrantWhenTheDeletionIsRefused() {
    String group = probes.group();
    probes.grantGroup(group, Resources.DECISION_DEFINITION, "review-deadline", Permissions.READ);
    long held = authorizationService.createAuthorizationQuery().groupIdIn(group).count();

    var refused = Api.as(rest, "sjzreviewer").delete("/engine-rest/group/" + group);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createGroupQuery().groupId(group).count()).isOne();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group).count()).isEqualTo(held);
  }
}
