package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.ATTENDANCE;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.DAILY_ENTRY_ID;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.DATE;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.IDENTITY_NUMBER;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.KIND;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.NOTE;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.RATING;
import static cn.unionsw.platform.evaluation.DailyEntryProcess.Vars.WORKER_ID;

import cn.unionsw.platform.review.Acting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * evaluation-daily-entry, record-daily-entry: the start form's entry, recorded for the starter. Runs in the start's
 * transaction: a refusal (a bad field, a worker out of reach) refuses the start itself, and Tasklist shows it.
 */
@Component("recordDailyEntryDelegate")
class RecordDailyEntryDelegate implements JavaDelegate {

  private final DailyEntries entries;

  RecordDailyEntryDelegate(DailyEntries entries) {
    this.entries = entries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DailyEntry entry = entries.recordFor(IDENTITY_NUMBER.from(execution), new NewDailyEntry(null,
        DATE.from(execution), KIND.from(execution), RATING.from(execution), ATTENDANCE.from(execution),
        NOTE.from(execution)), Acting.user());
    WORKER_ID.on(execution, Math.toIntExact(entry.workerId()));
    DAILY_ENTRY_ID.on(execution, Math.toIntExact(entry.id()));
  }
}
