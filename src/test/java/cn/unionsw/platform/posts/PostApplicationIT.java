package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The post application through engine REST and /api as the demo users, with authorizations on. */
@PlatformIT
class PostApplicationIT {

  /**
   * Tests share one registry, and open applications count against a unit's quota (Art. 10): an application that
   * is not about the quota gives a reason, so that it may be over by now.
   */
  private static final String REASON = "镇域企业集中，职工维权和服务需求大";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;

  @Test
  void shouldRunTheChainAndRegisterThePost() {
    String id = start("zdclerk", "HE-SJZ-ZD-GXQ", "NEW", 1, "LEVEL_3", REASON).path("id").asText();

    String municipal = taskOf("sjzreviewer", id, "municipal-review");
    assertThat(taskOf("bdreviewer", id, "municipal-review")).isNull();
    assertThat(taskOf("lcclerk", id, "municipal-review")).isNull();
    assertThat(complete("sjzreviewer", municipal, "APPROVE", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String provincial = taskOf("hereviewer", id, "provincial-review");
    assertThat(complete("hereviewer", provincial, "APPROVE", "同意").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    JsonNode posts = Api.as(rest, "zdclerk").get("/api/posts?org=HE-SJZ-ZD-GXQ").getBody();
    assertThat(posts).anySatisfy(post -> {
      assertThat(post.path("createdByInstance").asText()).isEqualTo(id);
      assertThat(post.path("grade").asText()).isEqualTo("LEVEL_3");
      assertThat(post.path("status").asText()).isEqualTo("ACTIVE");
    });
    JsonNode reviews = Api.as(rest, "zdclerk").get("/api/post-applications/" + id + "/reviews").getBody();
    assertThat(reviews).extracting(r -> r.path("reviewerId").asText() + ":" + r.path("decision").asText())
        .containsExactly("sjzreviewer:APPROVE", "hereviewer:APPROVE");
  }

  @Test
  void shouldRefuseToStartForAnotherCountysUnitAndCreateNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("post-application").count();

    var response = Api.as(rest, "zdclerk").post("/engine-rest/process-definition/key/post-application/start",
        startBody("HE-SJZ-LC-LCZ", "NEW", 1, "LEVEL_3", null));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("unitCode", "只能为本单位");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("post-application").count()).isEqualTo(before);
  }

  @Test
  void shouldRequireAJustificationOverQuotaAndFlagIt() {
    // 正定镇: 1850 employees, quota 1 (Art. 10); two posts at once exceed it.
    var refused = Api.as(rest, "zdclerk").post("/engine-rest/process-definition/key/post-application/start",
        startBody("HE-SJZ-ZD-ZDZ", "NEW", 2, "ENTRY", null));
    String id = start("zdclerk", "HE-SJZ-ZD-ZDZ", "NEW", 2, "ENTRY", "镇内新建产业园区，职工服务需求成倍增长").path("id").asText();

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("justification");
    assertThat(runtime.getVariable(id, "overQuota")).isEqualTo(true);
    assertThat(runtime.getVariable(id, "maxPosts")).isEqualTo(1);
  }

  @Test
  void shouldRefuseAReturnWithoutACommentAs400() {
    String id = start("zdclerk", "HE-SJZ-ZD-XCP", "NEW", 1, "ENTRY", REASON).path("id").asText();
    String task = taskOf("sjzreviewer", id, "municipal-review");

    var response = complete("sjzreviewer", task, "RETURN", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("comment");
    assertThat(taskOf("sjzreviewer", id, "municipal-review")).isEqualTo(task);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void shouldTellTasklistWhyAReviewIsRefused(CapturedOutput log) {
    String id = start("zdclerk", "HE-SJZ-ZD-XCP", "NEW", 1, "ENTRY", REASON).path("id").asText();
    String task = taskOf("sjzreviewer", id, "municipal-review");
    var tasklist = WebAppSession.login(rest, "sjzreviewer", Api.DEMO_PASSWORD);
    assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/claim",
        "{\"userId\":\"sjzreviewer\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // What Tasklist sends when a reviewer submits the review form with 不同意 and no comment.
    var response = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"REJECT\",\"type\":\"String\"}}}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("comment: 不同意时须填写意见").doesNotContain("ENGINE-", "TaskListener");
    assertThat(taskOf("sjzreviewer", id, "municipal-review")).isEqualTo(task);
    // A user's mistake, not an error for the operators (RefusalLogging).
    assertThat(log.getOut()).doesNotContain("ENGINE-16004");
  }

  @Test
  void shouldKeepOtherOrganisationsOutOfTheCase() {
    String id = start("zdclerk", "HE-SJZ-ZD-FWZX", "NEW", 1, "ENTRY", REASON).path("id").asText();
    String task = taskOf("sjzreviewer", id, "municipal-review");

    assertThat(instanceVisibleTo("sjzreviewer", id)).isTrue();
    assertThat(instanceVisibleTo("hereviewer", id)).isTrue();
    assertThat(instanceVisibleTo("bdreviewer", id)).isFalse();
    assertThat(instanceVisibleTo("lcclerk", id)).isFalse();
    assertThat(complete("bdreviewer", task, "APPROVE", null).getStatusCode().is4xxClientError()).isTrue();
    assertThat(Api.as(rest, "lcclerk").get("/api/post-applications/" + id + "/reviews").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // The same through Tasklist's own API, as the web app asks for it.
    String query = "/camunda/api/engine/engine/default/task?processInstanceId=" + id + "&maxResults=15";
    assertThat(WebAppSession.login(rest, "sjzreviewer", Api.DEMO_PASSWORD).get(query).getBody()).contains(task);
    assertThat(WebAppSession.login(rest, "bdreviewer", Api.DEMO_PASSWORD).get(query).getBody()).isEqualTo("[]");
    assertThat(WebAppSession.login(rest, "lcclerk", Api.DEMO_PASSWORD).get(query).getBody()).isEqualTo("[]");
    // The applicant reads the open step of their own case (我发起的, ADR 0017), and cannot work it.
    assertThat(WebAppSession.login(rest, "zdclerk", Api.DEMO_PASSWORD).get(query).getBody()).contains(task);
    assertThat(complete("zdclerk", task, "APPROVE", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldDelegateOnlyToAColleague() {
    String colleague = "sjz" + UUID.randomUUID().toString().substring(0, 6);
    var user = identityService.newUser(colleague);
    user.setPassword("Str0ng!Passw0rd");
    identityService.saveUser(user);
    identityService.createMembership(colleague, "HE-SJZ");
    identityService.createMembership(colleague, "reviewer");
    String id = start("zdclerk", "HE-SJZ-ZD-JG", "NEW", 1, "ENTRY", REASON).path("id").asText();
    String task = taskOf("sjzreviewer", id, "municipal-review");
    var sjz = Api.as(rest, "sjzreviewer");

    var toStranger = sjz.post("/api/tasks/" + task + "/delegate", Map.of("userId", "bdreviewer"));
    var toProvince = sjz.post("/api/tasks/" + task + "/delegate", Map.of("userId", "hereviewer"));
    var openedToAnotherCity = sjz.post("/engine-rest/task/" + task + "/identity-links",
        Map.of("groupId", "HE-BD", "type", "candidate"));
    var byStranger = Api.as(rest, "bdreviewer").post("/api/tasks/" + task + "/delegate", Map.of("userId", "bdreviewer"));
    var toColleague = sjz.post("/api/tasks/" + task + "/delegate", Map.of("userId", colleague));

    assertThat(toStranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(toStranger.getBody().path("error").asText()).isEqualTo("invalid_userId");
    assertThat(toProvince.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(openedToAnotherCity.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byStranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(toColleague.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(colleague);
  }

  @Test
  void shouldRefuseAReviewThatReroutesTheCase() {
    String id = start("zdclerk", "HE-SJZ-ZD-XCP", "NEW", 1, "LEVEL_3", REASON).path("id").asText();
    String task = taskOf("sjzreviewer", id, "municipal-review");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", value("APPROVE"));
    variables.put("provincialGroup", value("HE-SJZ"));

    var response = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + task + "/complete",
        Map.of("variables", variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runtime.getVariable(id, "provincialGroup")).isEqualTo("HE");
    assertThat(taskOf("sjzreviewer", id, "municipal-review")).isEqualTo(task);
  }

  @Test
  void shouldTakeTheApplicantFromTheLogin() {
    Map<String, Object> body = startBody("HE-BD-ZZ-KFQ", "NEW", 1, "ENTRY", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    variables.put("applicant", value("admin"));

    var response = Api.as(rest, "zdclerk").post("/engine-rest/process-definition/key/post-application/start",
        Map.of("variables", variables));

    // The applicant is the kernel's to set from the login: a client may not even name one.
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("applicant");
    assertThat(Api.as(rest, "zdclerk").post("/engine-rest/process-definition/key/post-application/start", body)
        .getBody().path("message").asText()).contains("HE-SJZ-ZD");
  }

  @Test
  void shouldLetTheApplicantWithdrawOnlyBeforeAReviewerActs() {
    String untouched = start("zdclerk", "HE-SJZ-ZD-XCP", "NEW", 1, "LEVEL_3", REASON).path("id").asText();
    String claimed = start("zdclerk", "HE-SJZ-ZD-XCP", "NEW", 1, "LEVEL_2", REASON).path("id").asText();
    Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + taskOf("sjzreviewer", claimed, "municipal-review")
        + "/claim", Map.of("userId", "sjzreviewer"));

    var withdrawn = Api.as(rest, "zdclerk").post("/api/post-applications/" + untouched + "/withdraw", null);
    var tooLate = Api.as(rest, "zdclerk").post("/api/post-applications/" + claimed + "/withdraw", null);
    var notTheirs = Api.as(rest, "lcclerk").post("/api/post-applications/" + claimed + "/withdraw", null);

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(untouched).count()).isZero();
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldSendDingzhouStraightToTheProvince() {
    String id = start("dzclerk", "HE-DZ-KFQ", "NEW", 1, "ENTRY", REASON).path("id").asText();

    assertThat(taskOf("hereviewer", id, "provincial-review")).isNotNull();
    assertThat(runtime.getVariable(id, "route")).isEqualTo("DIRECT_CITY");
  }

  private JsonNode start(String user, String unit, String type, int posts, String grade, String justification) {
    var response = Api.as(rest, user).post("/engine-rest/process-definition/key/post-application/start",
        startBody(unit, type, posts, grade, justification));
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, Object> startBody(String unit, String type, int posts, String grade, String justification) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("unitCode", value(unit));
    variables.put("applicationType", value(type));
    variables.put("requestedPosts", Map.of("value", posts, "type", "Integer"));
    variables.put("proposedGrade", value(grade));
    variables.put("duties", value("职工维权、集体协商指导、困难职工帮扶"));
    if (justification != null) {
      variables.put("justification", value(justification));
    }
    return Map.of("variables", variables);
  }

  private static Map<String, Object> value(String value) {
    return Map.of("value", value, "type", "String");
  }

  private String taskOf(String user, String processInstanceId, String taskKey) {
    JsonNode tasks = Api.as(rest, user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey + "&maxResults=10").getBody();
    return tasks == null || tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
  }

  private org.springframework.http.ResponseEntity<JsonNode> complete(String user, String taskId, String decision,
      String comment) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", value(decision));
    if (comment != null) {
      variables.put("comment", value(comment));
    }
    return Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  private boolean instanceVisibleTo(String user, String processInstanceId) {
    JsonNode found = Api.as(rest, user).get("/engine-rest/process-instance?processInstanceIds=" + processInstanceId
        + "&maxResults=10").getBody();
    return found != null && found.size() == 1;
  }
}
