package cn.unionsw.platform.evaluation;

/** How the superior union answers an appeal (CONTRACT.md): the appeal holds and the outcome is revised, or not. */
public enum AppealDecision {
  UPHOLD("申诉成立，予以改判"),
  DISMISS("申诉不成立，维持原评价结果");

  private final String label;

  AppealDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
