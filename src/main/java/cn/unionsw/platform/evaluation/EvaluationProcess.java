package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/annual-evaluation.bpmn} (CONTRACT.md: one
 * instance per worker and year). Started only by the platform, a chunk at a time, when a city opens its round
 * ({@link EvaluationRoundProcess}); the proposer's clerks propose, {@code evaluation-outcome} suggests, the city's
 * decision moves it on by the engine's batch; the consequences are applied, the worker reads the outcome, the appeal
 * window runs out and the outcome is final; then the follow-ups of Art. 29.
 */
public final class EvaluationProcess {

  public static final String KEY = "annual-evaluation";
  /** The city's decision moves each decided instance on (one batch per decision). */
  public static final String DECIDED_MESSAGE = "evaluation-decided";
  /** Correlated by evaluation-appeal once the superior union has answered, if the instance waits for it. */
  public static final String APPEAL_ANSWERED_MESSAGE = "evaluation-appeal-answered";
  static final int MAX_NOTE = 2000;
  static final int MAX_TRAINING = 500;

  private EvaluationProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-evaluation";
    public static final String PROPOSE = EvaluationDeadlines.PROPOSE;
    public static final String SUGGEST_OUTCOME = "suggest-outcome";
    public static final String RECORD_PROPOSAL = "record-proposal";
    public static final String WAIT_DECISION = "wait-decision";
    public static final String APPLY_CONSEQUENCES = "apply-consequences";
    public static final String READ_OUTCOME = "read-outcome";
    public static final String READ_OUTCOME_CLOSED = "read-outcome-closed";
    public static final String APPEAL_WINDOW = "appeal-window";
    public static final String SETTLE_OUTCOME = "settle-outcome";
    public static final String WAIT_APPEAL_ANSWER = "wait-appeal-answer";
    public static final String FINALISE_OUTCOME = "finalise-outcome";
    public static final String ARRANGE_RETRAINING = EvaluationDeadlines.RETRAINING;
    public static final String REPLACE_WORKER = EvaluationDeadlines.REPLACEMENT;
    public static final String END_FINAL = "end-final";
    public static final String END_OUTCOME_READ = "end-outcome-read";

    private Elements() {
    }
  }

  /** Process variables, typed. */
  public static final class Vars {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // Start variables, set by the platform
    public static final Variable<Integer> EVALUATION_ID = Variable.integer("evaluationId", 1, Integer.MAX_VALUE);
    public static final Variable<Integer> YEAR = Variable.integer("year", 2000, 2100);
    public static final Variable<String> PROPOSER_CODE = Variable.text("proposerCode", 64);
    // propose-evaluation: the inputs of evaluation-outcome (CONTRACT.md) and a note. The score and the rate take two
    // decimals, as the table keeps them (decimal(5,2)) and the decision compares them (double): a rate of 89.5 % is
    // under Art. 27's 90 % bar, not rounded up to it.
    public static final Variable<BigDecimal> SCORE = Variable.decimal("score", BigDecimal.ZERO, HUNDRED, 2);
    public static final Variable<BigDecimal> SATISFACTION_RATE = Variable.decimal("satisfactionRate",
        BigDecimal.ZERO, HUNDRED, 2);
    public static final Variable<Integer> UNREPORTED_INCIDENTS = Variable.integer("unreportedIncidents", 0, 365);
    public static final Variable<Boolean> KEY_TASKS_COMPLETED = Variable.flag("keyTasksCompleted");
    public static final Variable<Boolean> SERIOUS_MISCONDUCT = Variable.flag("seriousMisconduct");
    public static final Variable<Boolean> INCOMPETENT = Variable.flag("incompetent");
    public static final Variable<Boolean> SEVERE = Variable.flag("severe");
    public static final Variable<String> PROPOSAL_NOTE = Variable.text("proposalNote", MAX_NOTE);
    // Task-local texts the forms show (set by the create listeners)
    public static final Variable<String> WORKER_NAME = Variable.text("workerName", 100);
    public static final Variable<String> UNIT_NAME = Variable.text("unitName", 200);
    public static final Variable<String> GRADE_LABEL = Variable.text("gradeLabel", 20);
    public static final Variable<String> DAILY_SUMMARY = Variable.text("dailySummary", Variable.MAX_TEXT);
    public static final Variable<String> OUTCOME_NOTICE = Variable.text("outcomeNotice", Variable.MAX_TEXT);
    public static final Variable<String> OUTCOME_LABEL = Variable.text("outcomeLabel", 20);
    public static final Variable<String> BONUS_TEXT = Variable.text("bonusText", 100);
    public static final Variable<Integer> NEXT_TIER = Variable.integer("nextTier", 1, 3);
    public static final Variable<String> FOLLOW_UP_TEXT = Variable.text("followUpText", 200);
    public static final Variable<String> APPEAL_UNTIL = Variable.text("appealUntil", 200);
    // Set by the process
    /** The suggestion of evaluation-outcome (the business rule task's result). */
    public static final Variable<String> SUGGESTED_OUTCOME = Variable.text("suggestedOutcome", 16);
    /** The worker's platform account, if any: the assignee of read-outcome. */
    public static final Variable<String> WORKER_USER_ID = Variable.text("workerUserId", 64);
    public static final Variable<Boolean> APPEAL_PENDING = Variable.flag("appealPending");
    public static final Variable<Boolean> RETRAINING_REQUIRED = Variable.flag("retrainingRequired");
    public static final Variable<Boolean> REPLACE_WORKER = Variable.flag("replaceWorker");
    // arrange-retraining
    public static final Variable<String> TRAINING_DATE = Variable.text("trainingDate", 10);
    public static final Variable<String> TRAINING_CONTENT = Variable.text("trainingContent", MAX_TRAINING);
    // replace-worker
    public static final Variable<String> REPLACEMENT_NOTE = Variable.text("replacementNote", MAX_TRAINING);

    static final List<Variable<?>> PROPOSAL = List.of(SCORE, SATISFACTION_RATE, UNREPORTED_INCIDENTS,
        KEY_TASKS_COMPLETED, SERIOUS_MISCONDUCT, INCOMPETENT, SEVERE, PROPOSAL_NOTE);
    /** What evaluation-outcome reads: each must be given (proposalNote need not). */
    static final List<Variable<?>> OUTCOME_INPUTS = PROPOSAL.subList(0, 7);
    static final List<Variable<?>> SET_BY_PROCESS = List.of(EVALUATION_ID, YEAR, PROPOSER_CODE, WORKER_NAME,
        UNIT_NAME, GRADE_LABEL, DAILY_SUMMARY, OUTCOME_NOTICE, OUTCOME_LABEL, BONUS_TEXT, NEXT_TIER, FOLLOW_UP_TEXT,
        APPEAL_UNTIL, SUGGESTED_OUTCOME, WORKER_USER_ID, APPEAL_PENDING, RETRAINING_REQUIRED, REPLACE_WORKER);

    private Vars() {
    }
  }

  /**
   * The platform starts it, for the proposer (whose case it is: numbered for it, read by it and those above it);
   * the proposer's clerks propose and see to the follow-ups; the worker, if they have an account, reads the outcome.
   */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("评价")
      .startedByPlatform(Vars.PROPOSER_CODE)
      .step(Step.task(Elements.PROPOSE, "提出年度评价意见", Roles.CLERK, Vars.PROPOSAL))
      .step(Step.applicant(Elements.READ_OUTCOME, "阅知年度评价结果", List.of()))
      .step(Step.task(Elements.ARRANGE_RETRAINING, "安排上岗再培训", Roles.CLERK,
          List.of(Vars.TRAINING_DATE, Vars.TRAINING_CONTENT)))
      .step(Step.task(Elements.REPLACE_WORKER, "更换服务人员", Roles.CLERK, List.of(Vars.REPLACEMENT_NOTE)))
      .internal(Vars.SET_BY_PROCESS)
      .build();
}
