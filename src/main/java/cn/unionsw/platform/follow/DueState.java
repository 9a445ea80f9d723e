package cn.unionsw.platform.follow;

/** Where an open step stands against its due date, as the applicant sees it beside the step. */
enum DueState {
  /** Past its due date, or flagged overdue (or escalated) by the deadline timers. */
  OVERDUE("已超期"),
  /** Due by the end of the second working day from today, or flagged due today by the reminder timer. */
  DUE_SOON("即将到期"),
  ON_TIME("未到期"),
  /** The step has no due date. */
  NONE("无期限");

  private final String label;

  DueState(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Whether the applicant may urge its holders (催办): due soon or overdue. */
  boolean urgeable() {
    return this == OVERDUE || this == DUE_SOON;
  }
}
