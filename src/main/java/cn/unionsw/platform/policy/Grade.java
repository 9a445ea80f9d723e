package cn.unionsw.platform.policy;

import java.util.Locale;

/** Post grades, lowest to highest (Art. 11, 13; CONTRACT.md enumeration). */
public enum Grade {
  ENTRY("初级岗"),
  LEVEL_3("三级岗"),
  LEVEL_2("二级岗"),
  LEVEL_1("一级岗");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The grade a cell names (code in any case, or label: 初级岗 …), or null when it names none. */
  public static Grade parse(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    for (Grade grade : values()) {
      if (grade.name().equals(stripped.toUpperCase(Locale.ROOT)) || grade.label.equals(stripped)) {
        return grade;
      }
    }
    return null;
  }
}
