package cn.unionsw.platform.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The host unit's daily entries of a worker's year (Art. 23) in one paragraph, for the proposer's form: how many
 * entries of each kind, their average rating, and the attendance days.
 */
@Component("evaluationDailySummary")
class DailySummary {

  /** The kinds of daily entry (V47 {@code evaluation_daily_entry.kind}) and attendance, as the form names them. */
  enum Kind {
    DUTY("岗位职责"), TASK("工作任务"), GOAL("工作目标"), ATTENDANCE("考勤");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private static final Map<String, String> ATTENDANCE = Map.of("PRESENT", "出勤", "LEAVE", "请假", "ABSENT", "缺勤");

  private final EvaluationMapper evaluations;

  DailySummary(EvaluationMapper evaluations) {
    this.evaluations = evaluations;
  }

  String of(long workerId, int year) {
    List<EvaluationMapper.DailyTally> tallies = evaluations.dailyTally(workerId, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
    if (tallies.isEmpty()) {
      return year + " 年没有日常评价记录（由用人单位日常登记）";
    }
    Map<Kind, Integer> entries = new EnumMap<>(Kind.class);
    Map<String, Integer> days = new java.util.LinkedHashMap<>();
    int ratings = 0;
    int ratingSum = 0;
    for (EvaluationMapper.DailyTally tally : tallies) {
      Kind kind = known(tally.kind());
      if (kind != null) {
        entries.merge(kind, tally.entries(), Integer::sum);
      }
      if (kind == Kind.ATTENDANCE && tally.attendance() != null) {
        days.merge(tally.attendance(), tally.entries(), Integer::sum);
      }
      if (kind != Kind.ATTENDANCE) {
        ratings += tally.ratings();
        ratingSum += tally.ratingSum();
      }
    }
    StringBuilder text = new StringBuilder(year + " 年日常评价：");
    for (Kind kind : Kind.values()) {
      text.append(kind.label).append(' ').append(entries.getOrDefault(kind, 0)).append(" 条")
          .append(kind == Kind.ATTENDANCE ? "" : "，");
    }
    text.append("；平均评分 ").append(ratings == 0 ? "—" : String.format("%.1f", (double) ratingSum / ratings))
        .append("（满分 5 分，共 ").append(ratings).append(" 条评分）；");
    List<String> marks = List.of("PRESENT", "LEAVE", "ABSENT");
    for (String mark : marks) {
      text.append(ATTENDANCE.get(mark)).append(' ').append(days.getOrDefault(mark, 0)).append(" 天")
          .append(mark.equals("ABSENT") ? "" : "，");
    }
    return text.toString();
  }

  private static Kind known(String kind) {
    for (Kind k : Kind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }
}
