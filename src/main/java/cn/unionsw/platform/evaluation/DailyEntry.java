package cn.unionsw.platform.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One daily entry as stored (V47 {@code evaluation_daily_entry}): a rating of 1–5 for a duty, task or goal, or a
 * day's attendance, with the host unit's note, who recorded it and when (Beijing time).
 */
public record DailyEntry(Long id, Long workerId, LocalDate date, DailyEntryKind kind, Integer rating,
    Attendance attendance, String note, String recordedBy, LocalDateTime recordedAt) {
}
