package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluation-deadlines}: working days for each step of the annual evaluation and the appeal (the reply by
 * Art. 28, the rest editable defaults).
 */
class EvaluationDeadlinesDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of("evaluation-deadlines");

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → {1} working days")
  @CsvSource({
      "propose-evaluation, 20", "decide-evaluations, 15", "appeal-window, 10", "appeal-review, 10",
      "arrange-retraining, 30", "replace-worker, 30",
  })
  void shouldGiveEachStepItsWorkingDays(String step, int days) {
    var evaluation = TABLE.evaluate("step", step);

    assertThat(evaluation.output("workingDays")).isEqualTo(days);
    assertThat(evaluation.rule()).isEqualTo(step);
  }

  @ParameterizedTest(name = "\"{0}\" → no deadline")
  @NullAndEmptySource
  @ValueSource(strings = {"suggest-outcome", "APPEAL-REVIEW"})
  void shouldGiveNoDeadlineForStepsItDoesNotKnow(String step) {
    assertThat(TABLE.evaluate("step", step).isEmpty()).isTrue();
  }
}
