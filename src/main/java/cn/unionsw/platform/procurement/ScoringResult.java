package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of {@link BidScoring#score}: every bid, valid ones first in rank order, then invalid ones in the
 * order received.
 *
 * @param weights the weights applied, in percent (defaults filled in)
 * @param minPriceWeight lower bound of the price weight the decision gave
 * @param maxPriceWeight upper bound of the price weight the decision gave
 * @param decisionVersion the version of {@code bid-scoring-weights} that gave the bounds and defaults
 * @param lowestValidPrice the lowest price of a valid bid (评标基准价), null when no bid is valid
 * @param winner credit code of the bid ranked first alone; null when no bid is valid or first place is tied
 * @param tiedForFirst credit codes sharing first place after every tie rule (empty otherwise): the purchaser
 *     decides among them as the tender documents say
 */
public record ScoringResult(ProcurementMethod method, BigDecimal budget, Weights weights, BigDecimal minPriceWeight,
    BigDecimal maxPriceWeight, int decisionVersion, BigDecimal lowestValidPrice, List<ScoredBid> bids, String winner,
    List<String> tiedForFirst) {

  /** Weights in percent of the total score; they add up to 100. */
  public record Weights(BigDecimal price, BigDecimal capability, BigDecimal quality, BigDecimal benefit) {
  }

  /**
   * One bid, scored. Averages are the experts' mean scores (0–100, 2 decimals); the scores are weighted, so that
   * {@code total = priceScore + capabilityScore + qualityScore + benefitScore} (0–100). An invalid bid keeps its
   * averages but has no scores and no rank.
   *
   * @param invalidReasons why the bid is invalid, in Chinese; empty for a valid bid
   * @param rank 1 for the best; equal only when total, price and quality average are all equal
   */
  public record ScoredBid(String creditCode, BigDecimal price, boolean valid, List<String> invalidReasons,
      BigDecimal capabilityAverage, BigDecimal qualityAverage, BigDecimal benefitAverage, BigDecimal priceScore,
      BigDecimal capabilityScore, BigDecimal qualityScore, BigDecimal benefitScore, BigDecimal total,
      Integer rank) {
  }
}
