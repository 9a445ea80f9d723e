package cn.unionsw.platform.evaluation;

/** Where a worker's annual evaluation stands (column {@code annual_evaluation.status}). */
public enum EvaluationStatus {
  /** The instance is started; the proposer has not proposed yet. */
  STARTED("待评价"),
  /** The proposer recorded the facts; evaluation-outcome suggested an outcome; the city has not decided. */
  PROPOSED("待市级审定"),
  /** The city decided and the outcome is published: the consequences are applied, the worker may appeal. */
  DECIDED("已公布"),
  /** The appeal window closed, or the appeal was answered: the outcome stands. */
  FINAL("已确定");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
