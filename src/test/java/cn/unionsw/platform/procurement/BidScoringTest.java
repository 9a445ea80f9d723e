package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.procurement.ScoringRequest.Bid;
import cn.unionsw.platform.procurement.ScoringRequest.ExpertScores;
import cn.unionsw.platform.procurement.ScoringResult.ScoredBid;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BidScoring} against the real {@code dmn/bid-scoring-weights.dmn} (plain DMN engine behind a mocked
 * {@link PolicyDecisions}): defaults 20 / 30 / 25 / 25, price weight 10–30 %.
 */
class BidScoringTest {

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision WEIGHTS = parse();

  final PolicyDecisions decisions = mock(PolicyDecisions.class);
  final DecisionDefinition definition = mock(DecisionDefinition.class);
  final BidScoring scoring = new BidScoring(decisions);

  @BeforeEach
  void deployedTable() {
    when(definition.getVersion()).thenReturn(3);
    when(decisions.latest(Decisions.BID_SCORING_WEIGHTS)).thenReturn(Optional.of(definition));
    when(decisions.evaluate(any(DecisionDefinition.class), anyMap())).thenAnswer(call -> {
      DmnDecisionResult result = ENGINE.evaluateDecision(WEIGHTS, call.<Map<String, Object>>getArgument(1));
      return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntryMap());
    });
  }

  // Order 87 Art. 55 (floor 10 %) and 财库〔2007〕2号 (cap 30 %)

  @ParameterizedTest(name = "price weight {0} % with {1}/{2}/{3} → accepted")
  @CsvSource({"10, 30, 30, 30", "30, 25, 25, 20", "10.00, 30, 30, 30"})
  void shouldAcceptAPriceWeightOnTheBounds(String price, String capability, String quality, String benefit) {
    ScoringResult result = scoring.score(request("1000", price, capability, quality, benefit,
        bid("A", "800", false, scores("80", "80", "80"))));

    assertThat(result.weights().price()).isEqualByComparingTo(price);
    assertThat(result.minPriceWeight()).isEqualByComparingTo("10");
    assertThat(result.maxPriceWeight()).isEqualByComparingTo("30");
    assertThat(result.decisionVersion()).isEqualTo(3);
  }

  @ParameterizedTest(name = "price weight {0} % → refused")
  @CsvSource({"9.99, 30.01, 30, 30", "30.01, 24.99, 25, 20"})
  void shouldRefuseAPriceWeightOutsideTheBounds(String price, String capability, String quality, String benefit) {
    assertThatThrownBy(() -> scoring.score(request("1000", price, capability, quality, benefit,
        bid("A", "800", false, scores("80", "80", "80")))))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("priceWeight"))
        .hasMessageContaining("priceWeight").hasMessageContaining(price + "%").hasMessageContaining("10%–30%");
  }

  @Test
  void shouldTakeTheBoundsFromTheDeployedDecision() {
    when(decisions.evaluate(any(DecisionDefinition.class), anyMap())).thenReturn(Optional.of(Map.of(
        "minPriceWeight", 15.0, "maxPriceWeight", 25.0, "defaultPriceWeight", 20.0, "defaultCapabilityWeight", 30.0,
        "defaultQualityWeight", 25.0, "defaultBenefitWeight", 25.0)));

    assertThatThrownBy(() -> scoring.score(request("1000", "12", "38", "25", "25", bid("A", "800", false,
        scores("80", "80", "80"))))).isInstanceOf(Refusal.class).hasMessageContaining("15%–25%");
  }

  @Test
  void shouldUseTheDecisionsDefaultWeightsWhenNoneIsGiven() {
    ScoringResult result = scoring.score(request("1000", null, null, null, null,
        bid("A", "800", false, scores("80", "80", "80"))));

    assertThat(result.weights()).isEqualTo(new ScoringResult.Weights(new BigDecimal("20.00"),
        new BigDecimal("30.00"), new BigDecimal("25.00"), new BigDecimal("25.00")));
  }

  @Test
  void shouldRefuseWeightsThatDoNotAddUpToOneHundred() {
    assertThatThrownBy(() -> scoring.score(request("1000", "20", "30", "25", "24.99",
        bid("A", "800", false, scores("80", "80", "80")))))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("weights"))
        .hasMessageContaining("99.99%");
  }

  // price score = lowest valid price × price weight / price (Order 87 Art. 55)

  @Test
  void shouldGiveASingleValidBidTheFullPriceScore() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("A", "999.99", false, scores("80", "90", "70"))));

    ScoredBid bid = result.bids().get(0);
    assertThat(bid.priceScore()).isEqualByComparingTo("20.00");
    assertThat(bid.capabilityScore()).isEqualByComparingTo("24.00");
    assertThat(bid.qualityScore()).isEqualByComparingTo("22.50");
    assertThat(bid.benefitScore()).isEqualByComparingTo("17.50");
    assertThat(bid.total()).isEqualByComparingTo("84.00");
    assertThat(bid.rank()).isEqualTo(1);
    assertThat(result.winner()).isEqualTo("A");
    assertThat(result.lowestValidPrice()).isEqualByComparingTo("999.99");
  }

  @Test
  void shouldRoundEveryScoreHalfUpToTwoDecimals() {
    ScoringResult result = scoring.score(request("1000", "20.04", "29.96", "25", "25",
        bid("LOW", "100", false, scores("80", "80", "80")),
        bid("HIGH", "800", false, scores("80.01", "80", "80"), scores("80", "81", "80"), scores("80", "80", "80"))));

    ScoredBid high = find(result, "HIGH");
    // 100 × 20.04 / 800 = 2.505 → 2.51 (HALF_EVEN would give 2.50)
    assertThat(high.priceScore()).isEqualByComparingTo("2.51");
    // (80.01 + 80 + 80) / 3 = 80.0033 → 80.00; (80 + 81 + 80) / 3 = 80.333 → 80.33
    assertThat(high.capabilityAverage()).isEqualByComparingTo("80.00");
    assertThat(high.qualityAverage()).isEqualByComparingTo("80.33");
    // 80.00 × 29.96 % = 23.968 → 23.97; 80.33 × 25 % = 20.0825 → 20.08
    assertThat(high.capabilityScore()).isEqualByComparingTo("23.97");
    assertThat(high.qualityScore()).isEqualByComparingTo("20.08");
    // the total adds the rounded parts
    assertThat(high.total()).isEqualByComparingTo("66.56");
  }

  @Test
  void shouldAverageTwoExpertsHalfUp() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("A", "500", false, scores("80.01", "70", "60"), scores("80", "70", "60.01"))));

    assertThat(result.bids().get(0).capabilityAverage()).isEqualByComparingTo("80.01"); // 80.005
    assertThat(result.bids().get(0).benefitAverage()).isEqualByComparingTo("60.01");
  }

  // ties: lower price (Order 87 Art. 55), then higher quality (platform default)

  @Test
  void shouldRankEqualTotalsByTheLowerPrice() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("DEAR", "125", false, scores("80", "80", "96")),
        bid("CHEAP", "100", false, scores("80", "80", "80"))));

    assertThat(find(result, "DEAR").total()).isEqualByComparingTo(find(result, "CHEAP").total()).isEqualByComparingTo("84");
    assertThat(result.bids()).extracting(ScoredBid::creditCode, ScoredBid::rank)
        .containsExactly(tuple("CHEAP", 1), tuple("DEAR", 2));
    assertThat(result.winner()).isEqualTo("CHEAP");
  }

  @Test
  void shouldRankEqualTotalsAndPricesByTheHigherQuality() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("ABLE", "100", false, scores("80", "80", "80")),
        bid("GOOD", "100", false, scores("70", "92", "80"))));

    assertThat(find(result, "ABLE").total()).isEqualByComparingTo(find(result, "GOOD").total());
    assertThat(result.winner()).isEqualTo("GOOD");
    assertThat(find(result, "ABLE").rank()).isEqualTo(2);
  }

  @Test
  void shouldShareFirstPlaceAndNameNoWinnerWhenEverythingIsEqual() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("A", "100", false, scores("80", "80", "80")),
        bid("B", "100", false, scores("80", "80", "80")),
        bid("C", "200", false, scores("80", "80", "80"))));

    assertThat(result.bids()).extracting(ScoredBid::rank).containsExactly(1, 1, 3);
    assertThat(result.winner()).isNull();
    assertThat(result.tiedForFirst()).containsExactly("A", "B");
  }

  // invalid bids: above the budget (Order 87 Art. 63), subcontracting, non-positive price

  @Test
  void shouldExcludeABidAboveTheBudgetFromTheLowestPrice() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("OVER", "1000.01", false, scores("100", "100", "100")),
        bid("AT", "1000", false, scores("80", "80", "80")),
        bid("UNDER", "900", false, scores("80", "80", "80"))));

    ScoredBid over = find(result, "OVER");
    assertThat(over.valid()).isFalse();
    assertThat(over.invalidReasons()).singleElement().asString().contains("超过预算金额").contains("第六十三条");
    assertThat(over.total()).isNull();
    assertThat(over.rank()).isNull();
    assertThat(result.lowestValidPrice()).isEqualByComparingTo("900");
    assertThat(find(result, "UNDER").priceScore()).isEqualByComparingTo("20.00");
    assertThat(find(result, "AT").valid()).isTrue();
    assertThat(find(result, "AT").priceScore()).isEqualByComparingTo("18.00");
    assertThat(result.bids()).extracting(ScoredBid::creditCode).containsExactly("UNDER", "AT", "OVER");
  }

  @Test
  void shouldNameNoWinnerWhenEveryBidIsInvalid() {
    ScoringResult result = scoring.score(request("1000", "20", "30", "25", "25",
        bid("OVER", "1200", false, scores("90", "90", "90")),
        bid("SUB", "800", true, scores("90", "90", "90")),
        bid("ZERO", "0", false, scores("90", "90", "90")),
        bid("BOTH", "1500", true, scores("90", "90", "90"))));

    assertThat(result.bids()).noneMatch(ScoredBid::valid);
    assertThat(find(result, "SUB").invalidReasons()).containsExactly("投标含分包：岗位服务不得分包");
    assertThat(find(result, "ZERO").invalidReasons()).containsExactly("报价须大于零");
    assertThat(find(result, "BOTH").invalidReasons()).hasSize(2);
    assertThat(result.winner()).isNull();
    assertThat(result.tiedForFirst()).isEmpty();
    assertThat(result.lowestValidPrice()).isNull();
  }

  @Test
  void shouldNameNoWinnerWithoutBids() {
    assertThat(scoring.score(request("1000", "20", "30", "25", "25")).winner()).isNull();
  }

  // refusals of what cannot be scored

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "budget,                  0,    80,  80, 800",
      "budget,                  10.001, 80, 80, 800",
      "bids[0].price,           1000, 80,  80, 800.001",
      "bids[0].expertScores,    1000, 101, 80, 800",
      "bids[0].expertScores,    1000, 80,  -1, 800",
  })
  void shouldRefuseWhatItCannotScore(String field, String budget, String capability, String quality, String price) {
    assertThatThrownBy(() -> scoring.score(request(budget, "20", "30", "25", "25",
        bid("A", price, false, scores(capability, quality, "80")))))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
  }

  @Test
  void shouldRefuseAContractorBiddingTwice() {
    assertThatThrownBy(() -> scoring.score(request("1000", "20", "30", "25", "25",
        bid("A", "800", false, scores("80", "80", "80")), bid("A", "700", false, scores("80", "80", "80")))))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("bids[1].creditCode"));
  }

  private static ScoringRequest request(String budget, String price, String capability, String quality,
      String benefit, Bid... bids) {
    return new ScoringRequest(ProcurementMethod.OPEN_TENDER, new BigDecimal(budget), decimal(price),
        decimal(capability), decimal(quality), decimal(benefit), Arrays.asList(bids));
  }

  private static Bid bid(String creditCode, String price, boolean subcontracting, ExpertScores... scores) {
    return new Bid(creditCode, new BigDecimal(price), List.of(scores), subcontracting);
  }

  private static ExpertScores scores(String capability, String quality, String benefit) {
    return new ExpertScores(new BigDecimal(capability), new BigDecimal(quality), new BigDecimal(benefit));
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static ScoredBid find(ScoringResult result, String creditCode) {
    return result.bids().stream().filter(bid -> bid.creditCode().equals(creditCode)).findFirst().orElseThrow();
  }

  private static DmnDecision parse() {
    try (InputStream in = Files.newInputStream(Path.of("dmn", Decisions.BID_SCORING_WEIGHTS + ".dmn"))) {
      return ENGINE.parseDecision(Decisions.BID_SCORING_WEIGHTS, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
