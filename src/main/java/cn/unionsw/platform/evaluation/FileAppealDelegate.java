package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * file-appeal: checks and records the appeal (Art. 28) and names the reviewing union and the reply's due date for
 * the review step. Runs in the start's transaction: a refusal refuses the start itself.
 */
@Component("fileAppealDelegate")
class FileAppealDelegate implements JavaDelegate {

  private final Appeals appeals;

  FileAppealDelegate(Appeals appeals) {
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var filed = appeals.file(WORKER_ID.from(execution), YEAR.from(execution), REASON.from(execution),
        FILED_BY.from(execution), execution.getProcessInstanceId());
    WORKER_ID.on(execution, filed.workerUserId());
    APPEAL_ID.on(execution, Math.toIntExact(filed.appealId()));
    WORKER_NAME.on(execution, filed.workerName());
    ORIGINAL_OUTCOME.on(execution, filed.originalOutcome());
    REVIEWER_CODE.on(execution, filed.reviewerCode());
    APPEAL_DUE_AT.on(execution, filed.due());
    APPEAL_SUMMARY.on(execution, filed.summary());
  }
}
