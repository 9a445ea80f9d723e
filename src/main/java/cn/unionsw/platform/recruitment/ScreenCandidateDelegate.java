package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.PASSED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * recruitment, screen-candidate: registration review by the policy decisions (§3); the answer is for the gateway that
 * follows (the candidate's row records it).
 */
@Component("screenCandidateDelegate")
class ScreenCandidateDelegate implements JavaDelegate {

  private final Recruitment recruitment;

  ScreenCandidateDelegate(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PASSED.onTransient(execution, recruitment.screen(RecruitmentProcess.candidateOf(execution)));
  }
}
