package cn.unionsw.platform.review;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.REVISE_APPLICATION;
import static cn.unionsw.platform.support.PostApplications.text;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The approval kernel on the running platform: case numbers, the review record, and the doors it shuts. */
@PlatformIT
class KernelIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;

  PostApplications applications;

  @org.junit.jupiter.api.BeforeEach
  void client() {
    applications = new PostApplications(rest);
  }

  @Test
  void shouldNumberEveryCaseAndFindItByItsNumber() {
    String first = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String second = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();

    String number = (String) runtime.getVariable(first, Case.CASE_NUMBER.name());
    String next = (String) runtime.getVariable(second, Case.CASE_NUMBER.name());
    assertThat(number).matches("岗申〔\\d{4}〕正定 \\d{4}");
    assertThat(Integer.parseInt(next.substring(next.length() - 4)))
        .isEqualTo(Integer.parseInt(number.substring(number.length() - 4)) + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).singleResult().getBusinessKey())
        .isEqualTo(number);
    JsonNode found = Api.as(rest, "sjzreviewer").get("/engine-rest/task?processInstanceBusinessKey="
        + number + "&maxResults=10").getBody();
    assertThat(found).extracting(task -> task.path("processInstanceId").asText()).containsExactly(first);
    assertThat(Api.as(rest, "bdreviewer").get("/engine-rest/process-instance?businessKey=" + number
        + "&maxResults=10").getBody()).isEmpty();
  }

  @Test
  void shouldRecordOneReviewWhenTwoCompletionsRace() throws Exception {
    // Several rounds: the loser may arrive before, during or after the winner's commit; each time it is a 409.
    for (int round = 0; round < 5; round++) {
      String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_3").path("id").asText();
      String taskId = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
      CyclicBarrier together = new CyclicBarrier(2);

      List<CompletableFuture<ResponseEntity<JsonNode>>> racing = new ArrayList<>();
      for (String comment : List.of("第一位", "第二位")) {
        racing.add(CompletableFuture.supplyAsync(() -> {
          await(together);
          return applications.review("sjzreviewer", taskId, "APPROVE", comment);
        }));
      }
      List<HttpStatus> answers = racing.stream().map(CompletableFuture::join)
          .map(response -> HttpStatus.valueOf(response.getStatusCode().value())).sorted().toList();

      assertThat(answers).as("round %d", round).containsExactly(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      JsonNode record = Api.as(rest, "zdclerk").get("/api/post-applications/" + id + "/reviews").getBody();
      assertThat(record).hasSize(1);
      var conflict = racing.stream().map(CompletableFuture::join)
          .filter(response -> response.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
      assertThat(conflict.getBody().path("message").asText()).containsPattern("[\\u4e00-\\u9fa5]");
    }
  }


  @Test
  void shouldShutTheDoorsThatSkipOrForgeAReview() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_2").path("id").asText();
    String taskId = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    Api reviewer = Api.as(rest, "sjzreviewer");

    var bpmnError = reviewer.post("/engine-rest/task/" + taskId + "/bpmnError", Map.of("errorCode", "end"));
    var escalation = reviewer.post("/engine-rest/task/" + taskId + "/bpmnEscalation",
        Map.of("escalationCode", "up"));
    var resolve = reviewer.post("/engine-rest/task/" + taskId + "/resolve",
        Map.of("variables", Map.of(PostApplicationProcess.Vars.PROVINCIAL_GROUP.name(), text("HE-SJZ"))));
    var variables = reviewer.post("/engine-rest/process-instance/" + id + "/variables",
        Map.of("modifications", Map.of("overQuota", Map.of("value", false, "type", "Boolean"))));
    var message = Api.as(rest, "zdclerk").post("/engine-rest/message",
        Map.of("messageName", PostApplicationProcess.WITHDRAW_MESSAGE, "processInstanceId", id));
    var skip = Api.as(rest, "zdclerk").post(PostApplications.START, Map.of(
        "variables", PostApplications.application("HE-SJZ-ZD-ZDZ", "LEVEL_1"),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "register-posts"))));
    var foreignComment = Api.as(rest, "zzclerk").post("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "越权评论", "processInstanceId", id));

    assertThat(bpmnError.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(resolve.getStatusCode()).as("resolve is not a step's completion").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(skip.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Engine REST looks the task up as the caller first: a task out of sight answers 400 before the guard.
    assertThat(foreignComment.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    assertThat(bpmnError.getBody().path("error").asText()).isEqualTo("forbidden");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isOne();
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(MUNICIPAL_REVIEW).count()).isOne();
    assertThat(runtime.getVariable(id, PostApplicationProcess.Vars.PROVINCIAL_GROUP.name())).isEqualTo("HE");
  }

  @Test
  void shouldShowATasksCommentsOnlyToThoseWhoSeeTheTask() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_3").path("id").asText();
    String taskId = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    String commentId = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "内部意见：请核实职工人数")).getBody().path("id").asText();
    String path = "/engine-rest/task/" + taskId + "/comment/" + commentId;

    assertThat(Api.as(rest, "sjzreviewer").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "hereviewer").get(path).getStatusCode()).as("the province sees the case").isEqualTo(
        HttpStatus.OK);
    for (String outsider : List.of("bdreviewer", "zzclerk", "lcclerk", "zdworker")) {
      var response = Api.as(rest, outsider).get(path);
      assertThat(response.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody().toString()).as(outsider).doesNotContain("内部意见");
    }
  }

  @Test
  void shouldShowTheRecordOnlyToThoseWhoReachTheApplyingCounty() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();

    for (String user : List.of("zdclerk", "sjzreviewer", "hereviewer")) {
      assertThat(Api.as(rest, user).get("/api/post-applications/" + id + "/reviews").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
    }
    // The worker sits in the unit applied for, below the county that applied: not theirs to see, nor to withdraw.
    for (String user : List.of("zdworker", "lcclerk", "bdreviewer")) {
      assertThat(Api.as(rest, user).get("/api/post-applications/" + id + "/reviews").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(Api.as(rest, user).post("/api/post-applications/" + id + "/withdraw", null).getStatusCode())
          .as(user).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void shouldNotLetTheApplicantGiveBackTheirOwnStep() {
    String id = Api.as(rest, "zdclerk").post(PostApplications.START, Map.of("variables",
        Map.of(PostApplicationProcess.Vars.APPLICATION_TYPE.name(), text("NEW")))).getBody().path("id").asText();
    String fill = applications.taskOf("zdclerk", id, PostApplicationProcess.Elements.FILL_APPLICATION);

    var unclaim = Api.as(rest, "zdclerk").post("/engine-rest/task/" + fill + "/unclaim", null);

    assertThat(unclaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(fill).singleResult().getAssignee()).isEqualTo("zdclerk");
  }

  @Test
  void shouldNotLetAStartCarryACaseInstance() {
    var response = Api.as(rest, "zdclerk").post(PostApplications.START, Map.of(
        "variables", PostApplications.application("HE-SJZ-ZD-ZDZ", "ENTRY"), "caseInstanceId", "x"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("caseInstanceId");
    assertThat(runtime.createProcessInstanceQuery().caseInstanceId("x").count()).isZero();
  }

  @Test
  void shouldLetAReviewerWriteOnlyTheDecisionAndComment() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_2").path("id").asText();
    String taskId = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put("decision", text("APPROVE"));
    forged.put("provincialGroup", text("HE-SJZ"));

    var rerouted = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", forged));
    var longComment = applications.review("sjzreviewer", taskId, "REJECT", "长".repeat(Review.MAX_COMMENT + 1));
    var ownCommentOnOwnTask = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "请补充材料", "processInstanceId", id));
    var hugeComment = Api.as(rest, "sjzreviewer").post("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "长".repeat(Review.MAX_COMMENT + 1)));

    assertThat(rerouted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rerouted.getBody().path("field").asText()).isEqualTo("provincialGroup");
    assertThat(longComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longComment.getBody().path("field").asText()).isEqualTo("comment");
    assertThat(ownCommentOnOwnTask.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(hugeComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Api.as(rest, "zdclerk").get("/api/post-applications/" + id + "/reviews").getBody()).isEmpty();
  }

  @Test
  void shouldKeepCompletingWithLongCommentsOverManyReturns() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    for (int round = 1; round <= 4; round++) {
      String review = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
      String comment = round + "请补充".repeat(Review.MAX_COMMENT / 3);
      assertThat(applications.review("sjzreviewer", review, "RETURN", comment).getStatusCode())
          .as("round %d", round).isEqualTo(HttpStatus.NO_CONTENT);
      String revise = applications.taskOf("zdclerk", id, REVISE_APPLICATION);
      assertThat(tasks.getVariableLocal(revise, Review.HISTORY.name()).toString().length())
          .isLessThanOrEqualTo(Variable.MAX_TEXT);
      var resubmitted = Api.as(rest, "zdclerk").post("/engine-rest/task/" + revise + "/complete", Map.of(
          "variables", Map.of(PostApplicationProcess.Vars.REVISION_ACTION.name(), text("RESUBMIT"))));
      assertThat(resubmitted.getStatusCode()).as("round %d", round).isEqualTo(HttpStatus.NO_CONTENT);
    }

    JsonNode record = Api.as(rest, "zdclerk").get("/api/post-applications/" + id + "/reviews").getBody();
    assertThat(record).hasSize(4);
    assertThat(record.get(3).path("reviewComment").asText()).hasSize(1 + 3 * (Review.MAX_COMMENT / 3));
    assertThat(record.get(0).path("reviewerRole").asText()).isEqualTo("reviewer");
  }

  @Test
  void shouldTakeOnlyDeclaredStartVariablesWithinTheirLimits() {
    long before = history.createHistoricProcessInstanceQuery().count();
    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    bad.put("reviewHistory", Map.of("reviewHistory", text("2026-01-01 省级核定 河北省总工会：同意")));
    bad.put("requestedPosts", Map.of("requestedPosts", Map.of("value", 4294967297L, "type", "Long")));
    bad.put("justification", Map.of("justification", text("理".repeat(100_000))));
    bad.put("duties", Map.of("duties", Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
            "application/x-java-serialized-object"))));
    bad.put("workdays", Map.of("workdays", text("shadow")));

    bad.forEach((field, variable) -> {
      Map<String, Object> variables = new LinkedHashMap<>(PostApplications.application("HE-SJZ-ZD-ZDZ", "ENTRY"));
      variables.putAll(variable);
      var response = Api.as(rest, "zdclerk").post(PostApplications.START, Map.of("variables", variables));
      assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().path("field").asText()).as(field).startsWith(field);
    });

    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldNeverLetAVariableShadowABeanEvenForAnAdministrator() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();

    var shadow = Api.as(rest, "admin").post("/engine-rest/process-instance/" + id + "/variables",
        Map.of("modifications", Map.of("workdays", text("shadow"))));
    var allowed = Api.as(rest, "admin").post("/engine-rest/process-instance/" + id + "/variables",
        Map.of("modifications", Map.of("adminNote", text("由管理员补记"))));

    Map<String, Object> startVariables = new LinkedHashMap<>(PostApplications.application("HE-SJZ-ZD-ZDZ", "ENTRY"));
    startVariables.put("workdays", text("shadow"));
    var shadowAtStart = Api.as(rest, "admin").post(PostApplications.START, Map.of("variables", startVariables));

    assertThat(shadow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(shadow.getBody().path("field").asText()).isEqualTo("workdays");
    assertThat(shadowAtStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(shadowAtStart.getBody().path("field").asText()).isEqualTo("workdays");
    assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(id, "workdays")).isNull();
  }

  @Test
  void shouldLetUsersChangeTheirPasswordButNotTheirName() {
    String userId = "kernel" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    var user = identity.newUser(userId);
    user.setFirstName("临时");
    user.setLastName("用户");
    user.setPassword("Str0ng!Passw0rd");
    identity.saveUser(user);
    var self = Api.as(rest, userId, "Str0ng!Passw0rd");

    var rename = self.put("/engine-rest/user/" + userId + "/profile",
        Map.of("id", userId, "firstName", "河北省总工会", "lastName", "审核员"), MediaType.APPLICATION_JSON);
    var password = self.put("/engine-rest/user/" + userId + "/credentials",
        Map.of("password", "N3w!Passw0rd#", "authenticatedUserPassword", "Str0ng!Passw0rd"),
        MediaType.APPLICATION_JSON);
    var weak = Api.as(rest, userId, "N3w!Passw0rd#").put("/engine-rest/user/" + userId + "/credentials",
        Map.of("password", "demo", "authenticatedUserPassword", "N3w!Passw0rd#"), MediaType.APPLICATION_JSON);
    var delete = Api.as(rest, userId, "N3w!Passw0rd#").delete("/engine-rest/user/" + userId);

    assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(password.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody().path("field").asText()).isEqualTo("password");
    assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId(userId).singleResult().getFirstName()).isEqualTo("临时");
    assertThat(identity.checkPassword(userId, "N3w!Passw0rd#")).isTrue();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
