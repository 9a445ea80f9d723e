package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One worker's evaluation of one year, as stored (V47): the proposal's facts, the suggestion, the decision (and, after
 * an upheld appeal, the revised {@code outcome}), and the consequences applied. {@code previousOutcome} is null until
 * the consequences are applied, then an outcome name or {@code NONE}.
 */
public record AnnualEvaluation(Long id, Long roundId, Long workerId, Integer year, String unitCode,
    String proposerCode, Grade grade, Integer allowanceTier, String processInstanceId, EvaluationStatus status,
    BigDecimal score, BigDecimal satisfactionRate, Integer unreportedIncidents, Boolean keyTasksCompleted,
    Boolean seriousMisconduct, Boolean incompetent, Boolean severe, String proposalNote, String proposedBy,
    LocalDateTime proposedAt, Outcome suggestedOutcome, Outcome decidedOutcome, Outcome outcome, String decidedBy,
    LocalDateTime publishedAt, String previousOutcome, Integer bonusPercent, BigDecimal bonusAmount,
    Integer nextAllowanceTier, Boolean retrainingRequired, Boolean replaceWorker, LocalDateTime consequencesAt) {
}
