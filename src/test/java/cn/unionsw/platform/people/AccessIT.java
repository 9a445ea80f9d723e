package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Engine REST and the platform API are never anonymous, and a user reaches only their own organisation. */
@PlatformIT
class AccessIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Test
  void shouldAnswerAnonymousCallsWith401() {
    for (String path : new String[] {"/api/orgs", "/api/workdays/2026-10-01", "/engine-rest/task",
        "/engine-rest/decision-definition", "/engine-rest/user"}) {
      var response = Api.anonymous(rest).get(path);

      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
      assertThat(response.getBody().path("error").asText()).as(path).isEqualTo("unauthorized");
    }
  }

  @Test
  void shouldRefuseAWrongPasswordWithoutHoldingBackTheRightOne() {
    String user = "typo" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    createUser(user, "Str0ng!Passw0rd");

    var wrong = rest.withBasicAuth(user, "wrong").getForEntity("/api/orgs", JsonNode.class);
    var rightAtOnce = rest.withBasicAuth(user, "Str0ng!Passw0rd").getForEntity("/api/orgs", JsonNode.class);

    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.getBody().path("error").asText()).isEqualTo("unauthorized");
    // One typo costs nothing: only repeated failures lock a name, and only for a while (LoginProtectionIT).
    assertThat(rightAtOnce.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createUserQuery().userId(user).count()).isEqualTo(1);
  }

  @Test
  void shouldHoldRealUsersToThePasswordPolicy() {
    var user = identityService.newUser("weak" + UUID.randomUUID().toString().substring(0, 8));
    user.setPassword("demo");

    assertThatThrownBy(() -> identityService.saveUser(user)).hasMessageContaining("policy");
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy("Str0ng!Passw0rd");
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void shouldKeepOneCountyOutOfAnothersOrganisations() {
    var zdclerk = Api.as(rest, "zdclerk");

    assertThat(zdclerk.get("/api/orgs?parent=HE-SJZ-ZD").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zdclerk.get("/api/orgs?parent=HE-SJZ-LC").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(zdclerk.get("/api/orgs/HE-BD-ZZ-KFQ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(zdclerk.get("/api/orgs?parent=HE-SJZ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "zzclerk").get("/api/orgs/HE-SJZ-ZD-ZDZ").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetACityReachItsCountiesAndTheProvinceEverything() {
    assertThat(Api.as(rest, "sjzreviewer").get("/api/orgs?parent=HE-SJZ-LC").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "sjzreviewer").get("/api/orgs?parent=HE-BD").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "hereviewer").get("/api/orgs/HE-BD-ZZ-KFQ").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "hereviewer").get("/api/orgs/HE-DZ-KFQ").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldShowEachUserOnlyThemselvesThroughEngineRest() {
    var users = Api.as(rest, "zdclerk").get("/engine-rest/user?maxResults=100").getBody();

    assertThat(users.isArray()).as(users.toString()).isTrue();
    assertThat(users).extracting(u -> u.path("id").asText()).containsExactly("zdclerk");
  }

  @Test
  void shouldRefuseUnboundedEngineQueries() {
    var unbounded = Api.as(rest, "zdclerk").get("/engine-rest/user");

    assertThat(unbounded.getStatusCode().is4xxClientError()).isTrue();
    assertThat(unbounded.getBody().path("message").asText()).contains("unbound");
  }

  @Test
  void shouldLetOnlyAdministratorsDeploy() {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", "attempt");
    form.add("data", new ByteArrayResource("<definitions/>".getBytes()) {
      @Override
      public String getFilename() {
        return "attempt.bpmn";
      }
    });

    var byReviewer = Api.as(rest, "hereviewer").post("/engine-rest/deployment/create", form);
    var byAdmin = Api.as(rest, "admin").get("/engine-rest/deployment/count");

    assertThat(byReviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byReviewer.getBody().path("error").asText()).isEqualTo("forbidden");
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseAdministrationToNonAdministrators() {
    var response = Api.as(rest, "hereviewer").put("/api/orgs/HE-SJZ-ZD-NEW",
        "{\"name\":\"新工会\",\"type\":\"TOWNSHIP_STREET\"}", MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().path("error").asText()).isEqualTo("forbidden");
  }

  @Test
  void shouldKeepCsrfProtectionOnTheWebApps() {
    var session = WebAppSession.login(rest, "zdclerk", Api.DEMO_PASSWORD);

    var withToken = session.post("/camunda/api/engine/engine/default/task/count", true);
    var withoutToken = session.post("/camunda/api/engine/engine/default/task/count", false);

    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withoutToken.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
    assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldNeverLetAnAnonymousCallerCreateTheFirstAdministrator() {
    var response = rest.postForEntity("/camunda/api/admin/setup/default/user/create",
        java.util.Map.of("profile", java.util.Map.of("id", "intruder"), "credentials",
            java.util.Map.of("password", "Str0ng!Passw0rd")), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void shouldHardenTheEngine() {
    var config = (ProcessEngineConfigurationImpl) engineConfiguration;

    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.isEnablePasswordPolicy()).isTrue();
    // Stored queries (filters) may hold expressions because only administrators write filters (ADR 0006).
    assertThat(config.isEnableExpressionsInStoredQueries()).isTrue();
    assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(config.getQueryMaxResultsLimit()).isLessThanOrEqualTo(2000);
    assertThat(config.getLoginMaxAttempts()).as("Camunda's permanent lock is out of reach; login/ locks for a while")
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(config.getHistoryTimeToLive()).as("models must carry their own historyTimeToLive").isNull();
  }

  private void createUser(String id, String password) {
    var user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(id, Roles.CLERK);
    identityService.createMembership(id, "HE-SJZ-LC");
  }

}
