package cn.unionsw.platform.posts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** register-posts: the province approved; create, re-grade or cancel the posts (Art. 12), in this transaction. */
@Component("registerPostsDelegate")
class RegisterPostsDelegate implements JavaDelegate {

  private final PostRegistry registry;

  RegisterPostsDelegate(PostRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registry.apply(Application.from(execution), execution.getProcessInstanceId());
  }
}
