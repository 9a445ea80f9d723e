package cn.unionsw.platform.follow;

import cn.unionsw.platform.notifications.Notice;
import cn.unionsw.platform.notifications.NoticeKind;
import cn.unionsw.platform.notifications.Notifications;
import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.review.CaseFile;
import cn.unionsw.platform.review.Cases;
import cn.unionsw.platform.review.OpenTasks;
import cn.unionsw.platform.review.OpenTasks.Open;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.TaskActors;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the case's starter urges the holders of an open step that is due soon or overdue ({@link DueState}), at most
 * once per step (open task) and working day ({@link Deadlines#urgeDay}). Recorded, noted on the task for its
 * holders in Tasklist, and sent as a notification to whoever may act on the task by the kernel's rule
 * ({@link TaskActors}: its assignee or, unassigned, every member of a candidate organisation in the step's role).
 */
@Service
class CaseUrges {

  static final int MAX_MESSAGE = 200;
  static final String NOTICE = NoticeKind.URGE.name();
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final OpenTasks openTasks;
  private final Cases cases;
  private final Deadlines deadlines;
  private final UrgeMapper urges;
  private final Notifications notifications;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final TaskActors actors;

  CaseUrges(OpenTasks openTasks, Cases cases, Deadlines deadlines, UrgeMapper urges, Notifications notifications,
      TaskService tasks, HistoryService history, IdentityService identity, TaskActors actors) {
    this.openTasks = openTasks;
    this.cases = cases;
    this.deadlines = deadlines;
    this.urges = urges;
    this.notifications = notifications;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.actors = actors;
  }

  @Transactional
  UrgeMapper.Urge urge(String taskId, String callerId, String message) {
    String text = message == null || message.isBlank() ? null : message.strip();
    if (text != null && text.length() > MAX_MESSAGE) {
      throw Refusal.invalid("message", "催办留言最多 " + MAX_MESSAGE + " 个字，收到 " + text.length() + " 个");
    }
    // Locked as the guard locks a task it works on: a completion waits for the urge, or the urge finds it done.
    Open open = openTasks.locked(taskId).orElseThrow(() -> finishedInReach(taskId, callerId)
        ? Refusal.conflict("task_completed", "该步骤已办理完毕，无需催办")
        : Refusal.notFound("task", "没有这个任务: " + Problems.quote(taskId)));
    Task task = open.task();
    CaseFile file = cases.reachable(task.getProcessInstanceId(), callerId)
        .orElseThrow(() -> Refusal.notFound("task", "没有这个任务: " + Problems.quote(taskId)));
    if (!file.starterId().equals(callerId)) {
      throw Refusal.forbidden("只有案件的发起人（申请人）可以催办");
    }
    if (open.step().actor() == Step.Actor.ASSIGNEE) {
      throw Refusal.conflict("own_step", "「" + task.getName() + "」由您本人办理，无需催办");
    }
    DueState state = deadlines.of(task, deadlines.flags(List.of(taskId)).get(taskId));
    if (!state.urgeable()) {
      throw Refusal.conflict("not_due_soon", "「" + task.getName() + "」" + (task.getDueDate() == null ? "没有期限"
          : "到期时间为 " + DUE.format(deadlines.local(task.getDueDate())) + "，尚未临近")
          + "：两个工作日内到期或已超期的步骤才能催办");
    }
    LocalDate day = deadlines.urgeDay();
    if (urges.countOn(taskId, day) > 0) {
      throw alreadyUrged(task, day);
    }
    Set<String> holders = actors.of(open);
    if (holders.isEmpty()) {
      throw Refusal.conflict("no_holders", "「" + task.getName() + "」暂无可以接收催办的办理人员，请联系办理单位");
    }
    LocalDateTime now = deadlines.now();
    var urge = new UrgeMapper.Urge(task.getProcessInstanceId(), taskId, task.getTaskDefinitionKey(),
        open.step().label(), callerId, text, day, holders.size(), now);
    try {
      urges.insert(urge);
    } catch (DuplicateKeyException e) {
      throw alreadyUrged(task, day); // urged meanwhile, in another request
    }
    String notice = "申请人 " + callerId + " 催办案件 " + file.caseNumber() + " 的「" + task.getName() + "」（"
        + state.label() + (task.getDueDate() == null ? "" : "，期限 " + DUE.format(deadlines.local(task.getDueDate())))
        + "）" + (text == null ? "，请尽快办理。" : "：" + text);
    notifications.sendOnce(NoticeKind.URGE.event(taskId, day.toString()), holders.stream().map(holder -> new Notice(
        holder, NOTICE, notice, file.caseNumber(), task.getProcessInstanceId(), taskId)).toList());
    AsPlatform.run(identity, () -> tasks.createComment(taskId, task.getProcessInstanceId(),
        "申请人催办" + (text == null ? "" : "：" + text)));
    return urge;
  }

  private static Refusal alreadyUrged(Task task, LocalDate day) {
    return Refusal.conflict("already_urged", "「" + task.getName() + "」已于本工作日（" + day + "）催办过，"
        + "每个步骤每个工作日只能催办一次，请下一个工作日再催办");
  }

  /** A task finished by now, of a case the caller may know of. */
  private boolean finishedInReach(String taskId, String callerId) {
    var finished = AsPlatform.call(identity, () -> history.createHistoricTaskInstanceQuery().taskId(taskId)
        .singleResult());
    return finished != null && finished.getProcessInstanceId() != null
        && cases.reachable(finished.getProcessInstanceId(), callerId).isPresent();
  }
}
