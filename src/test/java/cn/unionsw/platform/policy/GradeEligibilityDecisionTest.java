package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code grade-eligibility}: Art. 15, the highest grade met; a higher certificate meets a lower requirement. */
class GradeEligibilityDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.GRADE_ELIGIBILITY);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "test {0}, certificate {1}, exam {2}, bachelor {3}, {4}/{5}/{6} years → {7}")
  @CsvSource({
      // aptitude, certificate, exam, bachelor, work, in level 3, in level 2 → grade, rule
      "true,  LEVEL_1, false, false, 7,   0,   3,   LEVEL_1, level-1",
      "true,  LEVEL_1, true,  true,  25,  6,   12,  LEVEL_1, level-1",
      "true,  LEVEL_1, false, false, 6.9, 3,   3,   LEVEL_2, level-2",
      "true,  LEVEL_1, false, false, 7,   3,   2.9, LEVEL_2, level-2",
      "true,  LEVEL_1, false, false, 7,   2,   2,   LEVEL_3, level-3",
      "true,  LEVEL_2, false, false, 4,   3,   0,   LEVEL_2, level-2",
      "true,  LEVEL_2, false, false, 20,  10,  10,  LEVEL_2, level-2",
      "true,  LEVEL_2, false, false, 3.9, 3,   0,   LEVEL_3, level-3",
      "true,  LEVEL_2, false, false, 4,   2.9, 0,   LEVEL_3, level-3",
      "true,  LEVEL_3, false, false, 20,  10,  10,  LEVEL_3, level-3",
      "true,  LEVEL_3, true,  true,  0,   0,   0,   LEVEL_3, level-3",
      "true,  NONE,    true,  false, 0,   0,   0,   ENTRY,   entry-exam-eligible",
      "true,  NONE,    true,  true,  10,  3,   3,   ENTRY,   entry-exam-eligible",
      "true,  NONE,    false, true,  0,   0,   0,   ENTRY,   entry-social-work-bachelor",
      "true,  NONE,    false, false, 10,  5,   5,   NONE,    none",
      "false, LEVEL_1, true,  true,  10,  5,   5,   NONE,    none",
      "false, NONE,    true,  true,  0,   0,   0,   NONE,    none",
      ",      LEVEL_3, true,  true,  0,   0,   0,   NONE,    none",
      "true,  ,        true,  true,  0,   0,   0,   NONE,    none",
  })
  void shouldGiveTheHighestGradeMet(Boolean aptitudeTestPassed, String certificateLevel, Boolean examEligible,
      Boolean socialWorkBachelor, Double workYears, Double yearsInLevel3, Double yearsInLevel2, String grade,
      String rule) {
    var evaluation = TABLE.evaluate("aptitudeTestPassed", aptitudeTestPassed, "certificateLevel", certificateLevel,
        "examEligible", examEligible, "socialWorkBachelor", socialWorkBachelor, "workYears", workYears,
        "yearsInLevel3", yearsInLevel3, "yearsInLevel2", yearsInLevel2);

    assertThat(evaluation.output("eligibleGrade")).isEqualTo(grade);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "whole years as integers: {0} years of work → {1}")
  @CsvSource({"7, LEVEL_1", "6, LEVEL_2", "3, LEVEL_3"})
  void shouldTakeWholeYearsAsIntegers(int workYears, String grade) {
    var evaluation = TABLE.evaluate("aptitudeTestPassed", true, "certificateLevel", "LEVEL_1", "examEligible", false,
        "socialWorkBachelor", false, "workYears", workYears, "yearsInLevel3", 3, "yearsInLevel2", 3);

    assertThat(evaluation.output("eligibleGrade")).isEqualTo(grade);
  }
}
