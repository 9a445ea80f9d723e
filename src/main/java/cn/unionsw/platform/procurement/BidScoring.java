package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.policy.Decisions.BID_SCORING_WEIGHTS;
import static cn.unionsw.platform.policy.Decisions.DEFAULT_BENEFIT_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.DEFAULT_CAPABILITY_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.DEFAULT_PRICE_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.DEFAULT_QUALITY_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.MAX_PRICE_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.MIN_PRICE_WEIGHT;
import static cn.unionsw.platform.policy.Decisions.PROCUREMENT_METHOD;

import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.procurement.ScoringRequest.Bid;
import cn.unionsw.platform.procurement.ScoringResult.ScoredBid;
import cn.unionsw.platform.procurement.ScoringResult.Weights;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * Comprehensive scoring of bids (综合评分法, DOMAIN.md §4.3), quality first: price, capability, quality, benefit.
 *
 * <p>The bounds of the price weight and the default weights come from the latest {@code bid-scoring-weights}
 * (Order 87 Art. 55: for services at least 10 %; 财库〔2007〕2号: at most 30 %), so an administrator changes them
 * without a release. A bid is invalid when its price is not positive, above the budget (Order 87 Art. 63) or when it
 * subcontracts (the post service is not subcontracted, §4.3). For the valid bids, with scores rounded to 2 decimals
 * HALF_UP:
 * <pre>
 *   priceScore  = lowest valid price × priceWeight / price        (Order 87 Art. 55: 评标基准价 ÷ 投标报价 × 权值)
 *   factorScore = mean of the experts' 0–100 scores (2 decimals) × factor weight / 100
 *   total       = priceScore + capabilityScore + qualityScore + benefitScore
 * </pre>
 * Ranking: higher total first; equal totals by the lower price (Order 87 Art. 55), then by the higher quality average
 * (the platform's default, "quality first"); bids equal on all three share a rank. The winner is the one bid ranked
 * first, none when no bid is valid or first place stays tied.
 */
@Service
public class BidScoring {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PolicyDecisions decisions;

  BidScoring(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  /** Scores every bid; refuses ({@link Refusal}, naming the field) a request it cannot score, before any scoring. */
  public ScoringResult score(ScoringRequest request) {
    return score(request, true);
  }

  /**
   * Scores a round with the weights it published: all four are given and were checked against the decision's bounds
   * when published, so a table changed since then does not move or refuse them (Order 87: the criteria are those of
   * the tender documents).
   */
  ScoringResult scorePublished(ScoringRequest request) {
    if (request.priceWeight() == null || request.capabilityWeight() == null || request.qualityWeight() == null
        || request.benefitWeight() == null) {
      throw new IllegalArgumentException("a published round carries all four weights");
    }
    return score(request, false);
  }

  /** The weights a round publishes, and the version of {@code bid-scoring-weights} they come from. */
  record Published(Weights weights, int decisionVersion) {
  }

  /**
   * The four weights a round publishes for its method: the price weight given (or the default) within the
   * decision's bounds, a refusal naming {@code priceWeight} otherwise; the other three the decision's defaults.
   */
  Published publish(ProcurementMethod method, BigDecimal priceWeight) {
    if (method == null) {
      throw Refusal.invalid("procurementMethod", "采购方式必填 (OPEN_TENDER, INVITED_TENDER, INQUIRY, SINGLE_SOURCE)");
    }
    DecisionDefinition definition = latest();
    Map<String, Object> row = row(definition, method);
    ScoringRequest request = new ScoringRequest(method, BigDecimal.ONE, priceWeight, null, null, null, List.of());
    return new Published(weights(request, row, number(row, MIN_PRICE_WEIGHT), number(row, MAX_PRICE_WEIGHT), true),
        definition.getVersion());
  }

  private ScoringResult score(ScoringRequest request, boolean checkBounds) {
    if (request.method() == null) {
      throw Refusal.invalid("method", "采购方式必填 (OPEN_TENDER, INVITED_TENDER, INQUIRY, SINGLE_SOURCE)");
    }
    BigDecimal budget = yuan("budget", request.budget());
    if (budget.signum() <= 0) {
      throw Refusal.invalid("budget", "预算金额须大于零");
    }
    DecisionDefinition definition = latest();
    Map<String, Object> row = row(definition, request.method());
    BigDecimal min = number(row, MIN_PRICE_WEIGHT);
    BigDecimal max = number(row, MAX_PRICE_WEIGHT);
    Weights weights = weights(request, row, min, max, checkBounds);
    List<Bid> bids = BidChecks.checked(request.bids());

    List<ScoredBid> valid = new ArrayList<>();
    List<ScoredBid> invalid = new ArrayList<>();
    BigDecimal lowest = bids.stream().filter(bid -> reasons(bid, budget).isEmpty()).map(Bid::price)
        .min(Comparator.naturalOrder()).orElse(null);
    for (Bid bid : bids) {
      List<String> reasons = reasons(bid, budget);
      BigDecimal[] mean = BidChecks.averages(bid);
      if (!reasons.isEmpty()) {
        invalid.add(new ScoredBid(bid.creditCode(), fen(bid.price()), false, reasons, mean[0], mean[1], mean[2],
            null, null, null, null, null, null));
        continue;
      }
      BigDecimal priceScore = lowest.multiply(weights.price()).divide(bid.price(), 2, RoundingMode.HALF_UP);
      BigDecimal capability = weighted(mean[0], weights.capability());
      BigDecimal quality = weighted(mean[1], weights.quality());
      BigDecimal benefit = weighted(mean[2], weights.benefit());
      BigDecimal total = priceScore.add(capability).add(quality).add(benefit);
      valid.add(new ScoredBid(bid.creditCode(), fen(bid.price()), true, List.of(), mean[0], mean[1], mean[2],
          priceScore, capability, quality, benefit, total, null));
    }
    List<ScoredBid> ranked = rank(valid);
    List<String> first = ranked.stream().filter(bid -> bid.rank() == 1).map(ScoredBid::creditCode).toList();
    List<ScoredBid> all = new ArrayList<>(ranked);
    all.addAll(invalid);
    return new ScoringResult(request.method(), budget, weights, min, max, definition.getVersion(),
        lowest == null ? null : fen(lowest), List.copyOf(all), first.size() == 1 ? first.get(0) : null,
        first.size() > 1 ? first : List.of());
  }

  private DecisionDefinition latest() {
    return decisions.latest(BID_SCORING_WEIGHTS).orElseThrow(() ->
        Refusal.conflict("policy_decision_missing", "决策 " + BID_SCORING_WEIGHTS + " 未部署"));
  }

  private Map<String, Object> row(DecisionDefinition definition, ProcurementMethod method) {
    return decisions.evaluate(definition, Map.of(PROCUREMENT_METHOD, method.name()))
        .orElseThrow(() -> Refusal.conflict("policy_decision_no_result", "决策 " + BID_SCORING_WEIGHTS + " 对采购方式 "
            + method + " 没有结果，请管理员检查已部署的决策表"));
  }

  private static void requireWithin(BigDecimal price, BigDecimal min, BigDecimal max) {
    if (price.compareTo(min) < 0 || price.compareTo(max) > 0) {
      throw Refusal.invalid("priceWeight", "价格分值比重 " + plain(price) + "% 不在 " + plain(min) + "%–" + plain(max)
          + "% 之间 (财政部令第87号 第五十五条、财库〔2007〕2号)");
    }
  }

  /** Total, then the lower price (Order 87 Art. 55), then the higher quality average (platform default). */
  static final Comparator<ScoredBid> ORDER = Comparator.comparing(ScoredBid::total).reversed()
      .thenComparing(ScoredBid::price)
      .thenComparing(Comparator.comparing(ScoredBid::qualityAverage).reversed());

  private static List<ScoredBid> rank(List<ScoredBid> valid) {
    List<ScoredBid> sorted = valid.stream().sorted(ORDER).toList();
    List<ScoredBid> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ScoredBid bid = sorted.get(i);
      int rank = i > 0 && ORDER.compare(sorted.get(i - 1), bid) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new ScoredBid(bid.creditCode(), bid.price(), true, List.of(), bid.capabilityAverage(),
          bid.qualityAverage(), bid.benefitAverage(), bid.priceScore(), bid.capabilityScore(), bid.qualityScore(),
          bid.benefitScore(), bid.total(), rank));
    }
    return ranked;
  }

  private static List<String> reasons(Bid bid, BigDecimal budget) {
    List<String> reasons = new ArrayList<>();
    if (bid.price().signum() <= 0) {
      reasons.add("报价须大于零");
    } else if (bid.price().compareTo(budget) > 0) {
      reasons.add("报价 " + fen(bid.price()) + " 元超过预算金额 " + budget + " 元 (财政部令第87号 第六十三条)");
    }
    if (bid.subcontracting()) {
      reasons.add("投标含分包：岗位服务不得分包");
    }
    return reasons;
  }

  private static Weights weights(ScoringRequest request, Map<String, Object> row, BigDecimal min, BigDecimal max,
      boolean checkBounds) {
    BigDecimal price = percent("priceWeight", request.priceWeight(), row, DEFAULT_PRICE_WEIGHT);
    if (checkBounds) {
      requireWithin(price, min, max);
    }
    Weights weights = new Weights(price,
        percent("capabilityWeight", request.capabilityWeight(), row, DEFAULT_CAPABILITY_WEIGHT),
        percent("qualityWeight", request.qualityWeight(), row, DEFAULT_QUALITY_WEIGHT),
        percent("benefitWeight", request.benefitWeight(), row, DEFAULT_BENEFIT_WEIGHT));
    BigDecimal sum = weights.price().add(weights.capability()).add(weights.quality()).add(weights.benefit());
    if (sum.compareTo(HUNDRED) != 0) {
      throw Refusal.invalid("weights", "价格、能力、质量、效益分值比重之和须为 100%，现为 " + sum.toPlainString() + "%");
    }
    return weights;
  }

  private static BigDecimal percent(String field, BigDecimal given, Map<String, Object> row, String output) {
    BigDecimal weight = given != null ? given : number(row, output);
    if (weight.signum() < 0 || weight.stripTrailingZeros().scale() > 2) {
      throw Refusal.invalid(field, "分值比重须为不小于零的百分数，最多两位小数");
    }
    return weight.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal number(Map<String, Object> row, String output) {
    if (!(row.get(output) instanceof Number number)) {
      throw Refusal.conflict("policy_decision_no_result", "决策 " + BID_SCORING_WEIGHTS + " 没有给出 " + output);
    }
    BigDecimal value = new BigDecimal(number.toString());
    return value.stripTrailingZeros().scale() <= 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal weighted(BigDecimal average, BigDecimal weight) {
    return average.multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  static BigDecimal yuan(String field, BigDecimal amount) {
    if (amount == null || amount.stripTrailingZeros().scale() > 2) {
      throw Refusal.invalid(field, "金额必填，以元计，最多两位小数");
    }
    return fen(amount);
  }

  static BigDecimal fen(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
