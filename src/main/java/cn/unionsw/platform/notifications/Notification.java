package cn.unionsw.platform.notifications;

import java.time.LocalDateTime;

/** A notice as kept for its user: when it was sent, and when they read it (null while unread). */
public record Notification(long id, String userId, String kind, String message, String caseNumber,
    String processInstanceId, String taskId, LocalDateTime createdAt, LocalDateTime readAt) {
}
