package cn.unionsw.platform.policy;

import java.time.LocalDateTime;

/** One per-province policy setting, e.g. {@code HE / quota-decision = post-quota}. */
public record PolicySetting(String provinceCode, String settingKey, String settingValue, String updatedBy,
    LocalDateTime updatedAt) {
}
