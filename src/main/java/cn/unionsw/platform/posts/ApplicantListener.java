package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.APPLICANT;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.REVIEW_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Process start: the applicant is whoever is authenticated, not whatever a start variable claims. */
@Component("applicantListener")
class ApplicantListener implements ExecutionListener {

  private final ApplicationGuard guard;

  ApplicantListener(ApplicationGuard guard) {
    this.guard = guard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String starter = Context.getCommandContext().getAuthenticatedUserId();
    guard.recordApplicant(execution.getProcessInstanceId(), starter);
    execution.setVariable(APPLICANT, starter);
    execution.setVariable(REVIEW_COUNT, 0);
  }
}
