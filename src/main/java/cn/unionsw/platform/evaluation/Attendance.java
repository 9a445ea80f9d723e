package cn.unionsw.platform.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

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

  /** Exactly a constant's name, as JSON sends it: Jackson alone would take "0" for the first constant. */
  @JsonCreator
  static Attendance named(String name) {
    return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a Attendance: " + name));
  }
}
