package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A purchase round as {@code /api/procurement/rounds} shows it: the plan, the method, the bids with the experts'
 * scores and their ranking, the award. The list leaves out the estimates and bids.
 */
public record RoundView(long id, String caseNumber, String processInstanceId, String cityCode, String cityName,
    int roundYear, LocalDate serviceStart, RoundStatus status, String statusLabel, BigDecimal budget,
    ProcurementMethod method, String methodReason, BigDecimal priceWeight, LocalDateTime publishedAt,
    String winnerCreditCode, String winnerName, LocalDateTime closedAt, String closeReason,
    List<EstimateView> estimates, List<BidView> bids) {

  /** One purchaser's estimate and filing. */
  public record EstimateView(String purchaserCode, String purchaserName, int postCount, BigDecimal annualCost,
      BigDecimal termCost, String detail, String contactPerson, String contactPhone, String fundingNote,
      String filedBy, LocalDateTime filedAt) {
  }

  /** One bid with each expert's scores and, once scored, its validity, scores and rank. */
  public record BidView(String creditCode, String contractorName, BigDecimal price, boolean subcontracting,
      List<ExpertView> expertScores, Boolean valid, String invalidReason, BigDecimal priceScore,
      BigDecimal totalScore, Integer rank, String recordedBy, LocalDateTime recordedAt) {
  }

  /** One expert's scores of a bid, in the panel's order. */
  public record ExpertView(int expert, BigDecimal capability, BigDecimal quality, BigDecimal benefit) {
  }
}
