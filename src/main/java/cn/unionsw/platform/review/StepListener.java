package cn.unionsw.platform.review;

import java.util.concurrent.Callable;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Every declared step's task (added by {@link KernelParseListener}). create: a review starts blank, not with the
 * previous level's decision, and shows the record so far; assignment: a task is claimed by or delegated to a member
 * of a candidate organisation in the step's role only, or given to its co-reviewer (加签人) in their turn; complete: a
 * review is recorded, never by the case's starter; delete (returned, withdrawn): co-reviewers who had not acted are
 * dropped. The case's watchers mark each new task, and whoever completes one (but the starter) follows the case from
 * then on ({@link CaseWatchers}). Those who may act on a new review task are told of it ({@link TaskNotices}).
 */
@Component
class StepListener implements TaskListener {

  private final Declarations declarations;
  private final ReviewRecord record;
  private final Cases cases;
  private final OrgAccess access;
  private final CoReviewTurns coReviews;
  private final CoReviewerMapper coReviewers;
  private final CaseWatchers watchers;
  private final TaskNotices notices;

  StepListener(Declarations declarations, ReviewRecord record, Cases cases, OrgAccess access,
      CoReviewTurns coReviews, CoReviewerMapper coReviewers, CaseWatchers watchers, TaskNotices notices) {
    this.declarations = declarations;
    this.record = record;
    this.cases = cases;
    this.access = access;
    this.coReviews = coReviews;
    this.coReviewers = coReviewers;
    this.watchers = watchers;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    // Added by the parse listener, it is not invoked as custom code: the platform acts here, not the user.
    Context.getCommandContext().runWithoutAuthorization((Callable<Void>) () -> {
      handle(task);
      return null;
    });
  }

  private void handle(DelegateTask task) {
    String processKey = ((TaskEntity) task).getProcessDefinition().getKey();
    CaseDeclaration declaration = declarations.find(processKey).orElseThrow();
    Step step = declaration.step(task.getTaskDefinitionKey()).orElseThrow();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task, step);
      case EVENTNAME_ASSIGNMENT -> assigned(task, step);
      case EVENTNAME_COMPLETE -> completed(task, processKey, step);
      case EVENTNAME_DELETE -> coReviews.ended(task, processKey, step);
      default -> { }
    }
  }

  private void created(DelegateTask task, Step step) {
    if (step.review()) {
      task.getExecution().removeVariable(Review.DECISION.name());
      task.getExecution().removeVariable(Review.COMMENT.name());
    }
    String history = record.text(task.getProcessInstanceId());
    if (!history.isEmpty()) {
      task.setVariableLocal(Review.HISTORY.name(), history);
    }
    watchers.created((TaskEntity) task);
    if (step.review()) {
      // Only reviews are announced (TaskNotices): the platform's bulk steps pay nothing for it, not even a look-up.
      notices.created(new TaskNotices.About(task.getId(), task.getName(), task.getDueDate(),
          Case.CASE_NUMBER.from(task), task.getProcessInstanceId(), step, task.getAssignee(),
          Candidates.organisations(task.getCandidates())));
    }
  }

  private void assigned(DelegateTask task, Step step) {
    String assignee = task.getAssignee();
    if (assignee == null || step.actor() == Step.Actor.ASSIGNEE
        || coReviewers.turnOf(task.getId(), assignee, assignee).isPresent()) {
      return;
    }
    var reach = access.reachOf(assignee);
    boolean colleague = reach.roles().contains(step.role())
        && Candidates.organisations(task.getCandidates()).stream().anyMatch(reach.orgCodes()::contains);
    if (!colleague) {
      throw new Refusal("assignee", assignee + " 不是" + step.label() + "审核单位的审核人员，不能办理或受委派此任务");
    }
  }

  private void completed(DelegateTask task, String processKey, Step step) {
    String processInstanceId = task.getProcessInstanceId();
    String actor = Acting.user(task);
    String starter = cases.starter(processInstanceId);
    if (step.review()) {
      recordReview(task, processKey, step, actor, starter);
    }
    if (!actor.equals(Acting.PLATFORM) && !actor.equals(starter)) {
      watchers.handled((TaskEntity) task, actor);
    }
  }

  private void recordReview(DelegateTask task, String processKey, Step step, String reviewer, String starter) {
    String processInstanceId = task.getProcessInstanceId();
    if (reviewer.equals(starter)) {
      throw new Denied("申请人不能审核自己的申请");
    }
    record.refuseOtherLevel(processInstanceId, step.taskKey(), reviewer);
    ReviewRecord.Kind kind = coReviews.kindOf(task, reviewer);
    var actor = coReviews.actor(reviewer, kind == ReviewRecord.Kind.CO_REVIEW ? null : step);
    record.opinion(kind, processInstanceId, processKey, step, task.getId(), actor, Review.DECISION.from(task),
        Review.COMMENT.from(task), null);
    coReviews.completed(task, processKey, step, reviewer);
    Case.REVIEW_COUNT.on(task.getExecution(), record.opinions(processInstanceId).size());
  }

}
