package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code funding-split}: Art. 32 and 38. */
class FundingSplitDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.FUNDING_SPLIT);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → {1}:{2}:{3}, excess by {4}")
  @CsvSource({
      "CITY_LEVEL,   1, 2, 0, CITY,   city-level",
      "COUNTY_LEVEL, 1, 1, 1, COUNTY, county-level",
      "DIRECT_CITY,  1, 1, 0, CITY,   direct-city",
  })
  void shouldSplitTheStandardCost(String postLocation, int provinceParts, int cityParts, int countyParts,
      String excessBorneBy, String rule) {
    var evaluation = TABLE.evaluate("postLocation", postLocation);

    assertThat(evaluation.output("provinceParts")).isEqualTo(provinceParts);
    assertThat(evaluation.output("cityParts")).isEqualTo(cityParts);
    assertThat(evaluation.output("countyParts")).isEqualTo(countyParts);
    assertThat(evaluation.output("excessBorneBy")).isEqualTo(excessBorneBy);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "\"{0}\" → no split")
  @NullAndEmptySource
  @ValueSource(strings = {"PROVINCE_LEVEL", "city_level"})
  void shouldGiveNoSplitForUnknownLocations(String postLocation) {
    assertThat(TABLE.evaluate("postLocation", postLocation).isEmpty()).isTrue();
  }
}
