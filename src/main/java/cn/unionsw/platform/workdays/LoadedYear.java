package cn.unionsw.platform.workdays;

import java.time.LocalDateTime;

/** A year whose State Council schedule is loaded, with where it came from. */
public record LoadedYear(int calendarYear, String source, String loadedBy, LocalDateTime loadedAt, int dayCount) {
}
