package cn.unionsw.platform.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A region's employer social-insurance rate and contractor management-fee rate from a date on, as fractions
 * ({@code 0.2600} = 26 %). Both are part of the standard cost the levels share (Art. 21, 32).
 */
public record EmployerRate(String regionCode, LocalDate effectiveFrom, BigDecimal socialInsuranceRate,
    BigDecimal managementFeeRate, String source, String updatedBy, LocalDateTime updatedAt) implements Regional {
}
