package cn.unionsw.platform.evaluation;

/**
 * A daily entry as a clerk sends it ({@code POST /api/evaluations/daily}, or the start form of
 * {@code evaluation-daily-entry}, which names the worker by identity number instead of {@code workerId}). The day
 * is text, read strictly by {@link DailyEntries}: Jackson would take {@code 2026-01-01T00:00:00} for a date.
 */
public record NewDailyEntry(Long workerId, String date, DailyEntryKind kind, Integer rating, Attendance attendance,
    String note) {

  NewDailyEntry forWorker(long id) {
    return new NewDailyEntry(id, date, kind, rating, attendance, note);
  }
}
