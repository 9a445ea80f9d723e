package cn.unionsw.platform.pay;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one post costs a year at the guide (Art. 31, tables 1-2), what pay above the guide adds, and who bears
 * which part (Art. 32, 38). Every amount is yuan, to the fen. See docs/policy.md for the formula.
 *
 * @param assumedOutcome the evaluation outcome the year-end bonus is budgeted at (Art. 29; default QUALIFIED)
 * @param guide          the standard cost, at the province's pay guide
 * @param excess         what pay above the guide adds (absent when the post is paid at the guide)
 */
public record PayQuote(
    String orgCode,
    PostLocation postLocation,
    Grade grade,
    int allowanceTier,
    LocalDate date,
    Outcome assumedOutcome,
    MinimumWage minimumWage,
    EmployerRate employerRate,
    BigDecimal monthlyWage,
    BigDecimal monthlyAllowance,
    int bonusPercent,
    Cost guide,
    BigDecimal actualMonthlyPay,
    Cost excess,
    BigDecimal totalAnnualCost,
    Funding funding) {

  /**
   * One year's cost of a monthly pay: {@code annualPay = 12 × monthlyPay}; employer social insurance on pay and
   * bonus; the management fee on pay, bonus and insurance; {@code annualCost} the sum of the four.
   */
  public record Cost(
      BigDecimal monthlyPay,
      BigDecimal annualPay,
      BigDecimal yearEndBonus,
      BigDecimal employerSocialInsurance,
      BigDecimal managementFee,
      BigDecimal annualCost) {
  }

  /**
   * The shares of the total annual cost: the standard cost split by the parts of {@code funding-split}, and the
   * excess borne by the purchaser ({@code excessBorneBy}). The purchaser also takes the fen left by rounding, so
   * the shares add up to the total exactly. {@code cityCode} is the directly administered city for DIRECT_CITY.
   */
  public record Funding(
      int provinceParts,
      int cityParts,
      int countyParts,
      String excessBorneBy,
      String provinceCode,
      String cityCode,
      String countyCode,
      BigDecimal provinceShare,
      BigDecimal cityShare,
      BigDecimal countyShare) {
  }
}
