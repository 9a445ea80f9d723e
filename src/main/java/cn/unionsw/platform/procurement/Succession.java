package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a successor contract (Art. 22: the rights and obligations pass to another contractor), pure so
 * that they are tested without a database.
 *
 * <ul>
 *   <li><b>Term</b>: the successor serves from the day after the predecessor ended (the day the transfer is made
 *       counts as the old contractor's), or from the predecessor's first day if that is later, to the
 *       predecessor's last day.</li>
 *   <li><b>Amount</b>: the predecessor's amount pro rata to calendar days, both ends included:
 *       {@code amount × days of the successor's term ÷ days of the predecessor's term}, rounded to the fen
 *       (0.01 yuan) half up. Days between a termination and a later succession are served by no one and paid to
 *       no one. The predecessor keeps its signed amount on record; what it earned follows from its end date.</li>
 *   <li><b>Number</b>: the predecessor's with {@code -Z1} (转) appended; a successor's successor counts on,
 *       {@code -Z2}, {@code -Z3}, so the case number and the award's sequence stay readable in front.</li>
 * </ul>
 */
final class Succession {

  private static final Pattern TRANSFERRED = Pattern.compile("(.*)-Z(\\d+)");

  private Succession() {
  }

  /** The successor's first day: the day after {@code endedOn}, or the predecessor's first day if later. */
  static LocalDate startsOn(LocalDate predecessorStartsOn, LocalDate endedOn) {
    LocalDate next = endedOn.plusDays(1);
    return next.isAfter(predecessorStartsOn) ? next : predecessorStartsOn;
  }

  /** The predecessor's amount for the successor's days, to the fen, half up. */
  static BigDecimal amount(BigDecimal predecessorAmount, LocalDate predecessorStartsOn, LocalDate endsOn,
      LocalDate successorStartsOn) {
    long term = ChronoUnit.DAYS.between(predecessorStartsOn, endsOn) + 1;
    long remaining = ChronoUnit.DAYS.between(successorStartsOn, endsOn) + 1;
    if (remaining <= 0 || remaining > term) {
      throw new IllegalArgumentException("no remaining term: " + successorStartsOn + " to " + endsOn);
    }
    return predecessorAmount.multiply(BigDecimal.valueOf(remaining))
        .divide(BigDecimal.valueOf(term), 2, RoundingMode.HALF_UP);
  }

  /** {@code 采购〔2026〕石家庄 0001-01} → {@code …-01-Z1}; {@code …-01-Z1} → {@code …-01-Z2}. */
  static String number(String predecessorNumber) {
    Matcher transferred = TRANSFERRED.matcher(predecessorNumber);
    if (transferred.matches()) {
      return transferred.group(1) + "-Z" + (Integer.parseInt(transferred.group(2)) + 1);
    }
    return predecessorNumber + "-Z1";
  }
}
