package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code candidate-eligibility}: Art. 15 basic conditions, with the default relaxation for union experience. */
class CandidateEligibilityDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.CANDIDATE_ELIGIBILITY);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "age {0}, {1}, {2} years of union work → {3} ({4})")
  @CsvSource({
      "45, COLLEGE,       0,   true,  standard-eligible",
      "18, DOCTOR,        4.9, true,  standard-eligible",
      "30, BACHELOR,      4,   true,  standard-eligible",
      "45, MASTER,        0,   true,  standard-eligible",
      "46, COLLEGE,       0,   false, standard-too-old",
      "46, MASTER,        4.9, false, standard-too-old",
      "45, BELOW_COLLEGE, 0,   false, standard-education-too-low",
      "25, BELOW_COLLEGE, 4.9, false, standard-education-too-low",
      "46, BELOW_COLLEGE, 0,   false, standard-too-old-and-education-too-low",
      // Default relaxation: 5 years of union work lift the education floor and raise the age limit to 50
      "46, BELOW_COLLEGE, 5,   true,  relaxed-eligible",
      "50, BELOW_COLLEGE, 5,   true,  relaxed-eligible",
      "50, COLLEGE,       12,  true,  relaxed-eligible",
      "45, BACHELOR,      5,   true,  relaxed-eligible",
      "51, COLLEGE,       5,   false, relaxed-too-old",
      "51, BELOW_COLLEGE, 20,  false, relaxed-too-old",
  })
  void shouldCheckEducationAndAge(int age, String education, double unionWorkYears, boolean eligible, String rule) {
    var evaluation = TABLE.evaluate("age", age, "education", education, "unionWorkYears", unionWorkYears);

    assertThat(evaluation.output("eligible")).isEqualTo(eligible);
    assertThat((String) evaluation.output("reason")).isNotBlank();
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "age {0}, {1}, {2} years → no answer")
  @CsvSource({
      ",   COLLEGE,     0",
      "30, HIGH_SCHOOL, 0",
      "30, ,            0",
      "30, COLLEGE,     ",
  })
  void shouldGiveNoAnswerForMissingOrUnknownInputs(Integer age, String education, Double unionWorkYears) {
    assertThat(TABLE.evaluate("age", age, "education", education, "unionWorkYears", unionWorkYears).isEmpty())
        .isTrue();
  }
}
