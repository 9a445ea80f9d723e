package cn.unionsw.platform.evaluation;

/**
 * What a daily entry records (Art. 23: the host unit's daily evaluation of duties, tasks, goals and attendance).
 * Duties, tasks and goals are rated 1 (poor) to 5 (excellent); attendance is a day's status instead.
 */
public enum DailyEntryKind {
  DUTY("职责履行"),
  TASK("工作任务"),
  GOAL("目标完成"),
  ATTENDANCE("考勤");

  private final String label;

  DailyEntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether an entry of this kind carries a rating (and no attendance). */
  public boolean rated() {
    return this != ATTENDANCE;
  }
}
