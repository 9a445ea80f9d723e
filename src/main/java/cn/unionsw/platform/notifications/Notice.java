package cn.unionsw.platform.notifications;

/**
 * What a feature tells one user: a kind (URGE, COPY, …: upper-case, the sender's), the text as the user reads it, and
 * the case and task it is about, if any.
 */
public record Notice(String userId, String kind, String message, String caseNumber, String processInstanceId,
    String taskId) {
}
