package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.DEADLINE_STAGE;

import cn.unionsw.platform.posts.ReviewDeadlineHandler.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** remind-reviewer, mark-review-overdue, escalate-review: the stage comes from the task's input parameter. */
@Component("reviewDeadlineDelegate")
class ReviewDeadlineDelegate implements JavaDelegate {

  private final ReviewDeadlineHandler deadlines;

  ReviewDeadlineDelegate(ReviewDeadlineHandler deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.handle(execution.getProcessInstanceId(), Stage.valueOf((String) execution.getVariableLocal(DEADLINE_STAGE)));
  }
}
