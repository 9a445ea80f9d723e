package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evaluation-outcome}: Art. 26-27 with the default score bands 90 / 75 / 60. */
class EvaluationOutcomeDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.EVALUATION_OUTCOME);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "score {0}, satisfaction {1}, unreported {2}, key tasks {3}, misconduct {4}, "
      + "incompetent {5}, severe {6} → {7}")
  @CsvSource({
      // score, satisfaction, unreported, key tasks, misconduct, incompetent, severe → outcome, rule
      "90,   90,   0, true,  false, false, false, EXCELLENT, excellent",
      "100,  100,  0, true,  false, false,      , EXCELLENT, excellent",
      "90,   89,   0, true,  false, false, false, QUALIFIED, excellent-barred-by-satisfaction",
      "99,   89.9, 0, true,  false, false, false, QUALIFIED, excellent-barred-by-satisfaction",
      "95,   80,   1, false, false, false, false, QUALIFIED, excellent-barred-by-satisfaction",
      "95,   95,   1, true,  false, false, false, QUALIFIED, excellent-barred-by-unreported-incident",
      "95,   90,   0, false, false, false, false, QUALIFIED, excellent-barred-by-key-task",
      "89.9, 100,  0, true,  false, false, false, QUALIFIED, qualified",
      "75,   60,   1, false, false, false, false, QUALIFIED, qualified",
      "74.9, 100,  0, true,  false, false, false, BASIC,     basic",
      "60,   100,  0, true,  false, false, false, BASIC,     basic",
      "59.9, 100,  0, true,  false, false, false, FAILED,    failed",
      "0,    100,  0, true,  false, false, false, FAILED,    failed",
      // Art. 27 second paragraph: basic, or failed when severe or below the basic band
      "95,   95,   2, true,  false, false, false, BASIC,     unreported-twice-basic",
      "60,   95,   5, true,  false, false, false, BASIC,     unreported-twice-basic",
      "95,   95,   2, true,  true,  true,  false, BASIC,     unreported-twice-basic",
      "59,   95,   3, false, false, false, false, FAILED,    unreported-twice-below-basic-band",
      "95,   95,   2, true,  false, false, true,  FAILED,    unreported-twice-severe",
      "95,   95,   0, true,  true,  false, false, BASIC,     serious-misconduct-basic",
      "95,   95,   1, true,  true,  true,  false, BASIC,     serious-misconduct-basic",
      "50,   95,   1, true,  true,  false, false, FAILED,    serious-misconduct-below-basic-band",
      "95,   95,   0, true,  true,  false, true,  FAILED,    serious-misconduct-severe",
      "95,   95,   0, true,  false, true,  false, BASIC,     incompetent-basic",
      "60,   95,   1, true,  false, true,  false, BASIC,     incompetent-basic",
      "30,   95,   0, true,  false, true,  false, FAILED,    incompetent-below-basic-band",
      "95,   95,   0, true,  false, true,  true,  FAILED,    incompetent-severe",
  })
  void shouldGiveTheOutcome(double score, double satisfactionRate, int unreportedIncidents, boolean keyTasksCompleted,
      boolean seriousMisconduct, boolean incompetent, Boolean severe, String outcome, String rule) {
    var evaluation = TABLE.evaluate("score", score, "satisfactionRate", satisfactionRate,
        "unreportedIncidents", unreportedIncidents, "keyTasksCompleted", keyTasksCompleted,
        "seriousMisconduct", seriousMisconduct, "incompetent", incompetent, "severe", severe);

    assertThat(evaluation.output("outcome")).isEqualTo(outcome);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "score {0}, unreported {1} → no outcome")
  @CsvSource({"101, 0", "-1, 0", "80, -1"})
  void shouldGiveNoOutcomeOutsideTheRanges(double score, int unreportedIncidents) {
    assertThat(TABLE.evaluate("score", score, "satisfactionRate", 95, "unreportedIncidents", unreportedIncidents,
        "keyTasksCompleted", true, "seriousMisconduct", false, "incompetent", false, "severe", false).isEmpty())
        .isTrue();
  }
}
