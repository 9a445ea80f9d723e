package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code procurement-deadlines}: working days for each step of a purchase round (Art. 21 sets none; the platform's
 * defaults follow the procurement rules: bids at least twenty days after the tender, the award within five working
 * days of the evaluation report).
 */
class ProcurementDeadlinesDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of("procurement-deadlines");

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → {1} working days")
  @CsvSource({
      "estimate-cost,  10, estimate-cost",
      "publish-plan,   10, publish-plan",
      "record-bid,     25, record-bid",
      "award-contract,  5, award-contract",
  })
  void shouldGiveEachStepItsWorkingDays(String step, int days, String rule) {
    var evaluation = TABLE.evaluate("step", step);

    assertThat(evaluation.output("workingDays")).isEqualTo(days);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "\"{0}\" → no deadline")
  @NullAndEmptySource
  @ValueSource(strings = {"score-bids", "ESTIMATE-COST"})
  void shouldGiveNoDeadlineForStepsItDoesNotKnow(String step) {
    assertThat(TABLE.evaluate("step", step).isEmpty()).isTrue();
  }
}
