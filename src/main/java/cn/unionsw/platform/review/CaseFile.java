package cn.unionsw.platform.review;

import java.time.LocalDateTime;

/** One case as the kernel files it: its number, who started it from which organisation, and when. */
public record CaseFile(String processInstanceId, String processKey, String caseNumber, String starterId,
    String starterOrg, LocalDateTime createdAt) {
}
