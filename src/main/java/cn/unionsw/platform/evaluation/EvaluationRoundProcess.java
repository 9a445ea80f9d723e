package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.review.CaseDeclaration;
import cn.unionsw.platform.review.Step;
import cn.unionsw.platform.review.Variable;
import java.util.List;

/**
 * The ids, typed variables and kernel declaration of {@code processes/evaluation-round.bpmn}: one per deciding city
 * and year. It starts the round's annual-evaluation instances in the background, a chunk per job (like
 * recruitment-start), then asks the city for one decision per proposer (a parallel multi-instance task).
 */
public final class EvaluationRoundProcess {

  public static final String KEY = "evaluation-round";
  /** Instances started per job (one transaction each). */
  static final int START_CHUNK = 200;
  /** More EXCELLENT than a round has participants cannot be ticked. */
  static final int MAX_PICKS = 10_000;

  private EvaluationRoundProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "start-round";
    public static final String START_EVALUATIONS = "start-evaluations";
    public static final String ALL_STARTED = "all-started";
    public static final String DECIDE = EvaluationDeadlines.DECIDE;
    public static final String END = "end-round";

    private Elements() {
    }
  }

  /** Process variables, typed. */
  public static final class Vars {
    public static final Variable<Integer> ROUND_ID = Variable.integer("roundId", 1, Integer.MAX_VALUE);
    public static final Variable<String> CITY_CODE = Variable.text("cityCode", 64);
    /** Instances of the round still to start (the loop). */
    public static final Variable<Integer> REMAINING = Variable.integer("remaining", 0, Integer.MAX_VALUE);
    /** The multi-instance element: the proposer this decision is for. */
    public static final Variable<String> PROPOSER_CODE = EvaluationProcess.Vars.PROPOSER_CODE;
    // decide-evaluations: task-local, set by its create listener
    public static final Variable<String> PROPOSALS = Variable.text("proposals", Variable.MAX_TEXT);
    /** The form's checklist options (its valuesKey): the workers of the proposer suggested EXCELLENT. */
    public static final String EXCELLENT_OPTIONS = "excellentOptions";
    // decide-evaluations: written by the city
    public static final Variable<List<String>> EXCELLENT_GRANTED = Variable.picks("excellentGranted", MAX_PICKS);
    public static final Variable<String> COMMENT = Variable.text("comment", 2000);

    private Vars() {
    }
  }

  /** The platform starts it for the city; the city's reviewers decide each proposer's evaluations. */
  public static final CaseDeclaration DECLARATION = CaseDeclaration.process(KEY)
      .casePrefix("评审")
      .startedByPlatform(Vars.CITY_CODE)
      .step(Step.task(Elements.DECIDE, "审定年度评价", Roles.REVIEWER, List.of(Vars.EXCELLENT_GRANTED, Vars.COMMENT)))
      .internal(List.of(Vars.ROUND_ID, Vars.REMAINING, Vars.PROPOSER_CODE, Vars.PROPOSALS))
      .build();
}
