package cn.unionsw.platform.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A region's monthly minimum wage (yuan) from a date on, as the province publishes it (Art. 31, table 1). */
public record MinimumWage(String regionCode, LocalDate effectiveFrom, BigDecimal monthlyAmount, String tierLabel,
    String source, String updatedBy, LocalDateTime updatedAt) implements Regional {
}
