package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Outcome;
import java.time.LocalDateTime;

/**
 * One appeal against a published annual outcome (V47 {@code evaluation_appeal}) with what it concerns: the worker
 * (talent record, account and name), the year, the post's unit and its proposer, and the outcome that stands now.
 * Times are Beijing time. {@code decision} is null until the superior union has answered; the written reply's PDF
 * is read apart ({@link AppealMapper#replyPdf}).
 */
public record Appeal(Long id, Long evaluationId, String processInstanceId, String reason, String filedBy,
    LocalDateTime filedAt, String reviewerCode, LocalDateTime dueAt, Outcome originalOutcome, AppealDecision decision,
    String reply, Outcome revisedOutcome, String repliedBy, LocalDateTime repliedAt, LocalDateTime escalatedAt,
    Long workerId, String workerUserId, String workerName, Integer year, String unitCode, String proposerCode,
    Outcome outcome) {

  public boolean answered() {
    return decision != null;
  }
}
