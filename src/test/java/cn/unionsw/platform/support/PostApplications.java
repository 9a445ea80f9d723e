package cn.unionsw.platform.support;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.APPLICATION_TYPE;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.DUTIES;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.JUSTIFICATION;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.PROPOSED_GRADE;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.REQUESTED_POSTS;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.UNIT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.review.Review;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A post application driven through engine REST as the demo users, named by the process's own constants. */
public final class PostApplications {

  public static final String START = "/engine-rest/process-definition/key/" + PostApplicationProcess.KEY + "/start";

  private final TestRestTemplate rest;

  public PostApplications(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Starts an application for one new post; answers the process instance. */
  public JsonNode start(String user, String unit, String grade) {
    ResponseEntity<JsonNode> response = Api.as(rest, user).post(START, Map.of("variables", application(unit, grade)));
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The start variables of an application for one new post, as engine REST takes them. */
  public static Map<String, Object> application(String unit, String grade) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(UNIT_CODE.name(), text(unit));
    variables.put(APPLICATION_TYPE.name(), text("NEW"));
    variables.put(REQUESTED_POSTS.name(), Map.of("value", 1, "type", "Integer"));
    variables.put(PROPOSED_GRADE.name(), text(grade));
    variables.put(DUTIES.name(), text("职工维权、集体协商指导、困难职工帮扶"));
    // Tests share one registry: a unit may be over its quota by now (Art. 10 then asks for a reason).
    variables.put(JUSTIFICATION.name(), text("镇域企业集中，职工维权和服务需求大"));
    return variables;
  }

  public static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** The id of the open task of that step in the case, as the user sees it; null when they see none. */
  public String taskOf(String user, String processInstanceId, String taskKey) {
    JsonNode tasks = Api.as(rest, user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey + "&maxResults=10").getBody();
    return tasks == null || !tasks.isArray() || tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
  }

  public ResponseEntity<JsonNode> review(String user, String taskId, String decision, String comment) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Review.DECISION.name(), text(decision));
    if (comment != null) {
      variables.put(Review.COMMENT.name(), text(comment));
    }
    return Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }
}
