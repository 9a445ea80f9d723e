package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
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
}
