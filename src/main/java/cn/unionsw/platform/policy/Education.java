package cn.unionsw.platform.policy;

import java.util.Locale;
import java.util.Map;

/**
 * Highest education, lowest to highest (CONTRACT.md enumeration; Art. 15 asks for 大专 or higher, which
 * {@code candidate-eligibility} decides). Files may name it by code or in Chinese, as a union office writes it.
 */
public enum Education {
  BELOW_COLLEGE("大专以下"),
  COLLEGE("大专"),
  BACHELOR("本科"),
  MASTER("硕士"),
  DOCTOR("博士");

  /** Chinese names beside the labels: what a registration form or a personnel file says. */
  private static final Map<String, Education> SYNONYMS = Map.ofEntries(
      Map.entry("初中", BELOW_COLLEGE), Map.entry("高中", BELOW_COLLEGE), Map.entry("中专", BELOW_COLLEGE),
      Map.entry("技校", BELOW_COLLEGE), Map.entry("职高", BELOW_COLLEGE),
      Map.entry("专科", COLLEGE), Map.entry("大学专科", COLLEGE),
      Map.entry("大学本科", BACHELOR),
      Map.entry("研究生", MASTER), Map.entry("硕士研究生", MASTER),
      Map.entry("博士研究生", DOCTOR));

  private final String label;

  Education(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The education a cell names (code in any case, label or synonym), or null when it names none. */
  public static Education parse(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    for (Education education : values()) {
      if (education.label.equals(stripped) || education.name().equals(stripped.toUpperCase(Locale.ROOT))) {
        return education;
      }
    }
    return SYNONYMS.get(stripped);
  }
}
