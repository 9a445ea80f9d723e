package cn.unionsw.platform.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A figure kept per region (an organisation code) with an effective date. For a unit and a date, the most
 * specific region of the unit's chain (county before city before province) with a row in force applies.
 */
interface Regional {

  String regionCode();

  LocalDate effectiveFrom();

  /** {@code HE-SJZ-ZD-ZDZ} → {@code [HE-SJZ-ZD-ZDZ, HE-SJZ-ZD, HE-SJZ, HE]}. */
  static List<String> chain(String code) {
    List<String> chain = new ArrayList<>();
    for (String c = code; c != null; c = c.lastIndexOf('-') < 0 ? null : c.substring(0, c.lastIndexOf('-'))) {
      chain.add(c);
    }
    return chain;
  }

  /** Among rows of the unit's chain in force on the date (effective_from ≤ date): the most specific, latest. */
  static <T extends Regional> Optional<T> applicable(Collection<T> rows, LocalDate date) {
    return rows.stream()
        .filter(row -> !row.effectiveFrom().isAfter(date))
        .max(Comparator.<T>comparingInt(row -> row.regionCode().length()).thenComparing(Regional::effectiveFrom));
  }
}
