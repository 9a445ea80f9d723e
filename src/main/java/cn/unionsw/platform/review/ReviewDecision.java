package cn.unionsw.platform.review;

/** What every review task completes with (CONTRACT.md): approve, reject (with reason) or return for revision. */
public enum ReviewDecision {
  APPROVE("同意"),
  REJECT("不同意"),
  RETURN("退回修改");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
