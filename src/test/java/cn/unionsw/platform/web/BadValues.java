package cn.unionsw.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Values no field should accept, by the kind of field: the raw material of {@link BadInputIT}. */
final class BadValues {

  static final String HUGE = "x".repeat(100_000);
  /** Long, but inside Tomcat's 8 KB request head: it reaches the application, which must not quote it whole. */
  static final String LONG_IN_URL = "y".repeat(7_000);
  static final String FOUR_BYTE = "𠀀😀𝄞";
  static final String LONE_SURROGATE = "\ud800";

  /** SQL, FEEL/JUEL and markup: harmless as text, never valid as a code, a number, a date or a choice. */
  static final List<String> INJECTIONS = List.of("' OR 1=1 --", "${1+1}", "'; DROP TABLE org_unit; --", "#{7*7}",
      "${execution.getProcessEngineServices().getRuntimeService()}", "<script>alert(1)</script>", "{{7*7}}");

  /** Text that is odd in itself: full-width digits are digits to Java's Integer.valueOf. */
  static final List<String> ODD = List.of("null", "NaN", FOUR_BYTE, "\u0000", "../../etc/passwd", "０１２");

  private BadValues() {
  }

  /** Organisation codes ({@code HE-SJZ-ZD}). */
  static List<String> codes() {
    return join(INJECTIONS, ODD, List.of("he-sjz", "HE--SJZ", "HE-SJZ-", "A".repeat(13), LONG_IN_URL, " "));
  }

  /** Whole numbers from {@code min} to {@code max}: just outside, far outside, not whole, not numbers. */
  static List<String> ints(long min, long max) {
    return join(List.of(String.valueOf(min - 1), String.valueOf(max + 1), "-2147483649", "4294967297",
        "99999999999999999999", "1.5", "1e309", "0x10", "abc", LONG_IN_URL), INJECTIONS.subList(0, 3),
        List.of("０１２", FOUR_BYTE, "\u0000"));
  }

  /** Amounts up to {@code max} with at most {@code scale} decimals. */
  static List<String> decimals(String tooMuch, String tooPrecise) {
    return join(List.of("-0.01", tooMuch, tooPrecise, "1e309", "NaN", "Infinity", "abc", "0x1p3",
        "99999999999999999999999999", "1,5", LONG_IN_URL), INJECTIONS.subList(0, 3), List.of("０１２", FOUR_BYTE));
  }

  /** ISO dates ({@code 2026-09-24}) from {@code first} to {@code last}. */
  static List<String> dates(LocalDate first, LocalDate last) {
    return join(List.of(first.minusDays(1).toString(), last.plusDays(1).toString(), "2026-02-30", "2026-13-01",
        "99999-01-01", "+99999-01-01", "+999999999-12-31", "-0001-01-01", "2026-1-1", "20260101",
        "2026-01-01T00:00:00", LONG_IN_URL, " "), INJECTIONS.subList(0, 3), List.of(FOUR_BYTE, "\u0000"));
  }

  /** A choice among upper-case names ({@code ENTRY}): other spellings, other names, numbers. */
  static List<String> choices() {
    return join(List.of("entry", "NOT_A_VALUE", "0", LONG_IN_URL), INJECTIONS, ODD);
  }

  /** Ids of things (tasks, process instances): none of these names one. */
  static List<String> ids() {
    return join(INJECTIONS, ODD, List.of("00000000-0000-0000-0000-000000000000", LONG_IN_URL));
  }

  /** JSON values of the wrong kind for a text field. */
  static List<String> notText() {
    return List.of("123", "true", "[]", "{}", "[\"a\"]", "{\"a\":1}");
  }

  /** JSON values of the wrong kind, or out of range, for a whole-number field from {@code min} to {@code max}. */
  static List<String> notInt(long min, long max) {
    return List.of(String.valueOf(min - 1), String.valueOf(max + 1), "4294967297", "-2147483649",
        "99999999999999999999", "1.5", "1e309", "\"abc\"", "true", "[]", "{}", "\"${1}\"", "\"\"");
  }

  /** JSON values that are no choice among upper-case names (a query's choice is trimmed first; JSON's is not). */
  static List<String> notChoice() {
    return Stream.concat(Stream.of("0", "1", "true", "[]", "{}", "\"\"", "\" ENTRY\""), choices().stream()
        .filter(v -> !v.equals(LONG_IN_URL)).map(BadRequest::quoted)).toList();
  }

  @SafeVarargs
  static List<String> join(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
