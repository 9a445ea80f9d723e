package cn.unionsw.platform.evaluation;

/** A day's attendance in a daily entry of kind {@link DailyEntryKind#ATTENDANCE}. */
public enum Attendance {
  PRESENT("出勤"),
  LEAVE("请假"),
  ABSENT("缺勤");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
