package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The latest version of a definition by key, kept under the grant stamp (ADR 0038), is taken again only while nothing
 * it depends on changed: a new version, a deleted one, a suspension, a grant taken away or written by hand in SQL acts
 * on the very next request, and one caller's answer is never another's.
 */
@PlatformIT
class LatestDefinitionsIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  AuthorizationChecks checks;
  @Autowired
  JdbcTemplate jdbc;

  private ProbeGrants probes;
  private String user;
  private String key;
  private final List<Deployment> deployments = new ArrayList<>();

  @BeforeEach
  void createUserAndKey() {
    probes = new ProbeGrants(identityService, authorizationService);
    user = probes.user();
    key = "latest-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void removeAll() {
    deployments.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    probes.removeAll();
  }

  @Test
  void shouldTakeTheKeptLatestVersionOnTheNextRequest() {
    deployDecision(1);
    grantDecision(user, Permissions.READ);
    assertThat(decisionByKey(user).getBody().path("version").asInt()).isEqualTo(1);
    long taken = checks.answers().latestTaken();

    assertThat(decisionByKey(user).getBody().path("version").asInt()).isEqualTo(1);

    assertThat(checks.answers().latestTaken()).as("the second request's latest version, found without the query")
        .isGreaterThan(taken);
  }

  @Test
  void shouldEvaluateANewVersionAtOnce() {
    deployDecision(1);
    grantDecision(user, Permissions.ALL);
    assertThat(evaluate()).isEqualTo(1);
    assertThat(evaluate()).isEqualTo(1);

    deployDecision(2);

    assertThat(evaluate()).isEqualTo(2);
  }

  @Test
  void shouldFindThePreviousVersionOnceTheLatestIsDeleted() {
    deployDecision(1);
    Deployment second = deployDecision(2);
    grantDecision(user, Permissions.READ);
    assertThat(decisionByKey(user).getBody().path("version").asInt()).isEqualTo(2);
    assertThat(decisionByKey(user).getBody().path("version").asInt()).isEqualTo(2);

    repositoryService.deleteDeployment(second.getId(), true);
    deployments.remove(second);

    assertThat(decisionByKey(user).getBody().path("version").asInt()).isEqualTo(1);
  }

  @Test
  void shouldNotFindTheDefinitionOnceReadIsTakenAway() {
    deployDecision(1);
    String grant = grantDecision(user, Permissions.READ);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);

    authorizationService.deleteAuthorization(grant);

    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldFindTheDefinitionAtOnceWhenReadIsGrantedByHandInSql() {
    deployDecision(1);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
        + " values (?, 1, 1, ?, ?, ?, ?)", UUID.randomUUID().toString(), user,
        Resources.DECISION_DEFINITION.resourceType(), key, Permissions.READ.getValue());

    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldNotGiveOneCallersLatestVersionToAnother() {
    deployDecision(1);
    grantDecision(user, Permissions.READ);
    String other = probes.user();
    probes.grant(other, Resources.DECISION_DEFINITION, "post-quota", Permissions.READ);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);

    var refused = decisionByKey(other);
    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decisionByKey(other).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decisionByKey(user).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldFindAndStartTheNewVersionOfAProcessAndShowItsSuspensionAtOnce() {
    deployProcess();
    probes.grant(user, Resources.PROCESS_DEFINITION, key, Permissions.READ);
    var caller = Api.as(rest, user, ProbeGrants.PASSWORD);
    // Only an administrator may start a process the platform declares no case for: unchecked, one question for all.
    var admin = Api.as(rest, "admin");
    assertThat(processByKey(caller).path("version").asInt()).isEqualTo(1);
    assertThat(processByKey(caller).path("version").asInt()).isEqualTo(1);
    assertThat(started(admin)).isEqualTo(1);
    assertThat(started(admin)).isEqualTo(1);

    deployProcess();

    assertThat(processByKey(caller).path("version").asInt()).isEqualTo(2);
    assertThat(started(admin)).isEqualTo(2);

    repositoryService.suspendProcessDefinitionByKey(key);

    assertThat(processByKey(caller).path("suspended").asBoolean()).isTrue();
    assertThat(admin.post("/engine-rest/process-definition/key/" + key + "/start", Api.json("{}"))
        .getStatusCode().is2xxSuccessful()).as("a suspended definition starts nothing").isFalse();
  }

  @Test
  void shouldMoveTheStampForEveryChangeToADefinition() {
    long before = stamp();
    Deployment decision = deployDecision(1);
    long deployed = stamp();
    assertThat(deployed).as("a decision deployed").isGreaterThan(before);

    Deployment process = deployProcess();
    long processDeployed = stamp();
    assertThat(processDeployed).as("a process deployed").isGreaterThan(deployed);

    repositoryService.suspendProcessDefinitionByKey(key);
    long suspended = stamp();
    assertThat(suspended).as("a process suspended").isGreaterThan(processDeployed);

    repositoryService.deleteDeployment(decision.getId(), true);
    deployments.remove(decision);
    long decisionDeleted = stamp();
    assertThat(decisionDeleted).as("a decision deleted").isGreaterThan(suspended);

    repositoryService.deleteDeployment(process.getId(), true);
    deployments.remove(process);
    assertThat(stamp()).as("a process deleted").isGreaterThan(decisionDeleted);
  }

  @Test
  void shouldAnswerATenantsLatestVersionOnlyWhileTheCallerIsItsMember() {
    String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    identityService.saveTenant(identityService.newTenant(tenant));
    String group = probes.group();
    identityService.createMembership(user, group);
    try {
      deployed(repositoryService.createDeployment().name(key).tenantId(tenant)
          .addString(key + ".dmn", decisionTable(key, 7)).deploy());
      grantDecision(user, Permissions.READ);
      String byTenant = "/engine-rest/decision-definition/key/" + key + "/tenant-id/" + tenant;
      Api caller = Api.as(rest, user, ProbeGrants.PASSWORD);
      assertThat(caller.get(byTenant).getStatusCode()).as("not a member").isEqualTo(HttpStatus.NOT_FOUND);

      identityService.createTenantUserMembership(tenant, user);
      assertThat(caller.get(byTenant).getStatusCode()).as("the user a member").isEqualTo(HttpStatus.OK);
      assertThat(caller.get("/engine-rest/decision-definition/count?key=" + key).getBody().path("count").asInt())
          .isEqualTo(1);

      identityService.deleteTenantUserMembership(tenant, user);
      assertThat(caller.get(byTenant).getStatusCode()).as("no longer").isEqualTo(HttpStatus.NOT_FOUND);

      identityService.createTenantGroupMembership(tenant, group);
      assertThat(caller.get(byTenant).getStatusCode()).as("through a group").isEqualTo(HttpStatus.OK);
      identityService.deleteMembership(user, group);
      assertThat(caller.get(byTenant).getStatusCode()).as("out of the group").isEqualTo(HttpStatus.NOT_FOUND);
    } finally {
      identityService.deleteTenant(tenant);
    }
  }

  private ResponseEntity<JsonNode> decisionByKey(String caller) {
    return Api.as(rest, caller, ProbeGrants.PASSWORD).get("/engine-rest/decision-definition/key/" + key);
  }

  private JsonNode processByKey(Api caller) {
    var found = caller.get("/engine-rest/process-definition/key/" + key);
    assertThat(found.getStatusCode()).as(String.valueOf(found.getBody())).isEqualTo(HttpStatus.OK);
    return found.getBody();
  }

  /** Evaluates the latest version by key: the version it answers with is its output. */
  private int evaluate() {
    var answer = Api.as(rest, user, ProbeGrants.PASSWORD).post("/engine-rest/decision-definition/key/" + key
        + "/evaluate", Api.json("{\"variables\":{}}"));
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody().path(0).path("version").path("value").asInt();
  }

  /** Starts the latest version by key; the version of the definition the instance runs. */
  private int started(Api caller) {
    var started = caller.post("/engine-rest/process-definition/key/" + key + "/start", Api.json("{}"));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return repositoryService.getProcessDefinition(started.getBody().path("definitionId").asText()).getVersion();
  }

  private String grantDecision(String caller, org.camunda.bpm.engine.authorization.Permission permission) {
    return probes.grant(caller, Resources.DECISION_DEFINITION, key, permission);
  }

  /** A decision of the test's key whose one rule answers {@code version}. */
  private Deployment deployDecision(int version) {
    return deployed(repositoryService.createDeployment().name(key).addString(key + ".dmn", decisionTable(key, version))
        .deploy());
  }

  /** A decision of the given key, held to the model rules, whose one rule answers {@code version}. */
  static String decisionTable(String key, int version) {
    return """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="latest" name="最新版本" namespace="unionsw">
          <decision id="%s" name="最新版本探针" camunda:historyTimeToLive="1">
            <decisionTable id="table">
              <output id="output" name="version" typeRef="integer" />
              <rule id="rule-answer">
                <description>第十条</description>
                <outputEntry id="answer"><text>%d</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(key, version);
  }

  private Deployment deployProcess() {
    var model = Bpmn.createExecutableProcess(key).name("最新版本探针").camundaHistoryTimeToLive(180)
        .camundaStartableInTasklist(false).startEvent("start").sequenceFlowId("to-end").endEvent("end").done();
    return deployed(repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy());
  }

  private Deployment deployed(Deployment deployment) {
    deployments.add(deployment);
    return deployment;
  }

  private long stamp() {
    return jdbc.queryForObject("select stamp from grant_stamp where id = 1", Long.class);
  }
}
