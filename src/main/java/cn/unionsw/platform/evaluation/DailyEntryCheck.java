package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a daily entry must be in itself, whoever sends it (the API's body, Tasklist's start form): a day written
 * 2026-01-31 and not in the future, a kind, a rating of 1–5 for duties, tasks and goals or a status for attendance
 * (never both), a note of 1–{@value #MAX_NOTE} characters (𠮷 counting one) without control characters. Each refusal
 * names its field. Whether the worker was on post that day is for {@link DailyEntries}, which knows the worker.
 */
final class DailyEntryCheck {

  static final int MAX_NOTE = 1000;

  private DailyEntryCheck() {
  }

  /** The day, read strictly, not after {@code today}. */
  static LocalDate day(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalid("date", "须填写日期");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid("date", "须为 2026-01-31 格式的日期，收到 " + Problems.quote(text));
    }
    if (date.isAfter(today)) {
      throw Refusal.invalid("date", "日期 " + date + " 晚于今天");
    }
    return date;
  }

  /** Duties, tasks and goals are rated 1–5 and have no attendance; attendance has a status and no rating. */
  static void content(NewDailyEntry entry) {
    DailyEntryKind kind = entry.kind();
    if (kind == null) {
      throw Refusal.invalid("kind", "须为 DUTY（履行岗位职责）、TASK（完成日常工作任务）、GOAL（完成阶段工作目标）或 ATTENDANCE（出勤情况）");
    }
    if (kind.rated()) {
      if (entry.rating() == null || entry.rating() < 1 || entry.rating() > 5) {
        throw Refusal.invalid("rating", kind.label() + "须评 1 至 5 分" + (entry.rating() == null ? ""
            : "，收到 " + entry.rating()));
      }
      if (entry.attendance() != null) {
        throw Refusal.invalid("attendance", kind.label() + "不登记出勤；出勤情况请另记一条 ATTENDANCE");
      }
    } else {
      if (entry.rating() != null) {
        throw Refusal.invalid("rating", "出勤情况不评分");
      }
      if (entry.attendance() == null) {
        throw Refusal.invalid("attendance", "出勤情况须为 PRESENT（出勤）、LEAVE（请假）或 ABSENT（缺勤）");
      }
    }
    String note = entry.note();
    if (note == null || note.isBlank()) {
      throw Refusal.invalid("note", "须填写评价说明");
    }
    int length = note.strip().codePointCount(0, note.strip().length());
    if (length > MAX_NOTE) {
      throw Refusal.invalid("note", "最多 " + MAX_NOTE + " 个字，收到 " + length + " 个");
    }
    if (note.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
        || Character.getType(c) == Character.SURROGATE)) {
      throw Refusal.invalid("note", "含有控制字符或残缺字符，请删去");
    }
  }
}
