package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code recruitment-deadlines}: working days for the city's steps of a round's recruitment (editable defaults). */
class RecruitmentDeadlinesDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of("recruitment-deadlines");

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → {1} working days")
  @CsvSource({
      "import-candidates, 10", "sign-off-screening, 10", "sign-off-aptitude-test, 10", "sign-off-interview, 10",
      "sign-off-medical-check, 10", "sign-off-labour-contract, 10", "sign-off-on-post, 10",
  })
  void shouldGiveEachStepItsWorkingDays(String step, int days) {
    var evaluation = TABLE.evaluate("step", step);

    assertThat(evaluation.output("workingDays")).isEqualTo(days);
    assertThat(evaluation.rule()).isEqualTo(step);
  }

  @ParameterizedTest(name = "\"{0}\" → no deadline")
  @NullAndEmptySource
  @ValueSource(strings = {"screen-candidate", "IMPORT-CANDIDATES"})
  void shouldGiveNoDeadlineForStepsItDoesNotKnow(String step) {
    assertThat(TABLE.evaluate("step", step).isEmpty()).isTrue();
  }
}
