package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bid-scoring-weights}: price weight of services between 10 % (Order 87 Art. 55) and 30 %
 * (财库〔2007〕2号), platform default weights 20 / 30 / 25 / 25 (price, capability, quality, benefit).
 */
class BidScoringWeightsDecisionTest {

  static final DecisionTable TABLE = DecisionTable.of(Decisions.BID_SCORING_WEIGHTS);

  @AfterAll
  static void everyRuleExercised() {
    TABLE.assertEveryRuleExercised();
  }

  @ParameterizedTest(name = "{0} → price {1}–{2} %, defaults {3}/{4}/{5}/{6}")
  @CsvSource({
      "OPEN_TENDER,    10, 30, 20, 30, 25, 25, open-tender",
      "INVITED_TENDER, 10, 30, 20, 30, 25, 25, invited-tender",
      "INQUIRY,        10, 30, 20, 30, 25, 25, inquiry",
      "SINGLE_SOURCE,  10, 30, 20, 30, 25, 25, single-source",
  })
  void shouldGiveTheWeightsOfAMethod(String method, double min, double max, double price, double capability,
      double quality, double benefit, String rule) {
    var evaluation = TABLE.evaluate(Decisions.PROCUREMENT_METHOD, method);

    assertThat(evaluation.output(Decisions.MIN_PRICE_WEIGHT)).isEqualTo(min);
    assertThat(evaluation.output(Decisions.MAX_PRICE_WEIGHT)).isEqualTo(max);
    assertThat(evaluation.output(Decisions.DEFAULT_PRICE_WEIGHT)).isEqualTo(price);
    assertThat(evaluation.output(Decisions.DEFAULT_CAPABILITY_WEIGHT)).isEqualTo(capability);
    assertThat(evaluation.output(Decisions.DEFAULT_QUALITY_WEIGHT)).isEqualTo(quality);
    assertThat(evaluation.output(Decisions.DEFAULT_BENEFIT_WEIGHT)).isEqualTo(benefit);
    assertThat(evaluation.rule()).isEqualTo(rule);
  }

  @Test
  void shouldGiveDefaultsWithinTheBoundsThatAddUpToOneHundred() {
    for (String method : new String[] {"OPEN_TENDER", "INVITED_TENDER", "INQUIRY", "SINGLE_SOURCE"}) {
      var evaluation = TABLE.evaluate(Decisions.PROCUREMENT_METHOD, method);
      double price = (Double) evaluation.output(Decisions.DEFAULT_PRICE_WEIGHT);

      assertThat(price).as("default price weight of %s within its bounds", method)
          .isBetween((Double) evaluation.output(Decisions.MIN_PRICE_WEIGHT),
              (Double) evaluation.output(Decisions.MAX_PRICE_WEIGHT));
      assertThat(price + (Double) evaluation.output(Decisions.DEFAULT_CAPABILITY_WEIGHT)
          + (Double) evaluation.output(Decisions.DEFAULT_QUALITY_WEIGHT)
          + (Double) evaluation.output(Decisions.DEFAULT_BENEFIT_WEIGHT)).as("weights of %s", method).isEqualTo(100.0);
    }
  }

  @ParameterizedTest(name = "\"{0}\" → no weights")
  @NullAndEmptySource
  @ValueSource(strings = {"open_tender", "COMPETITIVE_NEGOTIATION"})
  void shouldGiveNoWeightsForUnknownMethods(String method) {
    assertThat(TABLE.evaluate(Decisions.PROCUREMENT_METHOD, method).isEmpty()).isTrue();
  }
}
