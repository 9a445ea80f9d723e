package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kept authorization answers (ADR 0037) are taken again only while the grants they depend on stand: a grant taken
 * away or given, by Camunda or by hand in SQL, acts on the very next request; the grants written with every task and
 * case leave the stamp alone.
 */
@PlatformIT
class GrantAnswersIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  AuthorizationChecks checks;
  @Autowired
  GrantStamp grantStamp;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RepositoryService repositoryService;

  private ProbeGrants probes;
  private String user;

  @BeforeEach
  void createUser() {
    probes = new ProbeGrants(identityService, authorizationService);
    user = probes.user();
  }

  @AfterEach
  void removeUser() {
    probes.removeAll();
  }

  @Test
  void shouldTakeAKeptAnswerWhileTheGrantStands() {
    assertThat(grantStamp.moving()).as("the triggers are in place").isTrue();
    grantRead();
    assertThat(readDecision()).isEqualTo(HttpStatus.OK);
    long taken = checks.answers().taken();

    assertThat(readDecision()).isEqualTo(HttpStatus.OK);

    assertThat(checks.answers().taken()).as("the second request's check, answered without the database")
        .isGreaterThan(taken);
  }

  @Test
  void shouldRefuseAtOnceWhenTheGrantIsTakenAway() {
    String grant = grantRead();
    assertThat(readDecision()).isEqualTo(HttpStatus.OK);
    assertThat(readDecision()).isEqualTo(HttpStatus.OK);

    authorizationService.deleteAuthorization(grant);

    assertThat(readDecision()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldRefuseAtOnceWhenTheGrantIsNarrowed() {
    String grant = grantRead();
    assertThat(readDecision()).isEqualTo(HttpStatus.OK);
    assertThat(readDecision()).isEqualTo(HttpStatus.OK);

    Authorization narrowed = authorizationService.createAuthorizationQuery().authorizationId(grant).singleResult();
    narrowed.removePermission(Permissions.READ);
    narrowed.addPermission(Permissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(narrowed);

    assertThat(readDecision()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldAllowAtOnceAGrantWrittenByHandInSql() {
    assertThat(readDecision()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(readDecision()).isEqualTo(HttpStatus.FORBIDDEN);

    jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
        + " values (?, 1, 1, ?, ?, 'post-quota', ?)", UUID.randomUUID().toString(), user,
        Resources.DECISION_DEFINITION.resourceType(), Permissions.READ.getValue());

    assertThat(readDecision()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldLeaveTheStampAloneForGrantsOnATaskOrACase() {
    long before = stamp();

    for (var resource : new Resources[] {Resources.TASK, Resources.PROCESS_INSTANCE,
        Resources.HISTORIC_PROCESS_INSTANCE}) {
      authorizationService.deleteAuthorization(probes.grant(user, resource, UUID.randomUUID().toString(),
          Permissions.ALL));
    }

    assertThat(stamp()).as("no write to the stamp's row from a task's or a case's grants").isEqualTo(before);
  }

  @Test
  void shouldMoveTheStampForAGrantOnEveryResourceOfAType() {
    long before = stamp();

    probes.grant(user, Resources.TASK, "*", Permissions.READ);

    assertThat(stamp()).isGreaterThan(before);
  }

  private String grantRead() {
    return probes.grant(user, Resources.DECISION_DEFINITION, "post-quota", Permissions.READ);
  }

  /** Reading one definition by its id: Camunda's READ check on the decision definition (403 without it). */
  private HttpStatus readDecision() {
    String id = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("post-quota").latestVersion()
        .singleResult().getId();
    return HttpStatus.valueOf(Api.as(rest, user, ProbeGrants.PASSWORD).get("/engine-rest/decision-definition/" + id)
        .getStatusCode().value());
  }

  private long stamp() {
    return jdbc.queryForObject("select stamp from grant_stamp where id = 1", Long.class);
  }
}
