package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a clerk copies from a bid and the experts' score sheet, read as the round records it, or refused by field. */
class BidInputTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"800000|800000.00", "1,234,567.89|1234567.89", "12 000 元|12000.00",
      "0.01|0.01", "999999999999.99|999999999999.99", "1，234，567|1234567.00", "999,999,999,999.99|999999999999.99"})
  void shouldReadAPriceAsWrittenOnTheBid(String written, String yuan) {
    assertThat(PurchaseRounds.price(written)).isEqualByComparingTo(yuan).hasScaleOf(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "八十万", "0", "-5", "1.234", "10000000000000", "1e5", "1e5x", "NaN", "0x10", "１２", "1,00,000", "10,00",
      ",100", "100,", "+100", "100.", ".5"})
  void shouldRefuseAPriceThatIsNotAnAmount(String written) {
    assertThatThrownBy(() -> PurchaseRounds.price(written)).isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).field()).isEqualTo("bidPrice");
  }

  @Test
  void shouldPairEachExpertsScoresInThePanelsOrder() {
    var scores = ExpertSheet.parse("92 90,94", "95、93 91", "90；90 90.5");

    assertThat(scores).hasSize(3);
    assertThat(scores.get(2).capability()).isEqualByComparingTo("94");
    assertThat(scores.get(1).quality()).isEqualByComparingTo("93");
    assertThat(scores.get(2).benefit()).isEqualByComparingTo(new BigDecimal("90.5"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"|90|90|capabilityScores", "90 95|90|90 90|qualityScores",
      "90|90|90 90|benefitScores", "90 95|90|90|capabilityScores", "90|90 95|90|qualityScores",
      "101|90|90|capabilityScores", "90|-1|90|qualityScores",
      "90|九十|90|qualityScores", "90|90|90.555|benefitScores", "1e2|90|90|capabilityScores",
      "90|+90|90|qualityScores", "90|90|８５|benefitScores", "90|90|-0|benefitScores"})
  void shouldRefuseASheetNamingTheLine(String capability, String quality, String benefit, String field) {
    assertThatThrownBy(() -> ExpertSheet.parse(capability, quality, benefit)).isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).field()).isEqualTo(field);
  }
}
