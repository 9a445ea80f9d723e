package cn.unionsw.platform.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in yuan written in Chinese capital numerals (大写金额), as contracts and payment documents must carry it
 * beside the figures so that neither can be altered alone. The rules are those of the People's Bank of China's
 * 《支付结算办法》 (附一《正确填写票据和结算凭证的基本规定》):
 * <ul>
 *   <li>壹贰叁肆伍陆柒捌玖 with 拾佰仟, 万 and 亿; 拾 always carries its digit (壹拾元, 壹佰壹拾元);</li>
 *   <li>zeros inside the yuan part are written as one 零 however many there are (1,000,005.00 → 壹佰万零伍元整,
 *       6,007.14 → 陆仟零柒元壹角肆分). A zero at the 万 or 亿 place before a non-zero digit may be written or not;
 *       it is written, as the amount is read aloud (1,203,456.78 → 壹佰贰拾万零叁仟肆佰伍拾陆元柒角捌分,
 *       107,000.53 → 壹拾万零柒仟元伍角叁分). A zero at the 元 place before the 角 may also be written or not;
 *       it is not (10.50 → 壹拾元伍角, 1,680.32 → 壹仟陆佰捌拾元叁角贰分);</li>
 *   <li>no 角 but 分 → 零 after 元 (325.04 → 叁佰贰拾伍元零肆分); no yuan at all → only the jiao and fen
 *       (0.05 → 伍分);</li>
 *   <li>整 after 元 when there is no 角 or 分 (0.00 → 零元整), none after 角 (10.50 → 壹拾元伍角) or 分.</li>
 * </ul>
 * Amounts from 0 to {@link #MAX} (9,999,999,999,999.99: below 拾万亿) with at most two decimals are written; any
 * other is refused, since a contract amount that cannot be written exactly must not be printed at all.
 */
public final class CapitalAmount {

  /** The largest amount written. */
  public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] PLACES = {"", "拾", "佰", "仟"};
  private static final long WAN = 10_000L;
  private static final long YI = 100_000_000L;

  private CapitalAmount() {
  }

  /**
   * The amount in capitals, e.g. 壹佰贰拾万零叁仟肆佰伍拾陆元柒角捌分 for 1,203,456.78.
   *
   * @throws IllegalArgumentException for a negative amount, one with more than two decimals, or one above
   *     {@link #MAX}
   */
  public static String of(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "金额不能为空");
    if (yuan.signum() < 0) {
      throw new IllegalArgumentException("金额不能为负数：" + yuan.toPlainString());
    }
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("金额最多两位小数：" + yuan.toPlainString());
    }
    if (yuan.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("金额超过可大写的上限 " + MAX.toPlainString() + "：" + yuan.toPlainString());
    }
    long fen = yuan.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    if (fen == 0) {
      return "零元整";
    }
    long whole = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder text = new StringBuilder();
    if (whole > 0) {
      text.append(integer(whole)).append('元');
    }
    if (jiao > 0) {
      text.append(DIGITS.charAt(jiao)).append('角');
    } else if (whole > 0 && cents > 0) {
      text.append('零');
    }
    if (cents > 0) {
      text.append(DIGITS.charAt(cents)).append('分');
    }
    return jiao == 0 && cents == 0 ? text.append('整').toString() : text.toString();
  }

  /** A positive whole number in capitals with 万 and 亿; zeros at or below the 亿 or 万 place are one 零. */
  private static String integer(long n) {
    if (n >= YI) {
      return split(n, YI, "亿");
    }
    if (n >= WAN) {
      return split(n, WAN, "万");
    }
    return belowWan((int) n);
  }

  private static String split(long n, long unit, String name) {
    long high = n / unit;
    long rest = n % unit;
    if (rest == 0) {
      return integer(high) + name;
    }
    return integer(high) + name + (high % 10 == 0 || rest < unit / 10 ? "零" : "") + integer(rest);
  }

  private static String belowWan(int n) {
    StringBuilder text = new StringBuilder();
    boolean zero = false;
    for (int place = 3; place >= 0; place--) {
      int digit = n / (int) Math.pow(10, place) % 10;
      if (digit == 0) {
        zero = text.length() > 0;
        continue;
      }
      if (zero) {
        text.append('零');
        zero = false;
      }
      text.append(DIGITS.charAt(digit)).append(PLACES[place]);
    }
    return text.toString();
  }
}
