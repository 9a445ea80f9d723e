package cn.unionsw.platform.policy;

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
}
