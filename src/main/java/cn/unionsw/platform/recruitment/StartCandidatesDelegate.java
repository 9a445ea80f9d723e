package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.LANE;
import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.LANES;
import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID;
import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.REMAINING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * recruitment-start, start-candidates: one chunk of the round's candidates in this instance's lane started, in this
 * job's transaction.
 */
@Component("startCandidatesDelegate")
class StartCandidatesDelegate implements JavaDelegate {

  private final Recruitment recruitment;

  StartCandidatesDelegate(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer lane = LANE.from(execution);
    Integer lanes = LANES.from(execution);
    REMAINING.on(execution, recruitment.startChunk(RECRUITMENT_ROUND_ID.required(execution),
        lanes == null ? 1 : lanes, lane == null ? 0 : lane));
  }
}
