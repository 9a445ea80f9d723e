package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A post-service contract between a purchaser and a contractor for a three-year term ({@code startsOn} to
 * {@code endsOn}, both days included). A transfer (Art. 22) or a termination (Art. 30) ends it on {@code endedOn};
 * a successor contract names it as its {@code predecessorId} and serves the same posts for the rest of the term.
 */
public record Contract(long id, String contractNumber, long roundId, String purchaserCode, long contractorId,
    String contractorCreditCode, String contractorName, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
    ContractStatus status, LocalDateTime signedAt, Long predecessorId, LocalDate endedOn, String endReason,
    List<Long> postIds) {
}
