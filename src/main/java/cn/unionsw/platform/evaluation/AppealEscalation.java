package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.review.ReviewDeadlineHandler;
import cn.unionsw.platform.workdays.EngineTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * escalate-appeal: the ten working days of Art. 28 passed without a written reply. The breach is recorded on the
 * appeal once ({@code escalated_at}; a date timer fires once, and the row says so too); the union above the superior
 * union joins the review's candidates (none above the province, where it still counts as a breach); the task is
 * flagged as the review timers flag theirs ({@code deadlineState} OVERDUE, {@code escalated}, a higher priority) and
 * the case gets a comment saying so.
 */
@Service
class AppealEscalation {

  static final int PRIORITY = 100;

  private final AppealMapper appeals;
  private final EvaluationChain.Resolver chains;
  private final OrgService orgs;
  private final TaskService tasks;
  private final ZoneId zone;

  AppealEscalation(AppealMapper appeals, EvaluationChain.Resolver chains, OrgService orgs, TaskService tasks,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.appeals = appeals;
    this.chains = chains;
    this.orgs = orgs;
    this.tasks = tasks;
    this.zone = ZoneId.of(zone);
  }

  /** Escalates the appeal's open review; false when it was answered or escalated already. */
  @Transactional
  public boolean escalate(long appealId, String processInstanceId) {
    LocalDateTime now = EngineTime.now(zone);
    if (appeals.escalate(appealId, now) != 1) {
      return false;
    }
    Appeal appeal = appeals.find(appealId);
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(AppealProcess.Elements.APPEAL_REVIEW).singleResult();
    if (task == null) {
      return true;
    }
    String escalation = chains.of(appeal.unitCode()).escalationCode();
    if (escalation != null) {
      tasks.addCandidateGroup(task.getId(), escalation);
    }
    tasks.setVariableLocal(task.getId(), Case.DEADLINE_STATE.name(), ReviewDeadlineHandler.Stage.OVERDUE.name());
    tasks.setVariableLocal(task.getId(), Case.ESCALATED.name(), true);
    task.setPriority(Math.max(task.getPriority(), PRIORITY));
    tasks.saveTask(task);
    tasks.createComment(task.getId(), processInstanceId, "申诉答复已超过第二十八条规定的十个工作日期限（"
        + appeal.dueAt().toLocalDate() + "）" + (escalation == null ? "，已记为超期未答复"
            : "，已升级至" + orgs.nameOf(escalation) + "督办"));
    return true;
  }
}
