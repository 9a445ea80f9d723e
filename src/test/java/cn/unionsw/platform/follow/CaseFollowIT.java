package cn.unionsw.platform.follow;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.PROVINCIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Following a post application through {@code /api} on the running platform, authorizations on: zdclerk copies it to
 * lcclerk, who reads that case alone and cannot work it; Shijiazhuang's reviewer copies it to Baoding's union; zdclerk
 * urges the city's review once it is due soon, once a day; every recipient has a notification to read; the reviewers
 * who acted find it under 我经办的, zdclerk finds it ended under 我发起的 with its whole record.
 */
@PlatformIT
class CaseFollowIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;

  PostApplications applications;

  @BeforeEach
  void client() {
    applications = new PostApplications(rest);
  }

  @Test
  void shouldFollowACaseFromCopyAndUrgeToItsEnd() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String other = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String caseNumber = Api.as(rest, "zdclerk").get("/api/cases/" + id + "/progress").getBody()
        .path("caseNumber").asText();
    int lcUnread = unread("lcclerk");
    int bdUnread = unread("bdreviewer");

    // The starter sees the city's review under 案件进展, not yet due soon.
    JsonNode progress = Api.as(rest, "zdclerk").get("/api/cases/" + id + "/progress").getBody();
    assertThat(progress.path("state").asText()).isEqualTo("RUNNING");
    assertThat(progress.path("processName").asText()).isEqualTo("岗位开发设置申请");
    assertThat(progress.path("watching")).extracting(JsonNode::asText).containsExactly("STARTER");
    assertThat(progress.path("mayCopy").asBoolean()).isTrue();
    JsonNode step = progress.path("steps").get(0);
    assertThat(step.path("taskKey").asText()).isEqualTo(MUNICIPAL_REVIEW);
    assertThat(step.path("candidateOrganisations").get(0).path("name").asText()).isEqualTo("石家庄市总工会");
    assertThat(step.path("dueState").asText()).isEqualTo("ON_TIME");
    assertThat(step.path("urgeable").asBoolean()).isFalse();

    // 抄送 to lcclerk: the case is theirs to read, that one alone, and never to work.
    ResponseEntity<JsonNode> copied = Api.as(rest, "zdclerk").post("/api/cases/" + id + "/copies",
        Map.of("users", List.of("lcclerk"), "note", "请栾城区参照"));
    assertThat(copied.getStatusCode()).as(String.valueOf(copied.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(copied.getBody().path("recipients")).extracting(JsonNode::asText).containsExactly("lcclerk");
    Api lcclerk = Api.as(rest, "lcclerk");
    assertThat(lcclerk.get("/api/cases/" + id + "/progress").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lcclerk.get("/api/cases/" + id + "/reviews").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lcclerk.get("/api/cases?number=" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lcclerk.get("/engine-rest/process-instance/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lcclerk.get("/api/cases/" + other + "/progress").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(lcclerk.get("/engine-rest/process-instance/" + other).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String review = applications.taskOf("lcclerk", id, MUNICIPAL_REVIEW);
    assertThat(review).as("the copy recipient sees the open step").isNotNull();
    assertThat(lcclerk.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "lcclerk"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(applications.review("lcclerk", review, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ids(lcclerk.get("/api/cases/mine?kind=COPIED").getBody())).contains(id).doesNotContain(other);
    assertThat(lcclerk.post("/api/cases/" + id + "/copies", Map.of("users", List.of("zzclerk"))).getStatusCode())
        .as("a copy is for reading, not for passing on").isEqualTo(HttpStatus.FORBIDDEN);

    // lcclerk's notification, read through Tasklist's session as the page does (with the CSRF token).
    assertThat(unread("lcclerk")).isEqualTo(lcUnread + 1);
    JsonNode notice = lcclerk.get("/api/notifications?unread=true").getBody().get(0);
    assertThat(notice.path("kind").asText()).isEqualTo("COPY");
    assertThat(notice.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(notice.path("message").asText()).contains("正定县总工会经办人（zdclerk）", "抄送给您", "请栾城区参照");
    var session = WebAppSession.login(rest, "lcclerk", Api.DEMO_PASSWORD);
    var read = session.exchange(HttpMethod.POST, "/api/notifications/" + notice.path("id").asLong() + "/read",
        org.springframework.http.HttpEntity.EMPTY, session.xsrfToken());
    assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(unread("lcclerk")).isEqualTo(lcUnread);
    assertThat(Api.as(rest, "zdclerk").post("/api/notifications/" + notice.path("id").asLong() + "/read", Map.of())
        .getStatusCode()).as("another's notification").isEqualTo(HttpStatus.NOT_FOUND);

    // The city's reviewer, who may act on the step, copies it to Baoding's union: its members, each once.
    ResponseEntity<JsonNode> toUnion = Api.as(rest, "sjzreviewer").post("/api/cases/" + id + "/copies",
        Map.of("organisations", List.of("HE-BD")));
    assertThat(toUnion.getStatusCode()).as(String.valueOf(toUnion.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(toUnion.getBody().path("recipients")).extracting(JsonNode::asText).contains("bdreviewer");
    assertThat(unread("bdreviewer")).isEqualTo(bdUnread + 1);

    // 催办: refused while not due soon; once due tomorrow, the starter alone urges, once a working day.
    Api zdclerk = Api.as(rest, "zdclerk");
    ResponseEntity<JsonNode> early = zdclerk.post("/api/tasks/" + review + "/urge", Map.of("message", "请审核"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().path("error").asText()).isEqualTo("not_due_soon");
    dueIn(review, Duration.ofDays(1));
    int sjzUnread = unread("sjzreviewer");
    assertThat(Api.as(rest, "sjzreviewer").post("/api/tasks/" + review + "/urge", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> urged = zdclerk.post("/api/tasks/" + review + "/urge", Map.of("message", "请尽快审核"));
    assertThat(urged.getStatusCode()).as(String.valueOf(urged.getBody())).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> again = zdclerk.post("/api/tasks/" + review + "/urge", Map.of());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("error").asText()).isEqualTo("already_urged");
    assertThat(again.getBody().path("message").asText()).contains("每个步骤每个工作日只能催办一次");
    assertThat(unread("sjzreviewer")).isEqualTo(sjzUnread + 1);
    assertThat(Api.as(rest, "sjzreviewer").get("/api/notifications?unread=true").getBody().get(0)
        .path("message").asText()).contains("催办", caseNumber, "请尽快审核");

    // Both levels approve: the city's reviewer follows it under 我经办的 (with the province's open step), the
    // starter under 我发起的, ended, with the whole record, the copies and the urge.
    assertThat(applications.review("sjzreviewer", review, "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode handled = Api.as(rest, "sjzreviewer").get("/api/cases/mine?kind=HANDLED").getBody();
    JsonNode mine = find(handled, id);
    assertThat(mine.path("steps").get(0).path("taskKey").asText()).isEqualTo(PROVINCIAL_REVIEW);
    assertThat(mine.path("steps").get(0).path("candidateOrganisations").get(0).path("code").asText()).isEqualTo("HE");
    String provincial = applications.taskOf("hereviewer", id, PROVINCIAL_REVIEW);
    assertThat(applications.review("hereviewer", provincial, "APPROVE", "同意").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode started = find(zdclerk.get("/api/cases/mine?kind=STARTED").getBody(), id);
    assertThat(started.path("state").asText()).isEqualTo("ENDED");
    assertThat(started.path("stateLabel").asText()).isEqualTo("已办结");
    assertThat(started.path("steps")).isEmpty();
    JsonNode ended = zdclerk.get("/api/cases/" + id + "/progress").getBody();
    assertThat(ended.path("reviews")).extracting(r -> r.path("reviewerId").asText())
        .containsExactly("sjzreviewer", "hereviewer");
    assertThat(ended.path("copies")).extracting(c -> c.path("recipientId").asText()).contains("lcclerk", "bdreviewer");
    assertThat(ended.path("urges")).extracting(u -> u.path("urgedBy").asText() + " " + u.path("message").asText())
        .containsExactly("zdclerk 请尽快审核");
    assertThat(lcclerk.get("/api/cases/" + id + "/progress").getStatusCode())
        .as("a copy recipient still reads it when it has ended").isEqualTo(HttpStatus.OK);
    assertThat(lcclerk.get("/engine-rest/history/process-instance/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /**
   * A copy while the step it marks is being completed: the two take turns on the task's row, so both succeed (the
   * copy marking the next step, or the open one before it is done), and the copy recipient sees the next step.
   */
  @Test
  void shouldCopyAndCompleteAtOnceWithoutEitherFailing() {
    for (int round = 0; round < 6; round++) {
      String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
      String review = applications.taskOf("sjzreviewer", id, MUNICIPAL_REVIEW);
      CyclicBarrier together = new CyclicBarrier(2);

      var copy = CompletableFuture.supplyAsync(() -> {
        await(together);
        return Api.as(rest, "zdclerk").post("/api/cases/" + id + "/copies", Map.of("users", List.of("lcclerk")));
      });
      var complete = CompletableFuture.supplyAsync(() -> {
        await(together);
        return applications.review("sjzreviewer", review, "APPROVE", null);
      });

      assertThat(copy.join().getStatusCode()).as("round %d: %s", round, copy.join().getBody())
          .isEqualTo(HttpStatus.CREATED);
      assertThat(complete.join().getStatusCode()).as("round %d: %s", round, complete.join().getBody())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(applications.taskOf("lcclerk", id, PROVINCIAL_REVIEW)).as("round %d", round).isNotNull();
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldMarkNotificationsReadAllAtOnceAndCountOnlyOnesOwn() {
    String id = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    Api.as(rest, "zdclerk").post("/api/cases/" + id + "/copies", Map.of("users", List.of("zzclerk", "dzclerk")));
    assertThat(unread("zzclerk")).isPositive();

    JsonNode readAll = Api.as(rest, "zzclerk").post("/api/notifications/read-all", Map.of()).getBody();

    assertThat(readAll.path("read").asInt()).isPositive();
    assertThat(unread("zzclerk")).isZero();
    assertThat(unread("dzclerk")).as("one's own only").isPositive();
    assertThat(Api.as(rest, "zzclerk").get("/api/notifications").getBody().get(0).path("readAt").isNull()).isFalse();
  }

  private int unread(String user) {
    ResponseEntity<JsonNode> count = Api.as(rest, user).get("/api/notifications/count");
    assertThat(count.getStatusCode()).as(String.valueOf(count.getBody())).isEqualTo(HttpStatus.OK);
    return count.getBody().path("unread").asInt();
  }

  private void dueIn(String taskId, Duration fromNow) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(fromNow)));
    tasks.saveTask(task);
  }

  private static List<String> ids(JsonNode cases) {
    List<String> ids = new ArrayList<>();
    cases.forEach(found -> ids.add(found.path("processInstanceId").asText()));
    return ids;
  }

  private static JsonNode find(JsonNode cases, String id) {
    return StreamSupport.stream(cases.spliterator(), false)
        .filter(found -> found.path("processInstanceId").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + cases));
  }
}
