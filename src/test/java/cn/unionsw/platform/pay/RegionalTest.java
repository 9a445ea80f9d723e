package cn.unionsw.platform.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which region's figure applies: the most specific region with a row in force, its latest row. */
class RegionalTest {

  static final List<MinimumWage> ROWS = List.of(
      wage("HE", "2019-11-01", "1680"),
      wage("HE", "2023-01-01", "1800"),
      wage("HE-SJZ", "2023-01-01", "2200"),
      wage("HE-SJZ", "2026-01-01", "2400"),
      wage("HE-SJZ-ZD", "2024-07-01", "2000"));

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({
      "2022-12-31, 1680",
      "2023-01-01, 2200",
      "2024-06-30, 2200",
      "2024-07-01, 2000",
      "2027-01-01, 2000",
  })
  void shouldPreferTheMostSpecificRegionInForce(LocalDate date, BigDecimal amount) {
    assertThat(Regional.applicable(ROWS, date)).get().extracting(MinimumWage::monthlyAmount).isEqualTo(amount);
  }

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({"2025-12-31, 2200", "2026-01-01, 2400"})
  void shouldTakeTheLatestRowOfARegion(LocalDate date, BigDecimal amount) {
    List<MinimumWage> cityAndProvince = ROWS.stream().filter(r -> !r.regionCode().equals("HE-SJZ-ZD")).toList();

    assertThat(Regional.applicable(cityAndProvince, date)).get().extracting(MinimumWage::monthlyAmount)
        .isEqualTo(amount);
  }

  @ParameterizedTest(name = "before every row → none")
  @CsvSource({"2019-10-31"})
  void shouldFindNothingBeforeTheFirstRow(LocalDate date) {
    assertThat(Regional.applicable(ROWS, date)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"HE-SJZ-ZD-ZDZ, 4", "HE, 1"})
  void shouldChainACodeUpToItsProvince(String code, int length) {
    assertThat(Regional.chain(code)).hasSize(length).endsWith("HE").startsWith(code);
  }

  private static MinimumWage wage(String region, String from, String amount) {
    return new MinimumWage(region, LocalDate.parse(from), new BigDecimal(amount), null, "test", "test", null);
  }
}
