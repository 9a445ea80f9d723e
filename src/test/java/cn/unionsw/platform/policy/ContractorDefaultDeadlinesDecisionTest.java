package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code contractor-default-deadlines}: working days a defaulting contractor has to correct (Art. 30 sets none: 15 is
 * the platform's default) and for each step after a termination (5).
 */
class ContractorDefaultDeadlinesDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of("contractor-default-deadlines");

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → correct within {1}, each later step {2}")
  @CsvSource({
      "WAGES,            15, 5, wages",
      "SOCIAL_INSURANCE, 15, 5, social-insurance",
      "BOTH,             15, 5, both",
  })
  void shouldGiveTheCorrectionDeadline(String defaultKind, int correction, int followUp, String rule) {
    var evaluation = TABLE.evaluate("defaultKind", defaultKind);

    assertThat(evaluation.output("correctionWorkingDays")).isEqualTo(correction);
    assertThat(evaluation.output("followUpWorkingDays")).isEqualTo(followUp);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "\"{0}\" → no deadline")
  @NullAndEmptySource
  @ValueSource(strings = {"wages", "TAX"})
  void shouldGiveNoDeadlineForUnknownKinds(String defaultKind) {
    assertThat(TABLE.evaluate("defaultKind", defaultKind).isEmpty()).isTrue();
  }
}
