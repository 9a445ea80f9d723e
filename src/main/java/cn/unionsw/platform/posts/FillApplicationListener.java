package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.APPLICANT;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.UNIT_OPTIONS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * fill-application, create: the units the applicant may choose, as a JSON variable the form's select reads
 * ({@code valuesKey}). Tasklist hands start forms no variables, so the details form is the first task.
 */
@Component("fillApplicationListener")
class FillApplicationListener implements TaskListener {

  private final PostApplicationService applications;
  private final ObjectMapper json;

  FillApplicationListener(PostApplicationService applications, ObjectMapper json) {
    this.applications = applications;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    var options = applications.unitOptions(APPLICANT.from(task));
    try {
      task.getExecution().setVariable(UNIT_OPTIONS, SpinValues.jsonValue(json.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
