package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@link BidScoring#score} scores: one procurement's method, budget, weights and bids.
 *
 * @param method procurement method; selects the row of {@code bid-scoring-weights}
 * @param budget the budget (预算金额) in yuan, at most 2 decimals; a bid above it is invalid
 * @param priceWeight price weight in percent of the total score (at most 2 decimals), within the decision's bounds;
 *     null takes the decision's default
 * @param capabilityWeight weight of capability (能力) in percent; null takes the decision's default
 * @param qualityWeight weight of quality (质量) in percent; null takes the decision's default
 * @param benefitWeight weight of benefit (效益) in percent; null takes the decision's default. The four weights must
 *     add up to 100
 * @param bids the bids received, each contractor once
 */
public record ScoringRequest(ProcurementMethod method, BigDecimal budget, BigDecimal priceWeight,
    BigDecimal capabilityWeight, BigDecimal qualityWeight, BigDecimal benefitWeight, List<Bid> bids) {

  /**
   * One contractor's bid.
   *
   * @param creditCode the contractor's unified social credit code (统一社会信用代码)
   * @param price the bid price in yuan, at most 2 decimals
   * @param expertScores one entry per expert of the evaluation panel, at least one
   * @param subcontracting whether the bid subcontracts part of the service (not allowed: the bid is invalid)
   */
  public record Bid(String creditCode, BigDecimal price, List<ExpertScores> expertScores, boolean subcontracting) {
  }

  /** One expert's scores of a bid, each 0–100. */
  public record ExpertScores(BigDecimal capability, BigDecimal quality, BigDecimal benefit) {
  }
}
