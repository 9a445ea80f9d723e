package cn.unionsw.platform.talent;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of a worker's dynamic record: what happened on which day, in words, and who wrote it down when. */
public record TalentEvent(Long id, Long workerId, TalentEventKind kind, LocalDate happenedOn, String detail,
    String recordedBy, LocalDateTime recordedAt) {
}
