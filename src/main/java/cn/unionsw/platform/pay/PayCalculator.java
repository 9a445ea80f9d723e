package cn.unionsw.platform.pay;

import static cn.unionsw.platform.policy.Decisions.ALLOWANCE_TIER;
import static cn.unionsw.platform.policy.Decisions.BONUS_PERCENT;
import static cn.unionsw.platform.policy.Decisions.CITY_PARTS;
import static cn.unionsw.platform.policy.Decisions.COUNTY_PARTS;
import static cn.unionsw.platform.policy.Decisions.EVALUATION_CONSEQUENCES;
import static cn.unionsw.platform.policy.Decisions.EXCESS_BORNE_BY;
import static cn.unionsw.platform.policy.Decisions.FUNDING_SPLIT;
import static cn.unionsw.platform.policy.Decisions.MINIMUM_WAGE;
import static cn.unionsw.platform.policy.Decisions.MONTHLY_ALLOWANCE;
import static cn.unionsw.platform.policy.Decisions.MONTHLY_WAGE;
import static cn.unionsw.platform.policy.Decisions.NO_PREVIOUS_OUTCOME;
import static cn.unionsw.platform.policy.Decisions.OUTCOME;
import static cn.unionsw.platform.policy.Decisions.POST_GRADE;
import static cn.unionsw.platform.policy.Decisions.POST_LOCATION;
import static cn.unionsw.platform.policy.Decisions.POST_PAY;
import static cn.unionsw.platform.policy.Decisions.PREVIOUS_OUTCOME;
import static cn.unionsw.platform.policy.Decisions.PROVINCE_PARTS;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.pay.PayQuote.Cost;
import cn.unionsw.platform.pay.PayQuote.Funding;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Pay and cost of a post (Art. 21, 29, 31-32, 38): the numbers come from the decisions {@code post-pay},
 * {@code evaluation-consequences} and {@code funding-split} and from the administrators' tables of minimum wages
 * and employer rates; this class only adds them up, in BigDecimal to the fen.
 */
@Service
public class PayCalculator {

  private final OrgService orgs;
  private final PayTables tables;
  private final PolicyDecisions decisions;
  private final ZoneId zone;

  PayCalculator(OrgService orgs, PayTables tables, PolicyDecisions decisions,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.orgs = orgs;
    this.tables = tables;
    this.decisions = decisions;
    this.zone = ZoneId.of(zone);
  }

  /**
   * The year-end bonus of a post (Art. 29): {@code bonusPercent} of its monthly post wage of table 1 (without the
   * allowance) on {@code date}, to the fen. The percent comes from {@code evaluation-consequences}.
   */
  public BigDecimal yearEndBonus(String orgCode, Grade grade, int allowanceTier, LocalDate date, int bonusPercent) {
    // The quote's wage, without the rest of the quote (its cost, budgeted bonus and funding split: two decisions
    // and a look-up more for each worker of a province's evaluation). Refused as the quote is refused.
    checked(orgCode, grade, allowanceTier, date);
    return Money.share(wage(orgCode, grade, allowanceTier, day(date)).monthlyWage(), bonusPercent, 100);
  }

  /**
   * @param date             the day whose minimum wage and rates apply; today when null
   * @param actualMonthlyPay the pay the purchaser actually agreed, when above the guide (Art. 32); may be null
   * @param assumedOutcome   the outcome the year-end bonus is budgeted at; QUALIFIED when null
   */
  public PayQuote quote(String orgCode, Grade grade, int allowanceTier, LocalDate date, BigDecimal actualMonthlyPay,
      Outcome assumedOutcome) {
    Organisation unit = checked(orgCode, grade, allowanceTier, date);
    LocalDate day = day(date);
    Outcome outcome = assumedOutcome != null ? assumedOutcome : Outcome.QUALIFIED;
    OrgType parentType = orgs.find(unit.parentCode()).map(Organisation::type).orElse(null);
    PostLocation location = PostLocation.of(unit.type(), parentType);
    Wage wage = wage(orgCode, grade, allowanceTier, day);
    MinimumWage minimumWage = wage.minimumWage();
    EmployerRate rate = wage.rate();
    BigDecimal monthlyWage = wage.monthlyWage();
    BigDecimal monthlyAllowance = wage.monthlyAllowance();
    int bonusPercent = ((Number) decide(EVALUATION_CONSEQUENCES, Map.of(OUTCOME, outcome.name(),
        PREVIOUS_OUTCOME, NO_PREVIOUS_OUTCOME, ALLOWANCE_TIER, allowanceTier)).get(BONUS_PERCENT)).intValue();

    BigDecimal guidePay = monthlyWage.add(monthlyAllowance);
    // Art. 29: the bonus base is the monthly post wage of table 1, without the allowance.
    Cost guide = cost(guidePay, Money.share(monthlyWage, bonusPercent, 100), rate);
    Cost excess = null;
    if (actualMonthlyPay != null) {
      if (actualMonthlyPay.scale() > 2 || actualMonthlyPay.compareTo(PayTables.MAX_WAGE) > 0) {
        throw Refusal.invalid("actualMonthlyPay", "实际月薪酬须为不超过 100000 元的金额，最多两位小数");
      }
      if (actualMonthlyPay.compareTo(guidePay) < 0) {
        throw Refusal.invalid("actualMonthlyPay", "实际月薪酬 " + actualMonthlyPay + " 低于指导标准 " + guidePay
            + " 元：承接方须不低于省总工会指导标准发放 (Art. 31)");
      }
      if (actualMonthlyPay.compareTo(guidePay) > 0) {
        excess = cost(Money.fen(actualMonthlyPay.subtract(guidePay)), Money.ZERO, rate);
      }
    }
    BigDecimal excessCost = excess == null ? Money.ZERO : excess.annualCost();
    Funding funding = fund(decide(FUNDING_SPLIT, Map.of(POST_LOCATION, location.name())), guide.annualCost(),
        excessCost, unit, parentType);
    return new PayQuote(orgCode, location, grade, allowanceTier, day, outcome, minimumWage, rate, monthlyWage,
        monthlyAllowance, bonusPercent, guide, actualMonthlyPay == null ? null : Money.fen(actualMonthlyPay), excess,
        guide.annualCost().add(excessCost), funding);
  }

  /** The unit of a quote, refused (400, naming the field) where the quote's input is not valid. */
  private Organisation checked(String orgCode, Grade grade, int allowanceTier, LocalDate date) {
    Organisation unit = orgs.find(orgCode)
        .orElseThrow(() -> Refusal.invalid("orgCode", "组织 " + orgCode + " 未登记"));
    if (!unit.type().isBasicUnit()) {
      throw Refusal.invalid("orgCode", orgCode + " 不是基层单位：岗位只设在基层单位 (Art. 9)");
    }
    if (grade == null) {
      throw Refusal.invalid("grade", "岗位等级必填 (ENTRY, LEVEL_3, LEVEL_2, LEVEL_1)");
    }
    if (allowanceTier < 1 || allowanceTier > 3) {
      throw Refusal.invalid("allowanceTier", "岗位津贴档级须为 1、2 或 3 (table 2)");
    }
    if (date != null && (date.isBefore(PayTables.EARLIEST) || date.isAfter(PayTables.LATEST))) {
      throw Refusal.invalid("date", "日期须在 " + PayTables.EARLIEST + " 到 " + PayTables.LATEST + " 之间");
    }
    return unit;
  }

  private LocalDate day(LocalDate date) {
    return date != null ? date : LocalDate.now(zone);
  }

  /** The tables of the unit's region on the day, and the wage and allowance of table 1-2 ({@code post-pay}). */
  private record Wage(MinimumWage minimumWage, EmployerRate rate, BigDecimal monthlyWage,
      BigDecimal monthlyAllowance) {
  }

  private Wage wage(String orgCode, Grade grade, int allowanceTier, LocalDate day) {
    MinimumWage minimumWage = tables.minimumWageFor(orgCode, day).orElseThrow(() ->
        missing(tables.hasMinimumWages(orgCode), orgCode, day, "最低工资标准"));
    EmployerRate rate = tables.employerRateFor(orgCode, day).orElseThrow(() ->
        missing(tables.hasEmployerRates(orgCode), orgCode, day, "社保及管理费费率"));
    Map<String, Object> pay = decide(POST_PAY, Map.of(POST_GRADE, grade.name(), ALLOWANCE_TIER, allowanceTier,
        MINIMUM_WAGE, minimumWage.monthlyAmount()));
    return new Wage(minimumWage, rate, Money.fromDecision(pay.get(MONTHLY_WAGE)),
        Money.fromDecision(pay.get(MONTHLY_ALLOWANCE)));
  }

  static Cost cost(BigDecimal monthlyPay, BigDecimal bonus, EmployerRate rate) {
    BigDecimal annualPay = Money.fen(monthlyPay.multiply(Money.MONTHS));
    BigDecimal insured = annualPay.add(bonus);
    BigDecimal socialInsurance = Money.fen(insured.multiply(rate.socialInsuranceRate()));
    BigDecimal managementFee = Money.fen(insured.add(socialInsurance).multiply(rate.managementFeeRate()));
    return new Cost(monthlyPay, annualPay, bonus, socialInsurance, managementFee,
        insured.add(socialInsurance).add(managementFee));
  }

  /** Art. 32, 38: the standard cost by parts; the purchaser takes the excess and the rounding fen. */
  static Funding fund(Map<String, Object> split, BigDecimal standard, BigDecimal excess, Organisation unit,
      OrgType parentType) {
    int province = ((Number) split.get(PROVINCE_PARTS)).intValue();
    int city = ((Number) split.get(CITY_PARTS)).intValue();
    int county = ((Number) split.get(COUNTY_PARTS)).intValue();
    String borneBy = (String) split.get(EXCESS_BORNE_BY);
    int parts = province + city + county;
    BigDecimal provinceShare = Money.share(standard, province, parts);
    BigDecimal cityShare;
    BigDecimal countyShare;
    if ("COUNTY".equals(borneBy)) {
      cityShare = Money.share(standard, city, parts);
      countyShare = standard.subtract(provinceShare).subtract(cityShare).add(excess);
    } else {
      countyShare = Money.share(standard, county, parts);
      cityShare = standard.subtract(provinceShare).subtract(countyShare).add(excess);
    }
    String parentCode = unit.parentCode();
    boolean inCounty = parentType == OrgType.COUNTY;
    if (!inCounty && countyShare.signum() != 0) {
      // A township a city holds directly has no county to pay the county's part: the city, as purchaser, does.
      cityShare = cityShare.add(countyShare);
      countyShare = BigDecimal.ZERO.setScale(2);
    }
    return new Funding(province, city, county, borneBy, Codes.provinceOf(unit.code()),
        inCounty ? Codes.parentOf(parentCode) : parentCode, inCounty ? parentCode : null,
        provinceShare, cityShare, countyShare);
  }

  private Map<String, Object> decide(String key, Map<String, Object> variables) {
    return decisions.evaluate(key, variables).orElseThrow(() -> Refusal.conflict("policy_decision_no_result", "决策 " + key + " 对输入 " + variables + " 没有结果，请管理员检查已部署的决策表"));
  }

  private static Refusal missing(boolean hasRows, String orgCode, LocalDate day, String what) {
    return hasRows
        ? Refusal.invalid("date", day + " 时 " + orgCode + " 所在地区尚无生效的" + what)
        : Refusal.invalid("orgCode", orgCode + " 所在地区没有登记" + what + "，请管理员在 /api/pay 维护");
  }
}
