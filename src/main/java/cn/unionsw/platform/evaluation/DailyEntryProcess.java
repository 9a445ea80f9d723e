package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Variable;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/evaluation-daily-entry.bpmn}: a clerk records
 * one daily entry (Art. 25) from Tasklist's start form, naming the worker by identity number; the first step records
 * it through {@link DailyEntries} in the start's own transaction, so a refusal refuses the start and nothing is
 * written; then the process ends. No human steps.
 */
public final class DailyEntryProcess {

  public static final String KEY = "evaluation-daily-entry";

  private DailyEntryProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-daily-entry";
    public static final String RECORD = "record-daily-entry";
    public static final String END = "end-daily-entry-recorded";

    private Elements() {
    }
  }

  /** Process variables, typed; the start form's fields are named as the API's body ({@code workerId} aside). */
  public static final class Vars {
    public static final Variable<String> IDENTITY_NUMBER = Variable.text("identityNumber", 64);
    /** The day, as the form's date field sends it: 2026-01-31. */
    public static final Variable<String> DATE = Variable.text("date", 32);
    public static final Variable<DailyEntryKind> KIND = Variable.choice("kind", DailyEntryKind.class);
    public static final Variable<Integer> RATING = Variable.integer("rating", 1, 5);
    public static final Variable<Attendance> ATTENDANCE = Variable.choice("attendance", Attendance.class);
    /** Twice the note's limit in UTF-16 units: {@link DailyEntries} counts characters, a 𠮷 being one. */
    public static final Variable<String> NOTE = Variable.text("note", DailyEntryCheck.MAX_NOTE * 2);
    // Set by record-daily-entry
    public static final Variable<Integer> WORKER_ID = Variable.integer("workerId", 1, Integer.MAX_VALUE);
    public static final Variable<Integer> DAILY_ENTRY_ID = Variable.integer("dailyEntryId", 1, Integer.MAX_VALUE);

    static final List<Variable<?>> START = List.of(IDENTITY_NUMBER, DATE, KIND, RATING, ATTENDANCE, NOTE);

    private Vars() {
    }
  }

  /** Clerks start it (the service then asks that the worker be within their reach); administrators may too. */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("日评")
      .startedBy(Roles.CLERK)
      .startVariables(Vars.START)
      .requiredAtStart(Vars.IDENTITY_NUMBER, Vars.DATE, Vars.KIND, Vars.NOTE)
      .internal(List.of(Vars.WORKER_ID, Vars.DAILY_ENTRY_ID))
      .build();
}
