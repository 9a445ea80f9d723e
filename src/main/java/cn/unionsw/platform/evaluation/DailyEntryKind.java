package cn.unionsw.platform.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/**
 * What a daily entry records (Art. 25: the host unit's daily evaluation weighs how the worker fulfils the post's
 * duties, completes the daily tasks and reaches the stage goals, and their attendance), labelled in the article's
 * words. Duties, tasks and goals are rated 1 (poor) to 5 (excellent); attendance is a day's status instead.
 */
public enum DailyEntryKind {
  DUTY("履行岗位职责"),
  TASK("完成日常工作任务"),
  GOAL("完成阶段工作目标"),
  ATTENDANCE("出勤情况");

  private final String label;

  DailyEntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Exactly a constant's name, as JSON sends it: Jackson alone would take "0" for the first constant. */
  @JsonCreator
  static DailyEntryKind named(String name) {
    return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a DailyEntryKind: " + name));
  }

  /** Whether an entry of this kind carries a rating (and no attendance). */
  public boolean rated() {
    return this != ATTENDANCE;
  }
}
