package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Grade;
import com.fasterxml.jackson.annotation.JsonProperty;
import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One evaluation as {@code /api/evaluations} shows it: the stored evaluation with the worker's name, the unit's name
 * and the worker's account (whose own evaluation it is).
 */
public record EvaluationView(Long id, Long roundId, Integer year, Long workerId, String workerName,
    String workerUserId, String unitCode, String unitName, String proposerCode, Grade grade, Integer allowanceTier,
    EvaluationStatus status, BigDecimal score, BigDecimal satisfactionRate, Integer unreportedIncidents,
    Boolean keyTasksCompleted, Boolean seriousMisconduct, Boolean incompetent, Boolean severe, String proposalNote,
    String proposedBy, LocalDateTime proposedAt, Outcome suggestedOutcome, Outcome decidedOutcome, Outcome outcome,
    String decidedBy, LocalDateTime publishedAt, String previousOutcome, Integer bonusPercent, BigDecimal bonusAmount,
    Integer nextAllowanceTier, Boolean retrainingRequired, Boolean replaceWorker, LocalDateTime consequencesAt,
    String processInstanceId) {

  /** 待评价, 待市级审定, 已公布, 已确定. */
  @JsonProperty("statusLabel")
  public String statusLabel() {
    return status == null ? null : status.label();
  }

  /** 优秀, 合格, 基本合格, 不合格; null until decided. */
  @JsonProperty("outcomeLabel")
  public String outcomeLabel() {
    return outcome == null ? null : outcome.label();
  }
}
