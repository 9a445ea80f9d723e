package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A purchase round as a union office files it: the plan, the bids with their scores, the award.
 *
 * <p>Only {@code caseNumber} and the three lists are required; any other value may be null while the round has not
 * got that far (no method chosen, no bids scored, no winner), and prints as a blank cell.
 *
 * @param caseNumber the round's case number
 * @param cityName the city whose union runs the round (Art. 21)
 * @param roundYear the year of the round
 * @param serviceStart the first day of the service bought
 * @param methodLabel the procurement method in Chinese, e.g. 公开招标
 * @param methodReason why that method (required of anything but an open tender)
 * @param budget the budget (预算金额) in yuan
 * @param priceWeight the price's weight in percent of the total score
 * @param status the round's status as shown to users, in Chinese
 * @param estimates the purchasers' filed estimates (备案表), one per purchaser
 * @param bids the bids as opened and scored
 * @param winnerName the contractor awarded, null before the award or when none was
 * @param contracts the contracts signed with the winner, one per purchaser
 */
public record RoundBook(String caseNumber, String cityName, int roundYear, LocalDate serviceStart, String methodLabel,
    String methodReason, BigDecimal budget, BigDecimal priceWeight, String status, List<EstimateLine> estimates,
    List<BidLine> bids, String winnerName, List<ContractLine> contracts) {

  public RoundBook {
    Objects.requireNonNull(caseNumber, "caseNumber");
    estimates = List.copyOf(estimates);
    bids = List.copyOf(bids);
    contracts = List.copyOf(contracts);
  }

  /** One purchaser's filed estimate: its posts and their cost for a year and for the three-year term. */
  public record EstimateLine(String purchaserName, String purchaserCode, int postCount, BigDecimal annualCost,
      BigDecimal termCost, String contactPerson, String contactPhone, String filedBy, LocalDateTime filedAt) {
  }

  /**
   * One bid with its scores (see {@link BidScoring}).
   *
   * @param valid whether the bid is valid; null before it is checked
   * @param invalidReason why not, when invalid
   * @param expertScores one entry per expert, in the panel's order, each {capability, quality, benefit} (0–100)
   * @param rank 1 for the best valid bid; null for an invalid or unscored one
   */
  public record BidLine(String contractorName, String creditCode, BigDecimal price, boolean subcontracting,
      Boolean valid, String invalidReason, List<BigDecimal[]> expertScores /* each {capability, quality, benefit} */,
      BigDecimal capabilityAverage, BigDecimal qualityAverage, BigDecimal benefitAverage, BigDecimal priceScore,
      BigDecimal totalScore, Integer rank) {

    public BidLine {
      expertScores = expertScores == null ? List.of() : List.copyOf(expertScores);
    }
  }

  /** One contract of the round. */
  public record ContractLine(String contractNumber, String purchaserName, BigDecimal amount, LocalDate startsOn,
      LocalDate endsOn, String status) {
  }
}
