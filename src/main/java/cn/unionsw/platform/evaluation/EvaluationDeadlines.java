package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.StepWorkingDays;
import cn.unionsw.platform.workdays.WorkdayExpressions;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The evaluation's deadlines, from {@code evaluation-deadlines} and the working-day calendar (adjusted weekends
 * included): each ends at 23:59:59 Asia/Shanghai of the N-th working day after the day it starts from. The appeal
 * window's end is read by the appeal's start (may it still be filed?) and by annual-evaluation's timer (the outcome
 * stands), so both use this one method.
 */
@Component("evaluationDeadlines")
public class EvaluationDeadlines {

  public static final String PROPOSE = "propose-evaluation";
  public static final String DECIDE = "decide-evaluations";
  public static final String APPEAL_WINDOW = "appeal-window";
  public static final String APPEAL_REVIEW = "appeal-review";
  public static final String RETRAINING = "arrange-retraining";
  public static final String REPLACEMENT = "replace-worker";

  private final StepWorkingDays days;
  private final WorkdayExpressions workdays;

  EvaluationDeadlines(StepWorkingDays days, WorkdayExpressions workdays) {
    this.days = days;
    this.workdays = workdays;
  }

  /** The end of the step's working days counted from {@code from} (that day itself not counted). */
  public Date of(String step, Instant from) {
    return workdays.after(Date.from(from), days.of(Decisions.EVALUATION_DEADLINES, step));
  }

  /** The same, for a model's due date ({@code ${evaluationDeadlines.after('propose-evaluation', now())}}). */
  public Date after(String step, Date from) {
    return of(step, from.toInstant());
  }

  /** The last moment a published outcome may be appealed. */
  public Date appealWindowEnd(Instant publishedAt) {
    return of(APPEAL_WINDOW, publishedAt);
  }
}
