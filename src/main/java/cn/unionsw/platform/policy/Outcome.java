package cn.unionsw.platform.policy;

/** Annual evaluation outcomes (Art. 26; CONTRACT.md enumeration). */
public enum Outcome {
  EXCELLENT("优秀"),
  QUALIFIED("合格"),
  BASIC("基本合格"),
  FAILED("不合格");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
