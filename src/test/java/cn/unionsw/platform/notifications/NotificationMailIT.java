package cn.unionsw.platform.notifications;

import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REVIEW;
import static cn.unionsw.platform.posts.PostApplicationProcess.Elements.MUNICIPAL_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.review.ReviewDeadlineHandler;
import cn.unionsw.platform.review.ReviewDeadlineHandler.Stage;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Notices of a review's events in the platform and by e-mail (ADR 0021), against GreenMail on the running platform:
 * a new review reaches each of the city's reviewers once, in the platform and by mail with the case number and a
 * link into Tasklist; the reminder and the escalation, fired twice, reach each person once (the escalation the
 * province's reviewers); a reviewer who turned a kind or all e-mail off gets the notice without the mail; a mail
 * server that is down loses no notice and no case.
 */
@PlatformIT
class NotificationMailIT {

  static final int MAIL_PORT = Integer.getInteger("it.mail.port", 3025);
  private static final AtomicInteger USERS = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1",
      ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ReviewDeadlineHandler deadlines;
  @Autowired
  Notifications notifications;
  @Autowired
  MailChannel channel;

  PostApplications applications;

  @BeforeEach
  void client() {
    applications = new PostApplications(rest);
  }

  /** A fresh reviewer with an address of their own, and their password. */
  record Reviewer(String id, String password, String address) {
  }

  @Test
  void shouldTellEachReviewerOfEachEventOnceInThePlatformAndByMail() throws Exception {
    Reviewer city = reviewer("HE-SJZ", "市级审核");
    Reviewer province = reviewer("HE", "省级审核");

    String caseId = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String taskId = applications.taskOf("sjzreviewer", caseId, MUNICIPAL_REVIEW);
    String caseNumber = (String) runtime.getVariable(caseId, "caseNumber");

    // Created: the city's reviewers, once each, with the case number and a link to the task.
    assertThat(notices(city, "TASK_CREATED", taskId)).hasSize(1).first().satisfies(notice ->
        assertThat(notice.path("message").asText()).contains("市级工会初审", caseNumber, "待您办理"));
    MimeMessage created = awaitMail(city, 1).get(0);
    assertThat(created.getSubject()).contains("新待办", caseNumber);
    assertThat((String) created.getContent()).contains(caseNumber, "#/?task=" + taskId, "案件跟踪");
    assertThat(notices(province, "TASK_CREATED", taskId)).as("not the province's yet").isEmpty();

    // Due soon: the timer fires, and (a retry, a second fire) again: one notice and one mail each.
    String remind = management.createJobQuery().processInstanceId(caseId).activityId(MUNICIPAL_REMINDER)
        .singleResult().getId();
    management.executeJob(remind);
    fire(caseId, Stage.DUE_SOON);
    assertThat(notices(city, "TASK_DUE_SOON", taskId)).hasSize(1);

    // Escalated, twice: the province's reviewers once each; the city's reviewers are not told again.
    fire(caseId, Stage.ESCALATED);
    fire(caseId, Stage.ESCALATED);
    assertThat(notices(province, "TASK_ESCALATED", taskId)).hasSize(1).first().satisfies(notice ->
        assertThat(notice.path("message").asText()).contains(caseNumber, "已升级"));
    assertThat(notices(city, "TASK_ESCALATED", taskId)).isEmpty();

    List<MimeMessage> cityMail = awaitAfterMarker(city, 2);
    assertThat(subjects(cityMail)).containsExactly("新待办", "即将到期", "标记");
    assertThat(subjects(awaitAfterMarker(province, 1))).containsExactly("超期升级督办", "标记");
  }

  @Test
  void shouldMailOnlyTheKindsAReviewerLeftOnAndKeepEveryNotice() throws Exception {
    Reviewer noNewTasks = reviewer("HE-SJZ", "市级审核");
    Reviewer noMail = reviewer("HE-SJZ", "市级审核");
    Reviewer witness = reviewer("HE-SJZ", "市级审核");
    JsonNode changed = put(noNewTasks, "{\"kinds\":{\"TASK_CREATED\":false}}").getBody();
    assertThat(changed.path("email").asBoolean()).isTrue();
    assertThat(changed.path("kinds").path("TASK_CREATED").asBoolean()).isFalse();
    assertThat(changed.path("kinds").path("URGE").asBoolean()).isTrue();
    assertThat(put(noMail, "{\"email\":false}").getBody().path("email").asBoolean()).isFalse();
    JsonNode read = Api.as(rest, noNewTasks.id(), noNewTasks.password()).get("/api/notifications/preferences")
        .getBody();
    assertThat(read.path("address").asText()).isEqualTo(noNewTasks.address());
    assertThat(read.path("mailConfigured").asBoolean()).isTrue();
    assertThat(read.path("labels").path("TASK_CREATED").asText()).isEqualTo("新待办");

    String caseId = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
    String taskId = applications.taskOf("sjzreviewer", caseId, MUNICIPAL_REVIEW);

    for (Reviewer each : List.of(noNewTasks, noMail, witness)) {
      assertThat(notices(each, "TASK_CREATED", taskId)).as(each.id() + " in the platform").hasSize(1);
    }
    // Mails go out one after the other: once the witness's marker, sent last, is in, the others were decided.
    assertThat(subjects(awaitAfterMarker(witness, 1))).containsExactly("新待办", "标记");
    assertThat(mailTo(noNewTasks)).isEmpty();
    assertThat(mailTo(noMail)).isEmpty();

    // Turned on again, the next review's mail comes.
    put(noNewTasks, "{\"kinds\":{\"TASK_CREATED\":true}}");
    applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY");
    assertThat(subjects(awaitMail(noNewTasks, 1))).containsExactly("新待办");
  }

  @Test
  void shouldKeepTheNoticeAndTheCaseWhenTheMailServerIsDown() throws Exception {
    Reviewer reviewer = reviewer("HE-SJZ", "市级审核");
    mail.stop();
    String caseId;
    String taskId;
    try {
      caseId = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "ENTRY").path("id").asText();
      taskId = applications.taskOf("sjzreviewer", caseId, MUNICIPAL_REVIEW);
      assertThat(notices(reviewer, "TASK_CREATED", taskId)).hasSize(1);
      await().atMost(Duration.ofSeconds(30)).until(channel::idle); // tried, and failed, while the server was down
      ResponseEntity<JsonNode> health = Api.as(rest, "admin").get("/actuator/health");
      assertThat(health.getStatusCode()).as("a mail server down is no reason to take the node out: " + health.getBody())
          .isEqualTo(HttpStatus.OK);
    } finally {
      mail.start();
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(caseId).count()).isZero();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the review waits").isOne();
    List<MimeMessage> after = awaitAfterMarker(reviewer, 0);
    assertThat(subjects(after)).as("what was sent while it was down is lost; the channel works again")
        .doesNotContain("新待办").contains("标记");
  }

  @Test
  void shouldRefusePreferencesItCannotRead() {
    Reviewer reviewer = reviewer("HE-SJZ", "市级审核");
    for (String body : List.of("{}", "{\"email\":null}")) {
      assertRefused(put(reviewer, body), "email");
    }
    assertRefused(put(reviewer, "{\"email\":\"no\"}"), "email");
    assertRefused(put(reviewer, "{\"kinds\":{\"NOPE\":false}}"), "kinds");
    assertRefused(put(reviewer, "{\"kinds\":{\"TASK_CREATED\":null}}"), "kinds");
    assertRefused(put(reviewer, "{\"kinds\":[]}"), "kinds");
    assertThat(Api.anonymous(rest).get("/api/notifications/preferences").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private Reviewer reviewer(String orgCode, String role) {
    String id = "mail" + RUN + USERS.incrementAndGet();
    String address = id + "@mail.test";
    var created = Api.as(rest, "admin").post("/api/admin/users", Map.of("userId", id, "name", "邮件测试" + id,
        "orgCode", orgCode, "role", role, "email", address));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return new Reviewer(id, created.getBody().path("password").asText(), address);
  }

  private ResponseEntity<JsonNode> put(Reviewer reviewer, String json) {
    return Api.as(rest, reviewer.id(), reviewer.password()).put("/api/notifications/preferences", json,
        MediaType.APPLICATION_JSON);
  }

  private static void assertRefused(ResponseEntity<JsonNode> answer, String field) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).as(String.valueOf(answer.getBody())).startsWith(field);
  }

  /** The reviewer's notices of a kind about a task, as they list them. */
  private List<JsonNode> notices(Reviewer reviewer, String kind, String taskId) {
    JsonNode all = Api.as(rest, reviewer.id(), reviewer.password()).get("/api/notifications?maxResults=200")
        .getBody();
    return StreamSupport.stream(all.spliterator(), false).filter(notice -> notice.path("kind").asText().equals(kind)
        && notice.path("taskId").asText().equals(taskId)).toList();
  }

  /** The deadline timer of the case's review fires (again), in a command of its own as the job would run it. */
  private void fire(String caseId, Stage stage) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          deadlines.handle(context.getExecutionManager().findExecutionById(caseId), stage);
          return null;
        });
  }

  private MimeMessage[] mailTo(Reviewer reviewer) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> addressedTo(message, reviewer))
        .toArray(MimeMessage[]::new);
  }

  private List<MimeMessage> awaitMail(Reviewer reviewer, int count) {
    await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(reviewer).length >= count);
    return List.of(mailTo(reviewer));
  }

  /**
   * The reviewer's mail once a marker sent now has come: mails go out one by one in the order they were handed over,
   * so whatever was due before the marker has been sent or dropped by then, and {@code before} of them came.
   */
  private List<MimeMessage> awaitAfterMarker(Reviewer reviewer, int before) {
    notifications.send(new Notice(reviewer.id(), "MARKER", "标记", null, null, null));
    await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(mailTo(reviewer))
        .anyMatch(message -> subject(message).contains("通知")));
    List<MimeMessage> all = List.of(mailTo(reviewer));
    assertThat(all).hasSize(before + 1);
    return all;
  }

  /** Each mail's kind as its subject names it ({@code 标记} for the marker). */
  private static List<String> subjects(List<MimeMessage> messages) {
    return messages.stream().map(message -> {
      String subject = subject(message);
      String kind = subject.substring(subject.indexOf('】') + 1).replaceAll("：.*", "");
      return kind.equals("通知") ? "标记" : kind;
    }).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean addressedTo(MimeMessage message, Reviewer reviewer) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(reviewer.address()));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
