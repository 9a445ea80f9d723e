package cn.unionsw.platform.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: BigDecimal rounded to the fen (2 decimals, half up), never double arithmetic. */
final class Money {

  static final BigDecimal ZERO = fen(BigDecimal.ZERO);
  static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {
  }

  static BigDecimal fen(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A number a decision returned. FEEL computes in decimal, and the engine hands the result over as Long or Double;
   * its shortest decimal text is the decimal FEEL computed, so no binary rounding enters the sum.
   */
  static BigDecimal fromDecision(Object value) {
    if (value instanceof BigDecimal decimal) {
      return fen(decimal);
    }
    if (value instanceof Number number) {
      return fen(new BigDecimal(number.toString()));
    }
    throw new IllegalStateException("Not a number from a decision: " + value);
  }

  /** {@code amount × numerator ÷ denominator}, to the fen. */
  static BigDecimal share(BigDecimal amount, long numerator, long denominator) {
    return amount.multiply(BigDecimal.valueOf(numerator)).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }
}
