package cn.unionsw.platform.review;

import cn.unionsw.platform.notifications.NoticeKind;
import cn.unionsw.platform.orgs.Codes;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * What the review deadline timers do to the open review task: flag it due today, overdue, or escalate it to the
 * next level's supervisors. The flag is a task variable, which the Tasklist filters 即将到期 and 已超期 read
 * ({@code people/TasklistFilters}) beside the due date. Who may act on it is told it is due soon or overdue; on
 * escalation the next level's reviewers are told instead ({@link TaskNotices}, once per event and person).
 */
@Service
public class ReviewDeadlineHandler {

  public enum Stage {
    DUE_SOON(60, "审核今日到期，请及时办理"),
    OVERDUE(80, "审核已超期"),
    ESCALATED(100, "审核超期未办，已升级至上级督办");

    private final int priority;
    private final String notice;

    Stage(int priority, String notice) {
      this.priority = priority;
      this.notice = notice;
    }
  }

  private final TaskService tasks;
  private final Declarations declarations;
  private final TaskNotices notices;

  ReviewDeadlineHandler(TaskService tasks, Declarations declarations, TaskNotices notices) {
    this.tasks = tasks;
    this.declarations = declarations;
    this.notices = notices;
  }

  /** The timer fired on a declared review step of this case: its open task is flagged. */
  public void handle(DelegateExecution timer, Stage stage) {
    String processKey = ((ExecutionEntity) timer).getProcessDefinition().getKey();
    CaseDeclaration declaration = declarations.find(processKey).orElseThrow();
    String[] reviewSteps = declaration.steps().stream()
        .filter(Step::review).map(Step::taskKey).toArray(String[]::new);
    String processInstanceId = timer.getProcessInstanceId();
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKeyIn(reviewSteps)
        .singleResult();
    if (task == null) {
      return;
    }
    tasks.setVariableLocal(task.getId(), Case.DEADLINE_STATE.name(),
        stage == Stage.ESCALATED ? Stage.OVERDUE.name() : stage.name());
    List<String> organisations = Candidates.organisations(tasks.getIdentityLinksForTask(task.getId()));
    var about = new TaskNotices.About(task.getId(), task.getName(), task.getDueDate(), Case.CASE_NUMBER.from(timer),
        processInstanceId, declaration.step(task.getTaskDefinitionKey()).orElseThrow(), task.getAssignee(),
        organisations);
    if (stage == Stage.ESCALATED) {
      tasks.setVariableLocal(task.getId(), Case.ESCALATED.name(), true);
      notices.escalated(about, escalate(task, organisations));
    } else {
      notices.due(about, stage == Stage.DUE_SOON ? NoticeKind.TASK_DUE_SOON : NoticeKind.TASK_OVERDUE);
    }
    task.setPriority(Math.max(task.getPriority(), stage.priority));
    tasks.saveTask(task);
    tasks.createComment(task.getId(), processInstanceId, stage.notice);
  }

  /**
   * The next level up joins the candidates: the province for a city's review, the province's own group stays.
   * Answers the next level's organisations (the same when the timer fires again, so that it tells the same people).
   */
  private List<String> escalate(Task task, List<String> organisations) {
    List<String> parents = organisations.stream()
        .map(Codes::parentOf)
        .filter(parent -> parent != null)
        .distinct()
        .toList();
    parents.stream().filter(parent -> !organisations.contains(parent))
        .forEach(parent -> tasks.addCandidateGroup(task.getId(), parent));
    return parents;
  }
}
