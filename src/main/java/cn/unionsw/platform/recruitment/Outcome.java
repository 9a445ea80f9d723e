package cn.unionsw.platform.recruitment;

/** Where a candidate stands: still in the stages, ended by a stage with its reason, or on post. */
public enum Outcome {
  IN_PROGRESS("进行中"), FAILED("未通过"), HIRED("已上岗");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
