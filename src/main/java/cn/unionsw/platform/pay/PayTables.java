package cn.unionsw.platform.pay;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures pay and cost are computed from, maintained by administrators per region and effective date: local
 * minimum wages (Art. 31, table 1) and employer social-insurance and management-fee rates (Art. 21, 32).
 */
@Service
public class PayTables {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  static final BigDecimal MAX_WAGE = new BigDecimal("100000");

  private final PayMapper mapper;
  private final OrgService orgs;

  PayTables(PayMapper mapper, OrgService orgs) {
    this.mapper = mapper;
    this.orgs = orgs;
  }

  public List<MinimumWage> minimumWages(String region) {
    requireRegionFilter(region);
    return mapper.minimumWages(region);
  }

  public List<EmployerRate> employerRates(String region) {
    requireRegionFilter(region);
    return mapper.employerRates(region);
  }

  private static void requireRegionFilter(String region) {
    if (region != null && !Codes.isValid(region)) {
      throw Refusal.invalid("region", "地区代码格式应为 HE 或 HE-SJZ (an organisation code)");
    }
  }

  /** The minimum wage in force for a unit on a date: its own, else its county's, city's or province's. */
  public Optional<MinimumWage> minimumWageFor(String unitCode, LocalDate date) {
    return Regional.applicable(mapper.minimumWagesOf(Regional.chain(unitCode)), date);
  }

  public Optional<EmployerRate> employerRateFor(String unitCode, LocalDate date) {
    return Regional.applicable(mapper.employerRatesOf(Regional.chain(unitCode)), date);
  }

  /** Whether a unit's chain has any row at all, to tell a date before the first row from a region with none. */
  public boolean hasMinimumWages(String unitCode) {
    return !mapper.minimumWagesOf(Regional.chain(unitCode)).isEmpty();
  }

  public boolean hasEmployerRates(String unitCode) {
    return !mapper.employerRatesOf(Regional.chain(unitCode)).isEmpty();
  }

  @Transactional
  public MinimumWage saveMinimumWage(MinimumWage wage) {
    checkKey(wage.regionCode(), wage.effectiveFrom());
    BigDecimal amount = wage.monthlyAmount();
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_WAGE) > 0 || scale(amount) > 2) {
      throw Refusal.invalid("monthlyAmount", "月最低工资须为 0 到 100000 元之间的金额，最多两位小数");
    }
    if (wage.tierLabel() != null && wage.tierLabel().length() > 32) {
      throw Refusal.invalid("tierLabel", "档次名称最多 32 个字符");
    }
    checkSource(wage.source());
    if (mapper.updateMinimumWage(wage) == 0) {
      try {
        mapper.insertMinimumWage(wage);
      } catch (DuplicateKeyException raced) {
        mapper.updateMinimumWage(wage);
      }
    }
    return find(mapper.minimumWages(wage.regionCode()), wage.regionCode(), wage.effectiveFrom());
  }

  @Transactional
  public EmployerRate saveEmployerRate(EmployerRate rate) {
    checkKey(rate.regionCode(), rate.effectiveFrom());
    checkRate("socialInsuranceRate", rate.socialInsuranceRate());
    checkRate("managementFeeRate", rate.managementFeeRate());
    checkSource(rate.source());
    if (mapper.updateEmployerRate(rate) == 0) {
      try {
        mapper.insertEmployerRate(rate);
      } catch (DuplicateKeyException raced) {
        mapper.updateEmployerRate(rate);
      }
    }
    return find(mapper.employerRates(rate.regionCode()), rate.regionCode(), rate.effectiveFrom());
  }

  @Transactional
  public void deleteMinimumWage(String region, LocalDate effectiveFrom) {
    checkDate(effectiveFrom);
    if (mapper.deleteMinimumWage(region, effectiveFrom) == 0) {
      throw Refusal.notFound("minimum_wage", region + " 没有自 " + effectiveFrom + " 起的最低工资标准");
    }
  }

  @Transactional
  public void deleteEmployerRate(String region, LocalDate effectiveFrom) {
    checkDate(effectiveFrom);
    if (mapper.deleteEmployerRate(region, effectiveFrom) == 0) {
      throw Refusal.notFound("employer_rate", region + " 没有自 " + effectiveFrom + " 起的费率");
    }
  }

  private void checkKey(String region, LocalDate effectiveFrom) {
    if (!Codes.isValid(region)) {
      throw Refusal.invalid("regionCode", "地区代码格式应为 HE 或 HE-SJZ (an organisation code)");
    }
    if (orgs.find(region).isEmpty()) {
      throw Refusal.invalid("regionCode", "地区 " + region + " 未登记为组织 (register the organisation first)");
    }
    checkDate(effectiveFrom);
  }

  /** A date the tables can hold (and every database can store). */
  private static void checkDate(LocalDate effectiveFrom) {
    if (effectiveFrom == null || effectiveFrom.isBefore(EARLIEST) || effectiveFrom.isAfter(LATEST)) {
      throw Refusal.invalid("effectiveFrom", "生效日期须在 2000-01-01 到 2100-12-31 之间");
    }
  }

  private static void checkRate(String field, BigDecimal rate) {
    if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || scale(rate) > 4) {
      throw Refusal.invalid(field, "费率须为 0 到 1 之间的小数（0.26 表示 26%），最多四位小数");
    }
  }

  private static void checkSource(String source) {
    if (source == null || source.isBlank() || source.length() > 200) {
      throw Refusal.invalid("source", "来源（文件名称、文号）必填，最多 200 个字符");
    }
  }

  private static int scale(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private static <T extends Regional> T find(List<T> rows, String region, LocalDate effectiveFrom) {
    return rows.stream()
        .filter(row -> row.regionCode().equals(region) && row.effectiveFrom().equals(effectiveFrom))
        .findFirst()
        .orElseThrow();
  }
}
