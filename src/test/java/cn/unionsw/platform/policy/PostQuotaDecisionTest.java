package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code post-quota}: Hebei, Art. 10. */
class PostQuotaDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.POST_QUOTA);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} with {1} employees → at most {2} ({3})")
  @CsvSource({
      // Township/street and development zone: up to 2000 → 1; above → ceil(employees / 3000)
      "TOWNSHIP_STREET, 0,     1, township-up-to-2000",
      "TOWNSHIP_STREET, 1850,  1, township-up-to-2000",
      "TOWNSHIP_STREET, 2000,  1, township-up-to-2000",
      "TOWNSHIP_STREET, 2001,  1, township-over-2000",
      "TOWNSHIP_STREET, 2999,  1, township-over-2000",
      "TOWNSHIP_STREET, 3000,  1, township-over-2000",
      "TOWNSHIP_STREET, 3001,  2, township-over-2000",
      "TOWNSHIP_STREET, 6000,  2, township-over-2000",
      "TOWNSHIP_STREET, 6001,  3, township-over-2000",
      "TOWNSHIP_STREET, 9000,  3, township-over-2000",
      "TOWNSHIP_STREET, 9001,  4, township-over-2000",
      "DEV_ZONE,        2000,  1, township-up-to-2000",
      "DEV_ZONE,        2001,  1, township-over-2000",
      "DEV_ZONE,        7400,  3, township-over-2000",
      "DEV_ZONE,        30000, 10, township-over-2000",
      // Union offices and service centres: the upper end of the range, whatever the head count
      "UNION_OFFICE,                   ,      3, union-office",
      "UNION_OFFICE,                   60,    3, union-office",
      "SERVICE_CENTER_COUNTY_STANDARD, ,      2, service-center-county-standard",
      "SERVICE_CENTER_COUNTY_MODEL,    15,    3, service-center-county-model",
      "SERVICE_CENTER_CITY,            ,      2, service-center-city",
  })
  void shouldGiveTheQuotaOfArticle10(String unitType, Integer employeeCount, int maxPosts, String rule) {
    var evaluation = TABLE.evaluate("unitType", unitType, "employeeCount", employeeCount);

    assertThat(evaluation.output("maxPosts")).isEqualTo(maxPosts);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} with {1} employees → no quota")
  @CsvSource({
      "TOWNSHIP_STREET, ",
      "TOWNSHIP_STREET, -1",
      "COUNTY,          100",
      "PROVINCE,        ",
      ",                100",
  })
  void shouldSetNoQuotaForUnknownUnitsOrMissingCounts(String unitType, Integer employeeCount) {
    assertThat(TABLE.evaluate("unitType", unitType, "employeeCount", employeeCount).isEmpty()).isTrue();
  }
}
