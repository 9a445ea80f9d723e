package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;

/**
 * One worker's annual evaluation as the results sheet shows it: the evaluation with the union that proposed it, the
 * post's unit, the worker's name and identity number, and the appeal against it if there is one ({@code appealId}
 * null when none; {@code appealDecision} null while it is under review, else UPHOLD or DISMISS).
 */
record EvaluationResultRow(Long evaluationId, String proposerCode, String proposerName, OrgType proposerType,
    String unitCode, String unitName, String name, String identityNumber, Grade grade, BigDecimal score,
    BigDecimal satisfactionRate, Outcome suggestedOutcome, Outcome decidedOutcome, Outcome outcome,
    EvaluationStatus status, BigDecimal bonusAmount, Integer nextAllowanceTier, Boolean retrainingRequired,
    Boolean replaceWorker, Long appealId, String appealDecision, Outcome revisedOutcome) {
}
