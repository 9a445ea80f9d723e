package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.notifications.Notice;
import cn.unionsw.platform.notifications.Notifications;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What the matrix's rows on following cases need (ADR 0017): a fresh copy of case A copied by zdclerk to lcclerk, one
 * whose municipal review falls due tomorrow (so that its starter may urge it), and a notification of zdclerk's.
 */
final class MatrixFollow {

  static final String COPY = "{\"users\":[\"lcclerk\"],\"note\":\"矩阵测试：请知悉\"}";
  /** A change of one's notification preferences that leaves them as they were (copies by e-mail on). */
  static final String PREFERENCES = "{\"kinds\":{\"COPY\":true}}";

  private final MatrixCases cases;
  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final Notifications notifications;

  MatrixFollow(MatrixCases cases, TestRestTemplate rest, TaskService tasks, Notifications notifications) {
    this.cases = cases;
    this.rest = rest;
    this.tasks = tasks;
    this.notifications = notifications;
  }

  /** {pi}, {task}: a fresh copy of A that zdclerk has copied to lcclerk. */
  Setup copiedToLcclerk() {
    return Matrix.sharedByRefusals(user -> {
      MatrixCases.Case fresh = cases.fresh();
      var copy = Api.as(rest, "zdclerk").post("/api/cases/" + fresh.processInstanceId() + "/copies", Matrix.json(COPY));
      assertThat(copy.getStatusCode()).as("fixture: zdclerk copies to lcclerk: %s", copy.getBody())
          .isEqualTo(HttpStatus.CREATED);
      return MatrixCases.of(fresh);
    });
  }

  /** {pi}, {task}: a fresh copy of A whose municipal review is due tomorrow. */
  Setup dueTomorrow() {
    return Matrix.sharedByRefusals(user -> {
      MatrixCases.Case fresh = cases.fresh();
      var task = tasks.createTaskQuery().taskId(fresh.taskId()).singleResult();
      task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(1))));
      tasks.saveTask(task);
      return MatrixCases.of(fresh);
    });
  }

  /** {notification}: a notification of zdclerk's, unread. */
  Setup zdclerksNotification() {
    return user -> Map.of("notification", String.valueOf(notifications.send(new Notice("zdclerk", "MATRIX",
        "矩阵测试通知", null, null, null)).id()));
  }
}
