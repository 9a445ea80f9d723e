package cn.unionsw.platform.procurement;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (digits
 * and capitals without I, O, Z, S, V), the last a check character over the first 17 (weights 3^i mod 31).
 */
final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {
  }

  /** Why {@code code} is no credit code, in Chinese, or null when it is one. */
  static String problem(String code) {
    if (code == null || code.isBlank()) {
      return "统一社会信用代码不能为空";
    }
    if (code.length() != 18) {
      return "统一社会信用代码须为 18 位，实为 " + code.length() + " 位";
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return "统一社会信用代码第 " + (i + 1) + " 位字符无效（只用数字和除 I、O、Z、S、V 外的大写字母）";
      }
    }
    return code.charAt(17) == checkCharacter(code) ? null : "统一社会信用代码校验位不正确";
  }

  static boolean isValid(String code) {
    return problem(code) == null;
  }

  /** The check character of the first 17 characters. */
  static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
