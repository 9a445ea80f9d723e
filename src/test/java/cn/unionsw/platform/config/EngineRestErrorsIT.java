package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import cn.unionsw.platform.support.WebAppSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Engine REST and the web apps' engine API answer Camunda's refusals in problem JSON, keeping Camunda's fields. */
@PlatformIT
class EngineRestErrorsIT {

  private static final String START = "/engine-rest/process-definition/key/post-application/start";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void shouldAnswerAClaimedTaskWith409AtBothDoors() {
    String task = openReview();
    var reviewer = Api.as(rest, "sjzreviewer");
    assertThat(reviewer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "sjzreviewer"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // A colleague of the same city (a second reviewer there) tries to take it too; the demo has one, so the
    // province's reviewer stands in after an escalation made the province a candidate.
    tasks.addCandidateGroup(task, "HE");
    var again = Api.as(rest, "hereviewer").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "hereviewer"));
    var tasklist = WebAppSession.login(rest, "hereviewer", Api.DEMO_PASSWORD)
        .post("/camunda/api/engine/engine/default/task/" + task + "/claim", "{\"userId\":\"hereviewer\"}");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(again.getBody().path("error").asText()).isEqualTo("task_already_claimed");
    assertThat(again.getBody().path("message").asText()).startsWith("任务已被他人认领");
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tasklist.getBody()).contains("任务已被他人认领");
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("sjzreviewer");
  }

  @Test
  void shouldKeepWhatTheWebAppsReadOfAnAuthorizationException() {
    String instance = tasks.createTaskQuery().taskId(openReview()).singleResult().getProcessInstanceId();

    // Camunda's own authorization check (another city's case), not the engine guard's refusal of a write.
    var denied = Api.as(rest, "bdreviewer").get("/engine-rest/process-instance/" + instance + "/variables");

    assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(denied.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    // Cockpit and Tasklist show their own text for type AuthorizationException, with the resource it names.
    assertThat(denied.getBody().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(denied.getBody().path("missingAuthorizations").isArray()).isTrue();
    assertThat(denied.getBody().path("error").asText()).isEqualTo("forbidden");
    assertThat(denied.getBody().path("message").asText()).startsWith("无权执行此操作 (forbidden): ");
  }

  @Test
  void shouldAnswerAnUnknownActivityInStartInstructionsWith400() {
    // Start instructions are administrators' only (the engine guard refuses them to anyone else).
    var response = Api.as(rest, "admin").post(START, Map.of("startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "nope"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).startsWith("请求无效").contains("nope");
    assertThat(response.getBody().path("type").asText()).isEqualTo("NotValidException");
  }

  @Test
  void shouldAnswerAQueryParameterItCannotReadWith400NamingIt() {
    var response = Api.as(rest, "sjzreviewer").get("/engine-rest/task?firstResult=abc&maxResults=1");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("firstResult");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/engine-rest/task?firstResult=-2&maxResults=10, firstResult",
      "/engine-rest/process-definition?firstResult=0&maxResults=-1, maxResults",
      "/engine-rest/history/process-instance?firstResult=-2147483648&maxResults=5, firstResult",
      "/camunda/api/engine/engine/default/task?firstResult=-5&maxResults=5, firstResult"})
  void shouldAnswerANegativePageWith400NamingTheParameter(String path, String field) {
    // Camunda hands a negative offset to the database, which MySQL refuses as a syntax error (a 500 before).
    var response = path.startsWith("/camunda/") ? WebAppSession.login(rest, "sjzreviewer", "demo").get(path)
        : Api.as(rest, "sjzreviewer").getText(path);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json(response.getBody()).path("field").asText()).isEqualTo(field);
    assertThat(Api.as(rest, "sjzreviewer").get("/engine-rest/task?firstResult=0&maxResults=1").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "admin | restart | {}",
      "admin | restart-async | {\"processInstanceIds\":[\"x\"]}",
      "zdclerk | restart | {\"processInstanceIds\":[]}"})
  void shouldAnswerARestartWithoutInstructionsWith400NamingThem(String user, String door, String body) {
    // Camunda failed on the missing list with a NullPointerException (a 500), before asking who may restart.
    String definition = Api.as(rest, "admin").get("/engine-rest/process-definition/key/post-application").getBody()
        .path("id").asText();

    var response = Api.as(rest, user).post("/engine-rest/process-definition/" + definition + "/" + door,
        Api.json(body));

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("instructions");
  }

  @Test
  void shouldAnswerADecisionInputOfAnotherTypeWith400() {
    // grade-eligibility reads the years of work as a number; Camunda answered "abc" with a 500.
    var response = Api.as(rest, "zdclerk").post("/engine-rest/decision-definition/key/grade-eligibility/evaluate",
        Api.json("{\"variables\":{\"workYears\":{\"value\":\"abc\",\"type\":\"String\"},"
            + "\"aptitudeTestPassed\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"examEligible\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"socialWorkBachelor\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"certificateLevel\":{\"value\":\"ASSISTANT\",\"type\":\"String\"}}}"));

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("variables");
    assertThat(response.getBody().path("message").asText()).contains("DMN-01005");
  }

  /**
   * An administrator's malformed authorization or group, at engine REST and at the Admin web app's engine API: a 400
   * naming the field, nothing written. Camunda itself fails on each with a NullPointerException or an exception its
   * REST answers as 500.
   */
  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "POST | authorization/create | {} | type",
      "POST | authorization/create | {\"type\":7,\"permissions\":[\"READ\"],\"userId\":\"demo\",\"resourceType\":0,\"resourceId\":\"*\"} | type",
      "POST | authorization/create | {\"type\":1,\"permissions\":null,\"userId\":\"demo\",\"resourceType\":0,\"resourceId\":\"*\"} | permissions",
      "POST | authorization/create | {\"type\":1,\"permissions\":[\"READ\"],\"resourceType\":0,\"resourceId\":\"*\"} | userId",
      "POST | authorization/create | {\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"demo\",\"groupId\":\"HE\",\"resourceType\":0,\"resourceId\":\"*\"} | userId",
      "POST | authorization/create | {\"type\":0,\"permissions\":[\"READ\"],\"userId\":\"demo\",\"resourceType\":0,\"resourceId\":\"*\"} | userId",
      "POST | authorization/create | {\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"demo\",\"resourceType\":\"x\",\"resourceId\":\"*\"} | resourceType",
      "POST | authorization/create | {\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"demo\",\"resourceType\":0} | resourceId",
      "PUT | authorization/ID | {\"permissions\":[\"READ\"],\"resourceType\":0,\"resourceId\":\"*\"} | userId",
      "POST | group/create | {} | id",
      "POST | group/create | {\"id\":null,\"name\":\"x\"} | id",
      "POST | group/create | {\"id\":\"g/x\",\"name\":\"x\"} | id",
      "POST | user/create | {\"profile\":{\"id\":\"bad id/../\",\"firstName\":\"a\",\"lastName\":\"b\"},\"credentials\":{\"password\":\"Tr0ub4dor&3xK\"}} | id"})
  void shouldAnswerAMalformedAuthorizationOrGroupWith400NamingTheField(String method, String path, String body,
      String field) {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();
    String existing = authorizationService.createAuthorizationQuery().authorizationType(1).listPage(0, 1).get(0)
        .getId();
    String resource = path.replace("ID", existing);

    var engineRest = send("admin", method, resource, Api.json(body));
    var admin = WebAppSession.login(rest, "admin", Api.DEMO_PASSWORD).send(HttpMethod.valueOf(method),
        "/camunda/api/engine/engine/default/" + resource, body);

    assertThat(engineRest.getStatusCode()).as(String.valueOf(engineRest.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engineRest.getBody().path("field").asText()).isEqualTo(field);
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.json(admin.getBody()).path("field").asText()).isEqualTo(field);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void shouldStillCreateAWellFormedAuthorizationAndGroup() {
    var group = Api.as(rest, "admin").post("/engine-rest/group/create", Api.json("{\"id\":\"HE-TEST-ERR\","
        + "\"name\":\"测试组\",\"type\":\"WORKFLOW\"}"));
    var granted = Api.as(rest, "admin").post("/engine-rest/authorization/create", Api.json("{\"type\":1,"
        + "\"permissions\":[\"ACCESS\"],\"groupId\":\"HE-TEST-ERR\",\"resourceType\":0,\"resourceId\":\"*\"}"));

    try {
      assertThat(group.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(granted.getStatusCode()).as(String.valueOf(granted.getBody())).isEqualTo(HttpStatus.OK);
      String id = granted.getBody().path("id").asText();
      var changed = Api.as(rest, "admin").put("/engine-rest/authorization/" + id, Api.json("{\"permissions\":"
          + "[\"ALL\"],\"groupId\":\"HE-TEST-ERR\",\"resourceType\":0,\"resourceId\":\"*\"}"),
          MediaType.APPLICATION_JSON);
      assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    } finally {
      authorizationService.createAuthorizationQuery().groupIdIn("HE-TEST-ERR").list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
      identityService.deleteGroup("HE-TEST-ERR");
    }
  }

  /** A membership of someone who is not there, at both doors: a 404 naming the field, nothing written. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "group/camunda-admin/members/nosuchuser, userId, user_not_found",
      "group/nosuchgroup/members/zdclerk, groupId, group_not_found"})
  void shouldAnswerAMembershipOfSomeoneWhoIsNotThereWith404NamingThem(String path, String field, String error) {
    // Camunda refuses it with a NullValueException, which its REST answered as 500.
    long admins = identityService.createUserQuery().memberOfGroup("camunda-admin").count();
    long groups = identityService.createGroupQuery().groupMember("zdclerk").count();

    var engineRest = Api.as(rest, "admin").put("/engine-rest/" + path, null, MediaType.APPLICATION_JSON);
    var admin = WebAppSession.login(rest, "admin", Api.DEMO_PASSWORD).send(HttpMethod.PUT,
        "/camunda/api/engine/engine/default/" + path, "");

    assertThat(engineRest.getStatusCode()).as(String.valueOf(engineRest.getBody())).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engineRest.getBody().path("field").asText()).isEqualTo(field);
    assertThat(engineRest.getBody().path("error").asText()).isEqualTo(error);
    assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.json(admin.getBody()).path("field").asText()).isEqualTo(field);
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(admins);
    assertThat(identityService.createGroupQuery().groupMember("zdclerk").count()).isEqualTo(groups);
  }

  /**
   * What Camunda refuses with a bare exception or fails on with a NullPointerException, both answered 500 by its
   * REST: task queries anyone may send, a password check, and an administrator's tenant, user and deployment.
   */
  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      "sjzclerk | POST | task?firstResult=0&maxResults=5 | {\"candidateGroups\":[]} | candidateGroups",
      "sjzclerk | POST | filter/clerk-unit-tasks/count | {\"candidateGroups\":[]} | candidateGroups",
      "sjzclerk | POST | task/count | {\"orQueries\":[{\"withoutCandidateGroups\":true}]} | orQueries",
      "sjzclerk | POST | history/task/count | {\"orQueries\":[{\"withoutCandidateGroups\":true}]} | orQueries",
      "sjzclerk | POST | task?firstResult=0&maxResults=5 | {\"sorting\":[{\"sortBy\":\"processVariable\","
          + "\"sortOrder\":\"asc\"}]} | sorting",
      "sjzclerk | POST | filter/my-tasks/list?firstResult=0&maxResults=5 | {\"sorting\":[{\"sortBy\":"
          + "\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"x\",\"type\":\"Nope\"}}]}"
          + " | sorting",
      "sjzclerk | POST | filter/my-tasks/list?firstResult=0&maxResults=5 | {\"taskVariables\":[{\"name\":\"x\","
          + "\"operator\":\"eq\",\"value\":{\"a\":1}}]} | value",
      "sjzclerk | POST | identity/password-policy | {} | password",
      "sjzclerk | POST | deployment/create | NONE | data",
      "admin | POST | tenant/create | {} | id",
      "admin | PUT | user/PROBE/profile | {} | id"})
  void shouldAnswerWhatCamundaFailsOnWith400NamingTheField(String user, String method, String path, String body,
      String field) {
    var probes = new ProbeGrants(identityService, authorizationService);
    String resource = path.contains("PROBE") ? path.replace("PROBE", probes.user()) : path;
    long tenants = identityService.createTenantQuery().count();
    try {
      // NONE: no body and no content type (a deployment sent as JSON is a 415 from Jersey already).
      var response = send(user, method, resource, "NONE".equals(body) ? null : Api.json(body));

      assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().path("field").asText()).isEqualTo(field);
      assertThat(identityService.createTenantQuery().count()).isEqualTo(tenants);
      if (path.contains("PROBE")) {
        assertThat(identityService.createUserQuery().userId(resource.split("/")[1]).singleResult().getFirstName())
            .isEqualTo("探");
      }
    } finally {
      probes.removeAll();
    }
  }

  @Test
  void shouldAnswerASecondGrantOfTheSameKindWith409() {
    // Camunda leaves it to the unique index on type, user or group, resource type and id, and answered 500.
    var probes = new ProbeGrants(identityService, authorizationService);
    String user = probes.user();
    String grant = "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"" + user
        + "\",\"resourceType\":5,\"resourceId\":\"clerk-unit-tasks\"}";
    try {
      var first = Api.as(rest, "admin").post("/engine-rest/authorization/create", Api.json(grant));
      var second = Api.as(rest, "admin").post("/engine-rest/authorization/create", Api.json(grant));

      assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(second.getStatusCode()).as(String.valueOf(second.getBody())).isEqualTo(HttpStatus.CONFLICT);
      assertThat(second.getBody().path("error").asText()).isEqualTo("already_exists");
      assertThat(authorizationService.createAuthorizationQuery().userIdIn(user).resourceType(5).count()).isOne();
    } finally {
      probes.removeAll();
    }
  }

  @Test
  void shouldAnswerADefinitionOfATenantTheCallerIsNotOfAsNotFound() throws Exception {
    // Tenants are not used by the platform, but an administrator may deploy under one; Camunda's tenant check
    // refuses the others with a bare ProcessEngineException, which its REST answered as 500. Its queries show them
    // nothing of the tenant, so by id it is not there either, as an id that never was.
    byte[] table;
    try (var model = getClass().getResourceAsStream("/dmn/bid-scoring-weights.dmn")) {
      table = model.readAllBytes();
    }
    var deployment = repositoryService.createDeployment().name("tenant-probe").tenantId("tenantprobe")
        .addInputStream("bid-scoring-weights.dmn", new java.io.ByteArrayInputStream(table)).deploy();
    try {
      String id = repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).singleResult()
          .getId();
      var reviewer = Api.as(rest, "sjzreviewer");

      var read = reviewer.get("/engine-rest/decision-definition/" + id);
      var evaluate = reviewer.post("/engine-rest/decision-definition/" + id + "/evaluate",
          Api.json("{\"variables\":{}}"));
      var never = reviewer.get("/engine-rest/decision-definition/" + id.replaceAll(".$", "x"));

      for (var refused : List.of(read, evaluate, never)) {
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody().path("error").asText()).isEqualTo("not_found");
      }
      assertThat(Api.as(rest, "admin").get("/engine-rest/decision-definition/" + id).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  /** A POST or PUT of a JSON body to engine REST as the user. */
  private org.springframework.http.ResponseEntity<com.fasterxml.jackson.databind.JsonNode> send(String user,
      String method, String path, Object body) {
    return "POST".equals(method) ? Api.as(rest, user).post("/engine-rest/" + path, body)
        : Api.as(rest, user).put("/engine-rest/" + path, body, MediaType.APPLICATION_JSON);
  }

  private String openReview() {
    var variables = Map.of("unitCode", text("HE-SJZ-ZD-XCP"), "applicationType", text("NEW"),
        "requestedPosts", Map.of("value", 1, "type", "Integer"), "proposedGrade", text("ENTRY"),
        "justification", text("园区新建，职工服务需求明显增长"));
    var started = Api.as(rest, "zdclerk").post(START, Map.of("variables", variables));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return tasks.createTaskQuery().processInstanceId(started.getBody().path("id").asText()).singleResult().getId();
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(body, e);
    }
  }
}
