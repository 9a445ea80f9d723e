package cn.unionsw.platform.procurement;

import cn.unionsw.platform.procurement.ScoringRequest.Bid;
import cn.unionsw.platform.procurement.ScoringRequest.ExpertScores;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shape of the bids {@link BidScoring} accepts, and the experts' averages. */
final class BidChecks {

  private BidChecks() {
  }

  /**
   * Refuses bids it cannot score: no contractor, a contractor twice, no price, no expert or a score outside 0–100.
   * A price that is zero or negative is not refused here: such a bid is scored invalid.
   */
  static List<Bid> checked(List<Bid> bids) {
    if (bids == null) {
      throw Refusal.invalid("bids", "投标列表必填（可为空）");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < bids.size(); i++) {
      Bid bid = bids.get(i);
      String at = "bids[" + i + "]";
      if (bid == null || bid.creditCode() == null || bid.creditCode().isBlank()) {
        throw Refusal.invalid(at + ".creditCode", "投标人统一社会信用代码必填");
      }
      if (!seen.add(bid.creditCode())) {
        throw Refusal.invalid(at + ".creditCode", "投标人 " + bid.creditCode() + " 重复投标");
      }
      BidScoring.yuan(at + ".price", bid.price());
      if (bid.expertScores() == null || bid.expertScores().isEmpty()) {
        throw Refusal.invalid(at + ".expertScores", "至少须有一位评审专家的评分");
      }
      for (ExpertScores scores : bid.expertScores()) {
        if (scores == null || !score(scores.capability()) || !score(scores.quality()) || !score(scores.benefit())) {
          throw Refusal.invalid(at + ".expertScores", "专家对能力、质量、效益的评分须在 0–100 之间");
        }
      }
    }
    return bids;
  }

  /** Capability, quality and benefit averaged over the experts, 2 decimals HALF_UP. */
  static BigDecimal[] averages(Bid bid) {
    BigDecimal count = BigDecimal.valueOf(bid.expertScores().size());
    BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (ExpertScores scores : bid.expertScores()) {
      sums[0] = sums[0].add(scores.capability());
      sums[1] = sums[1].add(scores.quality());
      sums[2] = sums[2].add(scores.benefit());
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] = sums[i].divide(count, 2, RoundingMode.HALF_UP);
    }
    return sums;
  }

  private static boolean score(BigDecimal score) {
    return score != null && score.signum() >= 0 && score.compareTo(BidScoring.HUNDRED) <= 0;
  }
}
