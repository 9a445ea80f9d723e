package cn.unionsw.platform.review;

import cn.unionsw.platform.review.ReviewDeadlineHandler.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline timers of any declared review step (remind-reviewer, mark-review-overdue, escalate-review in
 * post-application): the stage comes from the task's input parameter {@code deadlineStage}.
 */
@Component("reviewDeadlineDelegate")
class ReviewDeadlineDelegate implements JavaDelegate {

  private final ReviewDeadlineHandler deadlines;

  ReviewDeadlineDelegate(ReviewDeadlineHandler deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.handle(execution, Stage.valueOf(Case.DEADLINE_STAGE.from(execution)));
  }
}
