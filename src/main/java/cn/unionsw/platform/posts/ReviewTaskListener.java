package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * municipal-review and provincial-review. create: the form starts blank, not with the previous level's
 * decision; assignment: a task is claimed by or delegated (委派) to a member of a candidate organisation only;
 * complete: nothing but decision and comment may change, the applicant never reviews, and the review is recorded.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

  private final ReviewLog reviewLog;
  private final OrgAccess access;
  private final ApplicationGuard guard;

  ReviewTaskListener(ReviewLog reviewLog, OrgAccess access, ApplicationGuard guard) {
    this.reviewLog = reviewLog;
    this.access = access;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        task.getExecution().removeVariable(DECISION);
        task.getExecution().removeVariable(COMMENT);
      }
      case EVENTNAME_ASSIGNMENT -> checkColleague(task);
      case EVENTNAME_COMPLETE -> complete(task);
      default -> { }
    }
  }

  private void complete(DelegateTask task) {
    String processInstanceId = task.getProcessInstanceId();
    guard.verify(processInstanceId, task.getExecution().getVariables());
    String reviewer = reviewer(task);
    if (reviewer.equals(task.getVariable(APPLICANT))) {
      throw new Refusal("assignee", "申请人不能审核自己的申请");
    }
    task.getExecution().setVariable(REVIEW_HISTORY, reviewLog.record(processInstanceId, task.getTaskDefinitionKey(),
        reviewer, task.getVariable(DECISION), task.getVariable(COMMENT)));
    task.getExecution().setVariable(REVIEW_COUNT, reviewLog.count(processInstanceId));
  }

  private void checkColleague(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    var memberOf = access.reachOf(assignee).orgCodes();
    boolean colleague = candidateGroups(task).stream().anyMatch(memberOf::contains);
    if (!colleague) {
      throw new Refusal("assignee", "" + assignee + " 不属于本审核单位，不能办理或受委派此任务");
    }
  }

  private static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
  }

  /** Whoever completes the task; without an authenticated caller (an internal call), its assignee. */
  private static String reviewer(DelegateTask task) {
    var caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null) {
      return caller.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
