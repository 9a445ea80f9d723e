package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.REVISED_OUTCOME;

import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * answer-appeal, in one transaction under the evaluation's row lock: the answer and the written reply (书面答复, a PDF
 * kept with the appeal); for an upheld appeal the revised outcome and its consequences applied again (Art. 29); then,
 * if the evaluation's own instance already waits for the answer (the appeal window ended first), the message that
 * lets it go on. If it does not wait, it will read this answer under the same lock when the window ends.
 */
@Component
class AppealAnswer {

  private final EvaluationMapper evaluations;
  private final AppealMapper appeals;
  private final Consequences consequences;
  private final AppealReplyPdf pdf;
  private final RuntimeService runtime;
  private final EvaluationRoundMapper rounds;

  AppealAnswer(EvaluationMapper evaluations, AppealMapper appeals, Consequences consequences, AppealReplyPdf pdf,
      RuntimeService runtime, EvaluationRoundMapper rounds) {
    this.evaluations = evaluations;
    this.appeals = appeals;
    this.consequences = consequences;
    this.pdf = pdf;
    this.runtime = runtime;
    this.rounds = rounds;
  }

  @Transactional
  Appeal give(long appealId, String caseNumber, AppealDecision decision, String reply, Outcome revisedOutcome, String by,
      LocalDateTime at) {
    Appeal filed = appeals.find(appealId);
    if (filed == null) {
      throw new IllegalStateException("appeal " + appealId + " of a running case is not recorded");
    }
    if (filed.filedBy().equals(by)) {
      throw Refusal.forbidden("申诉人不能答复本人提出的申诉");
    }
    AnnualEvaluation evaluation = evaluations.lock(filed.evaluationId());
    // Outcomes are declared best first: an upheld appeal is decided in the worker's favour.
    if (decision == AppealDecision.UPHOLD && revisedOutcome.ordinal() >= evaluation.outcome().ordinal()) {
      throw Refusal.invalid(REVISED_OUTCOME.name(), "申诉成立时，改判结果须优于现评价结果（" + evaluation.outcome().label()
          + "）");
    }
    if (decision == AppealDecision.UPHOLD && revisedOutcome == Outcome.EXCELLENT) {
      // Art. 26 holds for appeals too: only the city grants EXCELLENT, and within its round's cap.
      EvaluationRoundMapper.Round round = rounds.lock(evaluation.roundId()).orElseThrow(() ->
          new IllegalStateException("round " + evaluation.roundId() + " is gone"));
      if (!round.cityCode().equals(filed.reviewerCode())) {
        throw Refusal.invalid(REVISED_OUTCOME.name(), "优秀等次只能由市级工会评定（第二十六条），申诉成立时可改判为合格");
      }
      CityDecision.requireWithinCap(round, rounds.excellentDecided(round.id()), 1, REVISED_OUTCOME.name());
    }
    byte[] document = pdf.render(filed, caseNumber, decision, reply, revisedOutcome, at);
    if (appeals.answer(appealId, decision, reply, revisedOutcome, by, at, document) != 1) {
      throw Refusal.conflict("appeal_answered", "此申诉已经答复");
    }
    if (decision == AppealDecision.UPHOLD) {
      appeals.revise(evaluation.id(), revisedOutcome);
      consequences.apply(evaluation.id(), by);
    }
    String instance = evaluation.processInstanceId();
    if (instance != null && waitsForAnswer(instance)) {
      runtime.createMessageCorrelation(AppealProcess.ANSWERED_MESSAGE).processInstanceId(instance).correlate();
    }
    return appeals.find(appealId);
  }

  private boolean waitsForAnswer(String processInstanceId) {
    EventSubscription waiting = runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
        .eventType("message").eventName(AppealProcess.ANSWERED_MESSAGE).activityId(AppealProcess.WAIT_ACTIVITY)
        .singleResult();
    return waiting != null;
  }
}
