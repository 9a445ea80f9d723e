package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a purchase-service contract prints (Art. 20): the parties, the posts, the amount and the three-year term.
 *
 * @param contractNumber the contract's number (合同编号)
 * @param caseNumber the purchase round's case number, printed as the project number (项目编号); may be null
 * @param purchaserName the purchaser (甲方, 购买主体): the county union, or the city union for its own posts (Art. 17)
 * @param purchaserCode the purchaser's organisation code; may be null
 * @param contractorName the contractor (乙方, 承接主体)
 * @param contractorCreditCode the contractor's unified social credit code (统一社会信用代码)
 * @param cityName the city whose union ran the purchase (Art. 21), as written, e.g. 石家庄市; may be null
 * @param methodLabel the procurement method in Chinese, e.g. 公开招标; may be null
 * @param amount the contract amount in yuan for the whole term, at most 2 decimals
 * @param startsOn first day of service
 * @param endsOn last day of service
 * @param signedOn the day both parties sign; null prints a blank date to be filled in by hand
 * @param predecessorNumber the contract whose remaining term this one takes over (Art. 22); null for a new one
 * @param posts the posts served, one line per unit and grade
 */
public record ContractPaper(String contractNumber, String caseNumber, String purchaserName, String purchaserCode,
    String contractorName, String contractorCreditCode, String cityName, String methodLabel, BigDecimal amount,
    LocalDate startsOn, LocalDate endsOn, LocalDate signedOn, String predecessorNumber, List<PostLine> posts) {

  public ContractPaper {
    Objects.requireNonNull(contractNumber, "contractNumber");
    Objects.requireNonNull(purchaserName, "purchaserName");
    Objects.requireNonNull(contractorName, "contractorName");
    Objects.requireNonNull(contractorCreditCode, "contractorCreditCode");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    posts = List.copyOf(posts);
  }

  /**
   * Posts of one grade at one basic unit.
   *
   * @param unitName the basic unit where the posts sit (Art. 9)
   * @param unitCode the unit's organisation code
   * @param gradeLabel the grade in Chinese, e.g. 三级岗
   * @param count how many posts
   */
  public record PostLine(String unitName, String unitCode, String gradeLabel, int count) {
  }
}
