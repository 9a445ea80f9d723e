package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quota variants a province may select instead of Hebei's: Jiangsu (苏政办发〔2020〕41号) and Mianyang (绵工发〔2017〕52号). */
class PostQuotaVariantsDecisionTest {

  static final DecisionTable JIANGSU = DecisionTable.of(Decisions.POST_QUOTA_JIANGSU);
  static final DecisionTable MIANYANG = DecisionTable.of(Decisions.POST_QUOTA_MIANYANG);

  @AfterAll
  static void everyRuleExercised() {
    JIANGSU.assertEveryRuleExercised();
    MIANYANG.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "Jiangsu {0}: {1} employees, {2} separate unions → at most {3} ({4})")
  @CsvSource({
      // Fewer than 200 unions and fewer than 5000 employees: 1
      "TOWNSHIP_STREET, 0,     0,    1, small-area",
      "TOWNSHIP_STREET, 4999,  199,  1, small-area",
      "DEV_ZONE,        4999,  199,  1, small-area",
      // At or over either threshold: one per full 200 unions or 5000 employees, the larger, at most 5
      "TOWNSHIP_STREET, 1000,  200,  1, many-unions",
      "TOWNSHIP_STREET, 1000,  399,  1, many-unions",
      "TOWNSHIP_STREET, 1000,  400,  2, many-unions",
      "TOWNSHIP_STREET, 15000, 400,  3, many-unions",
      "TOWNSHIP_STREET, 0,     1000, 5, many-unions",
      "TOWNSHIP_STREET, 0,     5000, 5, many-unions",
      "TOWNSHIP_STREET, 5000,  0,    1, many-employees",
      "TOWNSHIP_STREET, 9999,  199,  1, many-employees",
      "DEV_ZONE,        10000, 199,  2, many-employees",
      "DEV_ZONE,        25000, 10,   5, many-employees",
      "DEV_ZONE,        90000, 10,   5, many-employees",
  })
  void shouldGiveTheJiangsuQuota(String unitType, int employeeCount, int separateUnionCount, int maxPosts,
      String rule) {
    var evaluation = JIANGSU.evaluate("unitType", unitType, "employeeCount", employeeCount,
        "separateUnionCount", separateUnionCount);

    assertThat(evaluation.output("maxPosts")).isEqualTo(maxPosts);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "Jiangsu {0}: {1} employees, {2} separate unions → no quota")
  @CsvSource({
      "TOWNSHIP_STREET, 1000, ",
      "UNION_OFFICE,    1000, 10",
      "SERVICE_CENTER_CITY, 10, 1",
  })
  void shouldSetNoJiangsuQuotaWithoutTheUnionCountOrOutsideTownshipsAndZones(String unitType, Integer employeeCount,
      Integer separateUnionCount) {
    assertThat(JIANGSU.evaluate("unitType", unitType, "employeeCount", employeeCount,
        "separateUnionCount", separateUnionCount).isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "Mianyang {0}: {1} employees → at most {2} ({3})")
  @CsvSource({
      "TOWNSHIP_STREET, 0,    1, up-to-2000",
      "TOWNSHIP_STREET, 2000, 1, up-to-2000",
      "TOWNSHIP_STREET, 2001, 1, over-2000",
      "TOWNSHIP_STREET, 4999, 1, over-2000",
      "TOWNSHIP_STREET, 5000, 2, over-2000",
      "DEV_ZONE,        7999, 2, over-2000",
      "DEV_ZONE,        8000, 3, over-2000",
      "DEV_ZONE,        2000, 1, up-to-2000",
  })
  void shouldGiveTheMianyangQuota(String unitType, int employeeCount, int maxPosts, String rule) {
    var evaluation = MIANYANG.evaluate("unitType", unitType, "employeeCount", employeeCount);

    assertThat(evaluation.output("maxPosts")).isEqualTo(maxPosts);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "Mianyang {0} → no quota")
  @CsvSource({"UNION_OFFICE, 100", "SERVICE_CENTER_COUNTY_MODEL, 10", "TOWNSHIP_STREET, "})
  void shouldSetNoMianyangQuotaOutsideTownshipsAndZones(String unitType, Integer employeeCount) {
    assertThat(MIANYANG.evaluate("unitType", unitType, "employeeCount", employeeCount).isEmpty()).isTrue();
  }
}
