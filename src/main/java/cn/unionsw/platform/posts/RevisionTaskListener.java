package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.REVISION_ACTION;

import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** revise-application: the applicant resubmits or withdraws; nothing else completes the task. */
@Component("revisionTaskListener")
class RevisionTaskListener implements TaskListener {

  static final String RESUBMIT = "RESUBMIT";
  static final String WITHDRAW = "WITHDRAW";

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(REVISION_ACTION);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object action = task.getVariable(REVISION_ACTION);
      if (!RESUBMIT.equals(action) && !WITHDRAW.equals(action)) {
        throw new Refusal("revisionAction", "须为 RESUBMIT（修改后重新提交）或 WITHDRAW（撤回申请），收到 " + action);
      }
    }
  }
}
