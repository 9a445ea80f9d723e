package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code post-pay}: Art. 31, tables 1 and 2. */
class PostPayDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.POST_PAY);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} tier {1} at minimum wage {2} → wage {3} + allowance {4}")
  @CsvSource({
      "LEVEL_1, 1, 2200, 3300, 1000, level-1-tier-1",
      "LEVEL_1, 2, 2200, 3300, 1200, level-1-tier-2",
      "LEVEL_1, 3, 2200, 3300, 1400, level-1-tier-3",
      "LEVEL_2, 1, 2200, 2970, 550,  level-2-tier-1",
      "LEVEL_2, 2, 2000, 2700, 700,  level-2-tier-2",
      "LEVEL_2, 3, 1800, 2430, 850,  level-2-tier-3",
      "LEVEL_3, 1, 2200, 2640, 250,  level-3-tier-1",
      "LEVEL_3, 2, 2200, 2640, 350,  level-3-tier-2",
      "LEVEL_3, 3, 2000, 2400, 450,  level-3-tier-3",
      "ENTRY,   1, 2200, 2200, 100,  entry-tier-1",
      "ENTRY,   2, 1800, 1800, 150,  entry-tier-2",
      "ENTRY,   3, 2000, 2000, 200,  entry-tier-3",
      // FEEL computes in decimal: no binary rounding creeps into the wage
      "LEVEL_2, 2, 1830.55, 2471.2425, 700, level-2-tier-2",
      "LEVEL_3, 1, 1999.99, 2399.988,  250, level-3-tier-1",
  })
  void shouldGiveTheGuidePay(String postGrade, int allowanceTier, BigDecimal minimumWage, BigDecimal monthlyWage,
      BigDecimal monthlyAllowance, String rule) {
    var evaluation = TABLE.evaluate("postGrade", postGrade, "allowanceTier", allowanceTier,
        "minimumWage", minimumWage);

    assertThat(new BigDecimal(evaluation.output("monthlyWage").toString())).isEqualByComparingTo(monthlyWage);
    assertThat(new BigDecimal(evaluation.output("monthlyAllowance").toString())).isEqualByComparingTo(monthlyAllowance);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} tier {1} at minimum wage {2} → no pay")
  @CsvSource({"LEVEL_1, 0, 2200", "LEVEL_1, 4, 2200", "NONE, 1, 2200", "ENTRY, 1, 0", "ENTRY, 1, -5", "ENTRY, 1, "})
  void shouldGiveNoPayOutsideTheTables(String postGrade, int allowanceTier, BigDecimal minimumWage) {
    assertThat(TABLE.evaluate("postGrade", postGrade, "allowanceTier", allowanceTier, "minimumWage", minimumWage)
        .isEmpty()).isTrue();
  }
}
