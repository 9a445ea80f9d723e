package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.CANDIDATE_ID;
import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.PASSED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * recruitment, check-&lt;stage&gt;: the candidate's own result of the stage it waited at (input parameter {@code stage}),
 * read from the platform's table when the stage's batch moves it on.
 */
@Component("stageResultDelegate")
class StageResultDelegate implements JavaDelegate {

  private final Recruitment recruitment;

  StageResultDelegate(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Stage stage = Stage.valueOf((String) execution.getVariableLocal("stage"));
    PASSED.on(execution, recruitment.stageResult(CANDIDATE_ID.from(execution), stage));
  }
}
