package cn.unionsw.platform.workdays;

import java.time.LocalDate;

/** A day the State Council schedule lists: an official day off, or an adjusted working weekend (调休上班). */
public record SpecialDay(LocalDate calendarDate, boolean offDay, String name) {
}
