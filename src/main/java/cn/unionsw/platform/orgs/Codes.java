package cn.unionsw.platform.orgs;

import java.util.regex.Pattern;

/** Organisation codes: upper-case letters and digits in hyphen-separated segments, nesting by prefix. */
public final class Codes {

  public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,12}(-[A-Z0-9]{1,12}){0,4}");

  private Codes() {
  }

  public static boolean isValid(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }

  /** {@code HE-SJZ} contains {@code HE-SJZ} and {@code HE-SJZ-ZD}, not {@code HE-SJZX}. */
  public static boolean contains(String ancestor, String code) {
    return code.equals(ancestor) || code.startsWith(ancestor + "-");
  }

  /** The province of a code: its first segment ({@code HE} of {@code HE-SJZ-ZD-ZDZ}). */
  public static String provinceOf(String code) {
    int cut = code.indexOf('-');
    return cut < 0 ? code : code.substring(0, cut);
  }

  /** The code one level up, or null for a top-level code. */
  public static String parentOf(String code) {
    int cut = code.lastIndexOf('-');
    return cut < 0 ? null : code.substring(0, cut);
  }
}
