package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.ACTIVE_POSTS;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.PENDING_POSTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * register-posts: the province approved, or adjusted a grade itself (Art. 11); the quota is counted again (Art. 10)
 * and the posts are created, re-graded or cancelled (Art. 12), in this transaction.
 */
@Component("registerPostsDelegate")
class RegisterPostsDelegate implements JavaDelegate {

  private final PostApplicationService applications;

  RegisterPostsDelegate(PostApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.register(Application.from(execution), ACTIVE_POSTS.from(execution), PENDING_POSTS.from(execution),
        execution.getProcessInstanceId());
  }
}
