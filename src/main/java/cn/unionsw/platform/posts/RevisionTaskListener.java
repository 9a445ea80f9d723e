package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.REVISION_ACTION;

import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** revise-application: the applicant resubmits or withdraws; nothing else completes the task. */
@Component("revisionTaskListener")
class RevisionTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(REVISION_ACTION.name());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && REVISION_ACTION.from(task) == null) {
      throw new Refusal(REVISION_ACTION.name(), "须为 RESUBMIT（修改后重新提交）或 WITHDRAW（撤回申请）");
    }
  }
}
