package cn.unionsw.platform.review;

import cn.unionsw.platform.notifications.Notice;
import cn.unionsw.platform.notifications.NoticeKind;
import cn.unionsw.platform.notifications.Notifications;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the people who may act on a declared review step ({@link TaskActors}) what happens to its task: created for
 * them, due soon, overdue; and when it escalates, the next level's reviewers. Sent in the engine command that caused
 * it, so nothing is told of what rolls back; each event once per user ({@link Notifications#sendOnce}), so a retried
 * job or a timer firing again tells nobody twice; by e-mail too after the commit, where a mail server is configured.
 *
 * <p>Only review steps: a city's evaluation round or a recruitment stage creates thousands of tasks of the platform's
 * own steps at once, whose clerks watch their filters; a review is what waits for a reviewer who is not looking.
 * What it costs a review task: one query for its actors and one batched insert (two more statements with e-mail on).
 */
@Component
class TaskNotices {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TaskActors actors;
  private final Notifications notifications;
  private final ZoneId zone;

  TaskNotices(TaskActors actors, Notifications notifications,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.actors = actors;
    this.notifications = notifications;
    this.zone = ZoneId.of(zone);
  }

  /** What a notice is about: the task, its step and case, and who may act on it now. */
  record About(String taskId, String taskName, Date due, String caseNumber, String processInstanceId, Step step,
      String assignee, Collection<String> organisations) {
  }

  /** A review task was created: who may act on it is told it waits for them. */
  void created(About task) {
    if (!task.step().review()) {
      return;
    }
    send(NoticeKind.TASK_CREATED, task, actors.of(task.step(), task.assignee(), task.organisations()),
        "「" + task.taskName() + "」" + caseOf(task) + "待您办理" + dueOf(task) + "。");
  }

  /** The review's deadline timer fired: who may act on it is told it is due soon or overdue. */
  void due(About task, NoticeKind kind) {
    String state = kind == NoticeKind.TASK_DUE_SOON ? "即将到期" : "已超期";
    send(kind, task, actors.of(task.step(), task.assignee(), task.organisations()),
        "「" + task.taskName() + "」" + caseOf(task) + state + dueOf(task) + "，请及时办理。");
  }

  /**
   * The review escalated: the reviewers of the organisations it escalated to are told it now waits for them too; a
   * review at the top level (the province's own) has no level above, and its own reviewers are told.
   */
  void escalated(About task, Collection<String> nextLevel) {
    send(NoticeKind.TASK_ESCALATED, task, nextLevel.isEmpty()
        ? actors.of(task.step(), task.assignee(), task.organisations())
        : actors.inRole(task.step().role(), nextLevel),
        "「" + task.taskName() + "」" + caseOf(task) + "超期未办" + dueOf(task) + "，已升级至贵单位督办。");
  }

  private void send(NoticeKind kind, About task, Collection<String> to, String text) {
    notifications.sendOnce(kind.event(task.taskId()), to.stream().map(user -> new Notice(user, kind.name(), text,
        task.caseNumber(), task.processInstanceId(), task.taskId())).toList());
  }

  private static String caseOf(About task) {
    return task.caseNumber() == null ? "" : "（案件 " + task.caseNumber() + "）";
  }

  private String dueOf(About task) {
    return task.due() == null ? "" : "，期限 " + DUE.format(LocalDateTime.ofInstant(task.due().toInstant(), zone));
  }
}
