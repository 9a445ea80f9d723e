package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationProcess.Vars.EVALUATION_ID;

import cn.unionsw.platform.evaluation.EvaluationProcess.Elements;
import cn.unionsw.platform.evaluation.EvaluationProcess.Vars;
import cn.unionsw.platform.review.Acting;
import cn.unionsw.platform.review.Variable;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The human steps of annual-evaluation. create: who is evaluated, for the form (with the daily entries' summary for
 * the proposal, the outcome and how to appeal for the worker); complete: every input of evaluation-outcome is given,
 * the re-training is recorded, the replacement has happened — refused, naming why, otherwise.
 */
@Component("evaluationTaskListener")
class EvaluationTaskListener implements TaskListener {

  private final Evaluations evaluations;
  private final DailyEntries daily;

  EvaluationTaskListener(Evaluations evaluations, DailyEntries daily) {
    this.evaluations = evaluations;
    this.daily = daily;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = EVALUATION_ID.from(task);
    String step = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AnnualEvaluation evaluation = evaluations.find(id);
      Worker worker = evaluations.worker(evaluation);
      String unit = evaluations.unitName(evaluation.unitCode());
      Vars.WORKER_NAME.onLocal(task, worker.name());
      Vars.UNIT_NAME.onLocal(task, unit);
      Vars.GRADE_LABEL.onLocal(task, evaluation.grade().label());
      task.setDescription(evaluation.year() + " 年度评价：" + worker.name() + "（" + unit + "，"
          + evaluation.grade().label() + "）");
      if (Elements.PROPOSE.equals(step)) {
        Vars.DAILY_SUMMARY.onLocal(task, daily.summary(evaluation.workerId(), evaluation.year()).text());
      } else if (Elements.READ_OUTCOME.equals(step)) {
        Evaluations.Notice notice = evaluations.notice(id);
        Vars.OUTCOME_LABEL.onLocal(task, notice.outcomeLabel());
        Vars.BONUS_TEXT.onLocal(task, notice.bonusText());
        Vars.NEXT_TIER.onLocal(task, notice.nextTier());
        Vars.FOLLOW_UP_TEXT.onLocal(task, notice.followUp());
        Vars.APPEAL_UNTIL.onLocal(task, notice.appealUntil());
        Vars.OUTCOME_NOTICE.onLocal(task, notice.text());
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      if (Elements.PROPOSE.equals(step)) {
        for (Variable<?> input : Vars.OUTCOME_INPUTS) {
          if (input.from(task) == null) {
            throw Refusal.invalid(input.name(), "必填：年度评价等次按此项建议（evaluation-outcome）");
          }
        }
      } else if (Elements.ARRANGE_RETRAINING.equals(step)) {
        evaluations.recordRetraining(id, Vars.TRAINING_DATE.from(task), Vars.TRAINING_CONTENT.from(task),
            Acting.user(task));
      } else if (Elements.REPLACE_WORKER.equals(step)) {
        evaluations.requireReplaced(id);
      }
    }
  }
}
