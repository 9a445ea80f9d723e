package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.*;

import cn.unionsw.platform.review.Acting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * answer-appeal: the reviewer's decision and reply become the written answer ({@link Appeals#answer}). Runs in the
 * completion's transaction, so a refused answer (an upheld appeal without a revised outcome, say) leaves the review
 * open and writes nothing.
 */
@Component("answerAppealDelegate")
class AnswerAppealDelegate implements JavaDelegate {

  private final Appeals appeals;

  AnswerAppealDelegate(Appeals appeals) {
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    appeals.answer(APPEAL_ID.from(execution), execution.getProcessBusinessKey(), DECISION.from(execution),
        REPLY.from(execution), REVISED_OUTCOME.from(execution), Acting.user());
  }
}
