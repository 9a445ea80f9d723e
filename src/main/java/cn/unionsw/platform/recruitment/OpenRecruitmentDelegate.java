package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars.CITY_CODE;
import static cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars.PROCUREMENT_ROUND_ID;
import static cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars.RECRUITMENT_ROUND_ID;

import cn.unionsw.platform.review.Acting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** recruitment-round, open-recruitment: the awarded round's recruitment, opened by a clerk of its city, once. */
@Component("openRecruitmentDelegate")
class OpenRecruitmentDelegate implements JavaDelegate {

  private final Recruitment recruitment;

  OpenRecruitmentDelegate(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String starter = Acting.user();
    var round = recruitment.open(PROCUREMENT_ROUND_ID.required(execution), starter);
    RECRUITMENT_ROUND_ID.on(execution, Math.toIntExact(round.id()));
    CITY_CODE.on(execution, round.cityCode());
  }
}
