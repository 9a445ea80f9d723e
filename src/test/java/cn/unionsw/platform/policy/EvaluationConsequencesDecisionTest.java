package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evaluation-consequences}: Art. 29. */
class EvaluationConsequencesDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.EVALUATION_CONSEQUENCES);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} after {1} at tier {2} → bonus {3}%, tier {4}, retraining {5}, replace {6}")
  @CsvSource({
      "EXCELLENT, NONE,      1, 130, 2, false, false, excellent",
      "EXCELLENT, BASIC,     2, 130, 3, false, false, excellent",
      "EXCELLENT, QUALIFIED, 3, 130, 3, false, false, excellent-top-tier",
      "QUALIFIED, NONE,      1, 100, 2, false, false, qualified",
      "QUALIFIED, EXCELLENT, 2, 100, 3, false, false, qualified",
      "QUALIFIED, QUALIFIED, 3, 100, 3, false, false, qualified-top-tier",
      "QUALIFIED, BASIC,     3, 100, 3, false, false, qualified-top-tier",
      "BASIC,     NONE,      1, 50,  1, true,  false, basic",
      "BASIC,     QUALIFIED, 3, 50,  3, true,  false, basic",
      "BASIC,     FAILED,    2, 50,  2, true,  false, basic",
      "BASIC,     ,          2, 50,  2, true,  false, basic",
      "BASIC,     BASIC,     1, 50,  1, true,  true,  basic-two-years-running",
      "BASIC,     BASIC,     3, 50,  3, true,  true,  basic-two-years-running",
      "FAILED,    NONE,      1, 0,   1, false, true,  failed",
      "FAILED,    BASIC,     3, 0,   3, false, true,  failed",
  })
  void shouldApplyTheOutcome(String outcome, String previousOutcome, int allowanceTier, int bonusPercent,
      int nextAllowanceTier, boolean retrainingRequired, boolean replaceWorker, String rule) {
    var evaluation = TABLE.evaluate("outcome", outcome, "previousOutcome", previousOutcome,
        "allowanceTier", allowanceTier);

    assertThat(evaluation.output("bonusPercent")).isEqualTo(bonusPercent);
    assertThat(evaluation.output("nextAllowanceTier")).isEqualTo(nextAllowanceTier);
    assertThat(evaluation.output("retrainingRequired")).isEqualTo(retrainingRequired);
    assertThat(evaluation.output("replaceWorker")).isEqualTo(replaceWorker);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} at tier {1} → no answer")
  @CsvSource({"QUALIFIED, 0", "EXCELLENT, 4", "BASIC, 0", "GOOD, 1", ", 1"})
  void shouldGiveNoAnswerOutsideTheTiersOrOutcomes(String outcome, int allowanceTier) {
    assertThat(TABLE.evaluate("outcome", outcome, "previousOutcome", "NONE", "allowanceTier", allowanceTier)
        .isEmpty()).isTrue();
  }
}
