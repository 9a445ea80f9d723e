package cn.unionsw.platform.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A worker's daily entries of one year in figures (Art. 25), as the annual proposal reads them: how many entries of
 * each kind, the average rating of each rated kind that has entries (two decimals), and the attendance days of each
 * status; {@link #text()} says the same in one Chinese paragraph for the proposal form.
 *
 * @param counts every kind, 0 where there is none
 * @param averageRatings only the rated kinds with entries
 * @param attendanceDays every status, 0 where there is none
 */
public record DailyEntrySummary(long workerId, int year, int entries, Map<DailyEntryKind, Integer> counts,
    Map<DailyEntryKind, BigDecimal> averageRatings, Map<Attendance, Integer> attendanceDays) {

  public DailyEntrySummary {
    counts = ordered(DailyEntryKind.class, counts);
    averageRatings = ordered(DailyEntryKind.class, averageRatings);
    attendanceDays = ordered(Attendance.class, attendanceDays);
  }

  /** E.g. "2026 年日常评价 9 条：履行岗位职责 3 条，平均 4.33 分；…；出勤情况 4 天，其中出勤 2 天、请假 1 天、缺勤 1 天。" */
  @JsonProperty("text")
  public String text() {
    if (entries == 0) {
      return year + " 年尚无日常评价记录。";
    }
    StringJoiner kinds = new StringJoiner("；", year + " 年日常评价 " + entries + " 条：", "。");
    for (DailyEntryKind kind : DailyEntryKind.values()) {
      int count = counts.getOrDefault(kind, 0);
      if (kind.rated()) {
        BigDecimal average = averageRatings.get(kind);
        kinds.add(kind.label() + " " + count + " 条" + (average == null ? "" : "，平均 " + average.toPlainString()
            + " 分"));
      } else {
        StringJoiner days = new StringJoiner("、", "，其中", "");
        attendanceDays.forEach((status, n) -> days.add(status.label() + " " + n + " 天"));
        kinds.add(kind.label() + " " + count + " 天" + (count == 0 ? "" : days));
      }
    }
    return kinds.toString();
  }

  private static <K extends Enum<K>, V> Map<K, V> ordered(Class<K> type, Map<K, V> values) {
    Map<K, V> copy = new EnumMap<>(type);
    copy.putAll(values);
    return Collections.unmodifiableMap(copy);
  }
}
