package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a purchaser signs with the winner of a purchase round (Art. 21(三)): the round and its case number, the
 * purchaser (a county, or a city for its own posts, Art. 17), the contractor, the amount for the whole three-year
 * term in yuan, the first day of service and the posts served.
 */
public record ContractTerms(long roundId, String caseNumber, String purchaserCode, long contractorId,
    BigDecimal amount, LocalDate startsOn, List<Long> postIds) {
}
