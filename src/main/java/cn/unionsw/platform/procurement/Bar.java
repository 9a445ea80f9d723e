package cn.unionsw.platform.procurement;

import java.time.LocalDateTime;

/** Art. 30: a contractor barred in a whole province, by whom and when (Beijing time). */
public record Bar(String provinceCode, String reason, LocalDateTime barredAt, String barredBy) {
}
