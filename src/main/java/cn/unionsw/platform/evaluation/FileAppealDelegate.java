package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * file-appeal: checks and records the appeal (Art. 28) and names the reviewing union and the reply's due date for
 * the review step. Runs in the start's transaction: a refusal refuses the start itself.
 */
@Component("fileAppealDelegate")
class FileAppealDelegate implements JavaDelegate {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final Appeals appeals;

  FileAppealDelegate(Appeals appeals) {
    this.appeals = appeals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var filed = appeals.file(WORKER_ID.from(execution), YEAR.from(execution), REASON.from(execution),
        FILED_BY.from(execution), execution.getProcessInstanceId());
    String due = OffsetDateTime.ofInstant(filed.dueAt().toInstant(), BEIJING).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    WORKER_ID.on(execution, filed.workerUserId());
    APPEAL_ID.on(execution, Math.toIntExact(filed.appealId()));
    WORKER_NAME.on(execution, filed.workerName());
    ORIGINAL_OUTCOME.on(execution, filed.originalOutcome());
    REVIEWER_CODE.on(execution, filed.reviewerCode());
    APPEAL_DUE_AT.on(execution, due);
    APPEAL_SUMMARY.on(execution, filed.workerName() + " 对 " + filed.year() + " 年度评价结果“"
        + filed.originalOutcome().label() + "”提出申诉（" + filed.filedAt().toLocalDate() + "，" + FILED_BY.from(execution)
        + " 提交）；须于 " + due.substring(0, 10) + " 前书面答复（第二十八条）。");
  }
}
