package cn.unionsw.platform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.only;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cost and funding of a post for each post location, at the guide and above it, with the real decision tables of
 * {@code dmn/} and illustrative figures: social insurance 26 %, management fee 6 %.
 */
class PayCalculatorTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  final OrgService orgs = mock(OrgService.class);
  final PayTables tables = mock(PayTables.class);
  final PolicyDecisions decisions = mock(PolicyDecisions.class);
  final PayCalculator calculator = new PayCalculator(orgs, tables, decisions, "Asia/Shanghai");

  @BeforeEach
  void realDecisionTables() {
    when(decisions.evaluate(anyString(), anyMap())).thenAnswer(call -> evaluate(call.getArgument(0),
        call.getArgument(1)));
    org("HE", null, OrgType.PROVINCE);
    org("HE-SJZ", "HE", OrgType.CITY);
    org("HE-SJZ-ZD", "HE-SJZ", OrgType.COUNTY);
    org("HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD", OrgType.TOWNSHIP_STREET);
    org("HE-SJZ-ZD-FWZX", "HE-SJZ-ZD", OrgType.SERVICE_CENTER_COUNTY_STANDARD);
    org("HE-SJZ-JG", "HE-SJZ", OrgType.UNION_OFFICE);
    org("HE-SJZ-FWZX", "HE-SJZ", OrgType.SERVICE_CENTER_CITY);
    org("HE-DZ", "HE", OrgType.DIRECT_CITY);
    org("HE-DZ-KFQ", "HE-DZ", OrgType.DEV_ZONE);
    org("HE-SJZ-KFQ", "HE-SJZ", OrgType.DEV_ZONE);
    when(tables.employerRateFor(anyString(), any())).thenReturn(Optional.of(new EmployerRate("HE", DAY,
        new BigDecimal("0.2600"), new BigDecimal("0.0600"), "illustrative", "test", null)));
  }

  @ParameterizedTest(name = "{0} at minimum wage {1}, actual pay {2} → {3}: {5} / {6} / {7} of {4}")
  @CsvSource({
      // unit, minimum wage, actual monthly pay → location, total annual cost, province, city, county share
      "HE-SJZ-ZD-ZDZ,  2200, ,     COUNTY_LEVEL, 60382.48, 20127.49, 20127.49, 20127.50",
      "HE-SJZ-ZD-FWZX, 2200, 3520, COUNTY_LEVEL, 60382.48, 20127.49, 20127.49, 20127.50",
      "HE-SJZ-ZD-ZDZ,  2200, 4000, COUNTY_LEVEL, 68075.54, 20127.49, 20127.49, 27820.56",
      "HE-SJZ-JG,      2200, ,     CITY_LEVEL,   60382.48, 20127.49, 40254.99, 0.00",
      "HE-SJZ-FWZX,    2200, 4000, CITY_LEVEL,   68075.54, 20127.49, 47948.05, 0.00",
      "HE-DZ-KFQ,      2000, ,     DIRECT_CITY,  55694.52, 27847.26, 27847.26, 0.00",
      "HE-DZ-KFQ,      2000, 3500, DIRECT_CITY,  59701.32, 27847.26, 31854.06, 0.00",
      // A zone the city holds directly: no county, so the city pays the county's part too.
      "HE-SJZ-KFQ,     2200, ,     COUNTY_LEVEL, 60382.48, 20127.49, 40254.99, 0.00",
  })
  void shouldSplitTheCostOfEachPostLocation(String unit, BigDecimal minimumWage, BigDecimal actualMonthlyPay,
      PostLocation location, BigDecimal total, BigDecimal province, BigDecimal city, BigDecimal county) {
    minimumWage(minimumWage);

    PayQuote quote = calculator.quote(unit, Grade.LEVEL_2, 1, DAY, actualMonthlyPay, null);

    assertThat(quote.postLocation()).isEqualTo(location);
    assertThat(quote.totalAnnualCost()).isEqualTo(total);
    assertThat(quote.funding().provinceShare()).isEqualTo(province);
    assertThat(quote.funding().cityShare()).isEqualTo(city);
    assertThat(quote.funding().countyShare()).isEqualTo(county);
    assertThat(province.add(city).add(county)).as("shares add up to the total").isEqualTo(total);
  }

  @Test
  void shouldBreakTheGuideCostDown() {
    minimumWage(new BigDecimal("2200"));

    PayQuote quote = calculator.quote("HE-SJZ-ZD-ZDZ", Grade.LEVEL_2, 1, DAY, null, null);

    assertThat(quote.monthlyWage()).isEqualTo("2970.00");
    assertThat(quote.monthlyAllowance()).isEqualTo("550.00");
    assertThat(quote.assumedOutcome()).isEqualTo(Outcome.QUALIFIED);
    assertThat(quote.bonusPercent()).isEqualTo(100);
    assertThat(quote.guide()).isEqualTo(new PayQuote.Cost(new BigDecimal("3520.00"), new BigDecimal("42240.00"),
        new BigDecimal("2970.00"), new BigDecimal("11754.60"), new BigDecimal("3417.88"), new BigDecimal("60382.48")));
    assertThat(quote.excess()).isNull();
    assertThat(quote.funding()).extracting("provinceParts", "cityParts", "countyParts", "excessBorneBy",
        "provinceCode", "cityCode", "countyCode").containsExactly(1, 1, 1, "COUNTY", "HE", "HE-SJZ", "HE-SJZ-ZD");
  }

  @Test
  void shouldChargeThePayAboveTheGuideWithItsInsuranceAndFeeToThePurchaser() {
    minimumWage(new BigDecimal("2200"));

    PayQuote quote = calculator.quote("HE-SJZ-ZD-ZDZ", Grade.LEVEL_2, 1, DAY, new BigDecimal("4000"), null);

    assertThat(quote.actualMonthlyPay()).isEqualTo("4000.00");
    assertThat(quote.excess()).isEqualTo(new PayQuote.Cost(new BigDecimal("480.00"), new BigDecimal("5760.00"),
        new BigDecimal("0.00"), new BigDecimal("1497.60"), new BigDecimal("435.46"), new BigDecimal("7693.06")));
    assertThat(quote.funding().excessBorneBy()).isEqualTo("COUNTY");
  }

  @ParameterizedTest(name = "{0} → bonus {1}% = {2}")
  @CsvSource({"EXCELLENT, 130, 3861.00", "QUALIFIED, 100, 2970.00", "BASIC, 50, 1485.00", "FAILED, 0, 0.00"})
  void shouldBudgetTheBonusAtTheAssumedOutcome(Outcome outcome, int percent, BigDecimal bonus) {
    minimumWage(new BigDecimal("2200"));

    PayQuote quote = calculator.quote("HE-SJZ-ZD-ZDZ", Grade.LEVEL_2, 3, DAY, null, outcome);

    assertThat(quote.bonusPercent()).isEqualTo(percent);
    assertThat(quote.guide().yearEndBonus()).isEqualTo(bonus);
    assertThat(quote.monthlyAllowance()).isEqualTo("850.00");
  }

  @Test
  void shouldRoundTheWageToTheFen() {
    minimumWage(new BigDecimal("1830.55"));

    PayQuote quote = calculator.quote("HE-SJZ-ZD-ZDZ", Grade.LEVEL_2, 2, DAY, null, null);

    assertThat(quote.monthlyWage()).isEqualTo("2471.24");
    assertThat(quote.guide().monthlyPay()).isEqualTo("3171.24");
  }

  @ParameterizedTest(name = "{0}, {1}, tier {2}, actual {3} → 400 on {4}")
  @CsvSource({
      "HE-SJZ-ZD-ZDZ, LEVEL_2, 1, 3519.99, actualMonthlyPay",
      "HE-SJZ-ZD-ZDZ, LEVEL_2, 1, 3600.001, actualMonthlyPay",
      "HE-SJZ-ZD-ZDZ, LEVEL_2, 4, ,        allowanceTier",
      "HE-SJZ-ZD-ZDZ, LEVEL_2, 0, ,        allowanceTier",
      "HE-SJZ-ZD-ZDZ, ,        1, ,        grade",
      "HE-SJZ-ZD,     LEVEL_2, 1, ,        orgCode",
      "HE-SJZ-ZD-XXX, LEVEL_2, 1, ,        orgCode",
  })
  void shouldRefuseBadInputNamingTheField(String unit, Grade grade, int tier, BigDecimal actual, String field) {
    minimumWage(new BigDecimal("2200"));

    assertThatThrownBy(() -> calculator.quote(unit, grade, tier, DAY, actual, null))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "rows elsewhere: {0} → 400 on {1}")
  @CsvSource({"true, date", "false, orgCode"})
  void shouldSayWhichFieldLacksAMinimumWage(boolean regionHasRows, String field) {
    when(tables.minimumWageFor(anyString(), any())).thenReturn(Optional.empty());
    when(tables.hasMinimumWages(anyString())).thenReturn(regionHasRows);

    assertThatThrownBy(() -> calculator.quote("HE-SJZ-ZD-ZDZ", Grade.ENTRY, 1, DAY, null, null))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "{0}, {1}, tier {2}: {3}% of the quote's monthly wage")
  @CsvSource({"HE-SJZ-ZD-ZDZ, ENTRY, 1, 130", "HE-SJZ-ZD-ZDZ, LEVEL_2, 3, 50", "HE-DZ-KFQ, LEVEL_1, 2, 100",
      "HE-SJZ-JG, LEVEL_3, 1, 0", "HE-SJZ-KFQ, ENTRY, 3, 130"})
  void shouldPayTheYearEndBonusOnTheQuotesWageWithPostPayAlone(String unit, Grade grade, int tier, int percent) {
    minimumWage(new BigDecimal("1830.55"));

    BigDecimal bonus = calculator.yearEndBonus(unit, grade, tier, DAY, percent);

    verify(decisions, only()).evaluate(eq(Decisions.POST_PAY), anyMap());
    assertThat(bonus).isEqualTo(Money.share(calculator.quote(unit, grade, tier, DAY, null, null).monthlyWage(),
        percent, 100));
  }

  @ParameterizedTest(name = "{0}, tier {1}, {2}, employer rates {3} → 400 on {4}")
  @CsvSource({
      "HE-SJZ-ZD,     1, 2025-06-30, true,  orgCode",
      "HE-SJZ-ZD-ZDZ, 4, 2025-06-30, true,  allowanceTier",
      "HE-SJZ-ZD-ZDZ, 1, 1999-12-31, true,  date",
      "HE-SJZ-ZD-ZDZ, 1, 2025-06-30, false, orgCode",
  })
  void shouldRefuseTheYearEndBonusAsTheQuote(String unit, int tier, LocalDate day, boolean rates, String field) {
    minimumWage(new BigDecimal("2200"));
    if (!rates) {
      when(tables.employerRateFor(anyString(), any())).thenReturn(Optional.empty());
    }

    assertThatThrownBy(() -> calculator.yearEndBonus(unit, Grade.ENTRY, tier, day, 100))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThatThrownBy(() -> calculator.quote(unit, Grade.ENTRY, tier, day, null, null))
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private void minimumWage(BigDecimal amount) {
    when(tables.minimumWageFor(anyString(), any())).thenReturn(Optional.of(new MinimumWage("HE", DAY, amount,
        null, "illustrative", "test", null)));
  }

  private void org(String code, String parent, OrgType type) {
    when(orgs.find(code)).thenReturn(Optional.of(new Organisation(code, parent, code, type, null, null, null)));
  }

  private static Optional<Map<String, Object>> evaluate(String key, Map<String, Object> variables) {
    try (InputStream in = Files.newInputStream(Path.of("dmn", key + ".dmn"))) {
      DmnDecisionResult result = DMN.evaluateDecision(DMN.parseDecision(key, in), variables);
      return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntryMap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
