package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.review.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The ids and typed variables of {@code processes/recruitment.bpmn} (one instance per candidate, CONTRACT.md) and of
 * {@code processes/recruitment-start.bpmn} (the background start of a round's candidates, a chunk per job). Neither
 * has a human step: candidates are started by the platform from an import, and every stage moves them on by the
 * engine's own batch, so only administrators may touch them at the engine's doors (the kernel's rule for undeclared
 * processes).
 */
public final class RecruitmentProcess {

  public static final String KEY = "recruitment";
  public static final String START_KEY = "recruitment-start";
  /** Candidates started per job (one transaction each). */
  static final int START_CHUNK = 200;
  /**
   * Instances of recruitment-start per import, side by side, each starting the candidates whose id leaves its lane
   * when divided by the lanes: one lane left one of the machine's two cores and the database idle between jobs.
   */
  static final int START_LANES = 3;

  /**
   * A candidate's instance is started under the business key {@code 候选人-<candidate id>}, which Cockpit shows and
   * searches: the id is read from it, not kept as a variable too (three rows a candidate: the variable, its history
   * and its detail; ADR 0032).
   */
  static final String BUSINESS_KEY_PREFIX = "候选人-";

  private RecruitmentProcess() {
  }

  static String businessKeyOf(long candidateId) {
    return BUSINESS_KEY_PREFIX + candidateId;
  }

  /**
   * The candidate of an instance: from its business key, or from the variable {@code candidateId} where an instance
   * carries no such key (started before ADR 0032, or by an administrator through engine REST).
   */
  static long candidateOf(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key != null && key.startsWith(BUSINESS_KEY_PREFIX)) {
      String digits = key.substring(BUSINESS_KEY_PREFIX.length());
      if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Long.parseLong(digits);
      }
    }
    return Vars.CANDIDATE_ID.required(execution);
  }

  /** Element ids. */
  public static final class Elements {
    public static final String SCREEN = "screen-candidate";
    public static final String END_HIRED = "end-hired";
    public static final String END_NOT_HIRED = "end-not-hired";
    public static final String START_CANDIDATES = "start-candidates";

    private Elements() {
    }

    /** The message catch event where a candidate waits for a stage's result. */
    public static String waitFor(Stage stage) {
      return "wait-" + stage.name().toLowerCase().replace('_', '-');
    }
  }

  /** Process variables. */
  public static final class Vars {
    /** The candidate of an instance started without the business key {@link #BUSINESS_KEY_PREFIX}{@code <id>}. */
    public static final Variable<Integer> CANDIDATE_ID = Variable.integer("candidateId", 1, Integer.MAX_VALUE);
    public static final Variable<Integer> RECRUITMENT_ROUND_ID =
        Variable.integer("recruitmentRoundId", 1, Integer.MAX_VALUE);
    /** Whether the stage just read (or the screening) let the candidate go on. */
    public static final Variable<Boolean> PASSED = Variable.flag("passed");
    /** Candidates of the round still to start (recruitment-start's loop). */
    public static final Variable<Integer> REMAINING = Variable.integer("remaining", 0, Integer.MAX_VALUE);
    /** Which of the import's lanes this recruitment-start starts (0 when unset: one lane for all). */
    public static final Variable<Integer> LANE = Variable.integer("lane", 0, START_LANES - 1);
    /** How many lanes the import was split into (1 when unset). */
    public static final Variable<Integer> LANES = Variable.integer("lanes", 1, START_LANES);

    private Vars() {
    }
  }
}
