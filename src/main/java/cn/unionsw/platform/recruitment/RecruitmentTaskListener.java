package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars.RECRUITMENT_ROUND_ID;
import static cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars.STAGE_SUMMARY;

import cn.unionsw.platform.review.Acting;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The city's steps of recruitment-round. create: where the round stands, for the form; complete: the import is
 * finished (every candidate started and screened), or the stage is signed off and its candidates moved on by one
 * batch — refused, naming why, while a result is missing.
 */
@Component("recruitmentTaskListener")
class RecruitmentTaskListener implements TaskListener {

  private final Recruitment recruitment;

  RecruitmentTaskListener(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void notify(DelegateTask task) {
    long roundId = RECRUITMENT_ROUND_ID.required(task);
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal(STAGE_SUMMARY.name(), recruitment.summary(roundId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String user = Acting.user(task);
      if (RecruitmentRoundProcess.Elements.IMPORT_CANDIDATES.equals(key)) {
        recruitment.requireImported(roundId);
      } else {
        Stage stage = Arrays.stream(Stage.values()).filter(s -> RecruitmentRoundProcess.Elements.signOff(s)
            .equals(key)).findFirst().orElseThrow();
        recruitment.signOff(roundId, stage, user);
      }
    }
  }
}
