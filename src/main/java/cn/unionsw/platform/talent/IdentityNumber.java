package cn.unionsw.platform.talent;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The citizen identity number (公民身份号码, GB 11643-1999): a six-digit address code whose first two digits are a
 * province-level division (GB/T 2260), the birth date as {@code yyyyMMdd}, a three-digit sequence and a check
 * character over the first 17 digits by ISO 7064 MOD 11-2 (a digit or X for ten).
 */
public final class IdentityNumber {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  /** 2^(17-i) mod 11, the MOD 11-2 weights of positions 1 to 17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** The check character of each weighted sum mod 11. */
  private static final String CHECK = "10X98765432";

  private IdentityNumber() {
  }

  /** Why {@code id} is no identity number, in Chinese, or null when it is one; the future is China's today. */
  public static String problem(String id) {
    return problem(id, LocalDate.now(CHINA));
  }

  /** Why {@code id} (as {@link #normalise normalised}) is no identity number of someone born by {@code today}. */
  public static String problem(String id, LocalDate today) {
    String number = normalise(id);
    if (number == null || number.isEmpty()) {
      return "身份证号不能为空";
    }
    int length = number.codePointCount(0, number.length());
    if (length != 18) { // a non-digit among 18 code points is named below
      return "身份证号须为 18 位，实为 " + length + " 位";
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(number.charAt(i))) {
        return "身份证号前 17 位须为数字，第 " + (i + 1) + " 位不是";
      }
    }
    char last = number.charAt(17);
    if (!isDigit(last) && last != 'X') {
      return "身份证号第 18 位须为数字或 X";
    }
    if (!isProvince(Integer.parseInt(number.substring(0, 2)))) {
      return "身份证号前两位 " + number.substring(0, 2) + " 不是省级行政区划代码";
    }
    LocalDate birth = birthDateOrNull(number);
    if (birth == null) {
      return "身份证号中的出生日期 " + number.substring(6, 14) + " 不是有效日期";
    }
    if (birth.isBefore(EARLIEST_BIRTH)) {
      return "身份证号中的出生日期 " + birth + " 早于 1900 年";
    }
    if (birth.isAfter(today)) {
      return "身份证号中的出生日期 " + birth + " 晚于今天";
    }
    // Not the expected character: a wrong check character mostly means a mistyped digit elsewhere.
    return last == checkCharacter(number) ? null : "身份证号校验位不正确，请逐位核对";
  }

  /** Trimmed (any Unicode space), with a lower-case x as X; null stays null. */
  public static String normalise(String id) {
    return id == null ? null : id.strip().toUpperCase(Locale.ROOT);
  }

  /** The MOD 11-2 check character of the first 17 digits of {@code id}. */
  public static char checkCharacter(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The birth date in {@code id}; an {@link IllegalArgumentException} if it holds no date there. */
  public static LocalDate birthDate(String id) {
    String number = normalise(id);
    LocalDate birth = number == null || number.length() != 18 ? null : birthDateOrNull(number);
    if (birth == null) {
      throw new IllegalArgumentException("no birth date in identity number " + id);
    }
    return birth;
  }

  /** Full years of age on {@code day} (周岁): one more on each birthday, a 29 February one on 1 March. */
  public static int ageOn(String id, LocalDate day) {
    return Period.between(birthDate(id), day).getYears();
  }

  private static LocalDate birthDateOrNull(String number) {
    for (int i = 6; i < 14; i++) {
      if (!isDigit(number.charAt(i))) {
        return null;
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** GB/T 2260 province-level divisions; 71 Taiwan, 81 Hong Kong, 82 Macao. */
  private static boolean isProvince(int code) {
    return code >= 11 && code <= 15 || code >= 21 && code <= 23 || code >= 31 && code <= 37
        || code >= 41 && code <= 46 || code >= 50 && code <= 54 || code >= 61 && code <= 65
        || code == 71 || code == 81 || code == 82;
  }

  // Character.isDigit would take full-width and other scripts' digits.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
