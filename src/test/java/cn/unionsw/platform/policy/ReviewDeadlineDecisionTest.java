package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code review-deadline}: working days of a post-application review (platform defaults, no seed sets them). */
class ReviewDeadlineDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of("review-deadline");

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → due in {1}, escalated after {2} more")
  @CsvSource({
      "NEW,          5, 5, new",
      "ADJUST_GRADE, 5, 5, adjust-grade",
      "CANCEL,       5, 5, cancel",
  })
  void shouldGiveTheReviewDeadline(String applicationType, int due, int escalation, String rule) {
    var evaluation = TABLE.evaluate("applicationType", applicationType);

    assertThat(evaluation.output("dueWorkingDays")).isEqualTo(due);
    assertThat(evaluation.output("escalationWorkingDays")).isEqualTo(escalation);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "\"{0}\" → no deadline")
  @NullAndEmptySource
  @ValueSource(strings = {"new", "MERGE"})
  void shouldGiveNoDeadlineForUnknownTypes(String applicationType) {
    assertThat(TABLE.evaluate("applicationType", applicationType).isEmpty()).isTrue();
  }
}
