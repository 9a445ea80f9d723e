package cn.unionsw.platform.review;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.REVISE_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Return (退回), co-reviewers (加签) and transfer (转办) on the running platform, through {@code /api/tasks/…} and engine
 * REST as the demo users: a case co-reviewed after by Shijiazhuang's second reviewer, returned by the province to the
 * city's review, co-reviewed before by a county clerk below the city, transferred, and approved; and a co-reviewer
 * removed before acting.
 */
@PlatformIT
class CaseActionsIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  PostApplications applications;

  @BeforeEach
  void client() {
    applications = new PostApplications(rest);
  }

  @Test
  void shouldCoReviewReturnTransferAndApproveThroughTheDoors() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String municipal = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    Api sjz = Api.as(rest, "sjzreviewer");

    JsonNode actions = sjz.get("/api/tasks/" + municipal + "/actions").getBody();
    assertThat(actions.path("returnTargets").findValuesAsText("taskKey")).containsExactly(REVISE_APPLICATION);
    assertThat(actions.path("canAddCoReviewer").asBoolean()).isTrue();
    assertThat(actions.path("canTransfer").asBoolean()).isTrue();
    assertThat(actions.path("canDelegate").asBoolean()).isTrue();

    // After: sjzreviewer approves, then sjzreviewer2 decides.
    var added = sjz.post("/api/tasks/" + municipal + "/co-reviewers",
        Map.of("userId", "sjzreviewer2", "position", "AFTER"));
    assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(added.getBody().path("state").asText()).isEqualTo("WAITING");
    assertThat(applications.review("sjzreviewer", municipal, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(municipal)).isEqualTo("sjzreviewer2");
    assertThat(applications.review("sjzreviewer2", municipal, "APPROVE", "同意，岗位职责清楚").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // The province returns the case to the city's review.
    String provincial = applications.taskOf("hereviewer", id, PROVINCIAL_REVIEW);
    Api he = Api.as(rest, "hereviewer");
    assertThat(he.get("/api/tasks/" + provincial + "/return-targets").getBody().findValuesAsText("taskKey"))
        .containsExactly(REVISE_APPLICATION, MUNICIPAL_REVIEW);
    var returned = he.post("/api/tasks/" + provincial + "/return",
        Map.of("targetStep", MUNICIPAL_REVIEW, "reason", "请市级核实职工人数后重新初审"));
    assertThat(returned.getStatusCode()).as(String.valueOf(returned.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(returned.getBody().path("label").asText()).isEqualTo("市级初审");
    String again = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    assertThat(tasks.getVariableLocal(again, Review.HISTORY.name()).toString())
        .contains("退回至 市级初审", "请市级核实职工人数后重新初审");

    // Before: a clerk of a county below the city gives an opinion, through engine REST as Tasklist would.
    assertThat(sjz.post("/api/tasks/" + again + "/co-reviewers", Map.of("userId", "lcclerk", "position", "BEFORE"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    Api lc = Api.as(rest, "lcclerk");
    assertThat(lc.get("/engine-rest/task?assignee=lcclerk&maxResults=10&processInstanceId=" + id).getBody()
        .findValuesAsText("id")).containsExactly(again);
    assertThat(lc.get("/api/tasks/" + again + "/actions").getBody().path("coReviewerTurn").asBoolean()).isTrue();
    assertThat(lc.post("/api/tasks/" + again + "/return", Map.of("targetStep", REVISE_APPLICATION, "reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var opinion = lc.post("/engine-rest/task/" + again + "/submit-form", Map.of("variables", Map.of(
        "decision", PostApplications.text("APPROVE"), "comment", PostApplications.text("栾城区无异议"))));
    assertThat(opinion.getStatusCode()).as(String.valueOf(opinion.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    Task back = tasks.createTaskQuery().taskId(again).singleResult();
    assertThat(back.getAssignee()).isEqualTo("sjzreviewer");
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(lc.get("/engine-rest/task/" + again).getStatusCode()).as("the co-reviewer's part is over")
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Transfer to the second reviewer, who approves; the province approves.
    var transferred = sjz.post("/api/tasks/" + again + "/transfer",
        Map.of("userId", "sjzreviewer2", "reason", "本人外出学习"));
    assertThat(transferred.getStatusCode()).as(String.valueOf(transferred.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(applications.review("sjzreviewer", again, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(applications.review("sjzreviewer2", again, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String last = applications.taskOf("hereviewer", id, PROVINCIAL_REVIEW);
    assertThat(applications.review("hereviewer", last, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo("end-approved");
    List<String> record = new ArrayList<>();
    Api.as(rest, "zdclerk").get("/api/cases/" + id + "/reviews").getBody().forEach(row -> record.add(
        row.path("kind").asText() + " " + row.path("reviewerId").asText() + " " + row.path("decision").asText("-")
            + " " + row.path("returnedTo").asText(row.path("targetUser").asText("-"))));
    assertThat(record).containsExactly(
        "CO_REVIEWER_ADDED sjzreviewer - sjzreviewer2",
        "REVIEW sjzreviewer APPROVE -",
        "CO_REVIEW sjzreviewer2 APPROVE -",
        "REVIEW hereviewer RETURN municipal-review",
        "CO_REVIEWER_ADDED sjzreviewer - lcclerk",
        "CO_REVIEW lcclerk APPROVE -",
        "TRANSFER sjzreviewer - sjzreviewer2",
        "REVIEW sjzreviewer2 APPROVE -",
        "REVIEW hereviewer APPROVE -");
  }

  @Test
  void shouldRemoveACoReviewerWhoHasNotActed() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String municipal = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
    Api sjz = Api.as(rest, "sjzreviewer");
    sjz.post("/api/tasks/" + municipal + "/co-reviewers", Map.of("userId", "lcclerk", "position", "BEFORE"));

    var byColleague = Api.as(rest, "sjzreviewer2").delete("/api/tasks/" + municipal + "/co-reviewers/lcclerk");
    var removed = sjz.delete("/api/tasks/" + municipal + "/co-reviewers/lcclerk");

    assertThat(byColleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assignee(municipal)).isEqualTo("sjzreviewer");
    var late = Api.as(rest, "lcclerk").post("/engine-rest/task/" + municipal + "/submit-form", Map.of("variables",
        Map.of("decision", PostApplications.text("APPROVE"))));
    assertThat(late.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    JsonNode listed = sjz.get("/api/tasks/" + municipal + "/co-reviewers").getBody();
    assertThat(listed.findValuesAsText("state")).containsExactly("REMOVED");
    assertThat(listed.get(0).path("removable").asBoolean()).isFalse();
  }

  private String assignee(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
  }
}
