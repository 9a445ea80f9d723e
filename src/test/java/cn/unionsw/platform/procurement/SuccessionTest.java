package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Succession}: a successor's term, its amount pro rata to the days (to the fen, half up), its number. */
class SuccessionTest {

  @ParameterizedTest(name = "{0} … {1}, ended {2} → starts {3}")
  @CsvSource({
      "2026-01-01, 2028-12-31, 2026-12-31, 2027-01-01", // the day of the transfer is the old contractor's
      "2026-07-01, 2029-06-30, 2026-05-20, 2026-07-01", // transferred before service began: the whole term
      "2026-07-01, 2029-06-30, 2026-06-30, 2026-07-01",
      "2026-07-01, 2029-06-30, 2029-06-29, 2029-06-30", // one day left
  })
  void shouldStartTheDayAfterTheEndOrOnTheOldStart(LocalDate startsOn, LocalDate endsOn, LocalDate endedOn,
      LocalDate expected) {
    assertThat(Succession.startsOn(startsOn, endedOn)).isEqualTo(expected);
    assertThat(expected).isBeforeOrEqualTo(endsOn);
  }

  @ParameterizedTest(name = "{0} for {1} … {2}, successor from {3} → {4}")
  @CsvSource({
      // 2026-01-01 … 2028-12-31 is 1,096 days (2028 is a leap year); 731 remain from 2027-01-01
      "1000000.00, 2026-01-01, 2028-12-31, 2027-01-01, 666970.80",
      "1000000.00, 2026-01-01, 2028-12-31, 2026-01-01, 1000000.00", // the whole term
      "1000000.00, 2026-01-01, 2028-12-31, 2028-12-31, 912.41",     // the last day: 1/1096
      "100.00,     2026-01-01, 2026-01-03, 2026-01-03, 33.33",       // 33.333… rounds down
      "0.05,       2026-01-01, 2026-01-02, 2026-01-02, 0.03",        // 0.025: half up
      "0.01,       2026-01-01, 2026-01-03, 2026-01-03, 0.00",        // below half a fen
  })
  void shouldProRateTheAmountToTheFen(BigDecimal amount, LocalDate startsOn, LocalDate endsOn, LocalDate from,
      BigDecimal expected) {
    BigDecimal successor = Succession.amount(amount, startsOn, endsOn, from);

    assertThat(successor).isEqualTo(expected);
    assertThat(successor.scale()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} → nothing remains")
  @CsvSource({"2029-01-01", "2025-12-31"})
  void shouldRefuseATermWithNothingLeftOrBeforeItsStart(LocalDate from) {
    assertThatThrownBy(() -> Succession.amount(new BigDecimal("100.00"), LocalDate.of(2026, 1, 1),
        LocalDate.of(2028, 12, 31), from)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "采购〔2026〕石家庄 0001-01,       采购〔2026〕石家庄 0001-01-Z1",
      "采购〔2026〕石家庄 0001-01-Z1,    采购〔2026〕石家庄 0001-01-Z2",
      "采购〔2026〕石家庄 0001-01-Z9,    采购〔2026〕石家庄 0001-01-Z10",
      "采购〔2026〕定州 0002-12,         采购〔2026〕定州 0002-12-Z1",
  })
  void shouldNumberSuccessorsByTheirPlaceInTheChain(String predecessor, String expected) {
    assertThat(Succession.number(predecessor)).isEqualTo(expected);
  }
}
