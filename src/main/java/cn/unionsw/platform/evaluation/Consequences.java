package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.policy.Decisions.ALLOWANCE_TIER;
import static cn.unionsw.platform.policy.Decisions.BONUS_PERCENT;
import static cn.unionsw.platform.policy.Decisions.EVALUATION_CONSEQUENCES;
import static cn.unionsw.platform.policy.Decisions.NEXT_ALLOWANCE_TIER;
import static cn.unionsw.platform.policy.Decisions.NO_PREVIOUS_OUTCOME;
import static cn.unionsw.platform.policy.Decisions.OUTCOME;
import static cn.unionsw.platform.policy.Decisions.PREVIOUS_OUTCOME;
import static cn.unionsw.platform.policy.Decisions.REPLACE_WORKER;
import static cn.unionsw.platform.policy.Decisions.RETRAINING_REQUIRED;

import cn.unionsw.platform.pay.PayCalculator;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentEventKind;
import cn.unionsw.platform.workdays.EngineTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an outcome to the worker (Art. 29): {@code evaluation-consequences} reads this year's outcome, last year's
 * (two BASIC years running replace the worker) and the allowance tier paid this year; the year-end bonus is that
 * percent of the post's monthly wage (table 1) from the pay service on the last day of the year evaluated. The
 * result is written on the evaluation and into the worker's dynamic record. Applying again (an upheld appeal)
 * overwrites the evaluation's consequences and records the change; it reads the same inputs, so it is idempotent.
 * The first application publishes the outcome: the worker sees it from then on, and the appeal window counts from it.
 */
@Service
public class Consequences {

  /** What the outcome means for the worker. */
  public record Applied(Outcome outcome, String previousOutcome, int bonusPercent, BigDecimal bonusAmount,
      int nextAllowanceTier, boolean retrainingRequired, boolean replaceWorker) {
  }

  private final EvaluationMapper evaluations;
  private final PolicyDecisions decisions;
  private final PayCalculator pay;
  private final TalentDatabase talent;
  private final ZoneId zone;

  Consequences(EvaluationMapper evaluations, PolicyDecisions decisions, PayCalculator pay, TalentDatabase talent,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.pay = pay;
    this.talent = talent;
    this.zone = ZoneId.of(zone);
  }

  /** Applies the evaluation's current outcome; {@code by} is recorded as who applied it. */
  @Transactional
  public Applied apply(long evaluationId, String by) {
    AnnualEvaluation evaluation = evaluations.lock(evaluationId);
    if (evaluation == null || evaluation.outcome() == null) {
      throw new IllegalStateException("evaluation " + evaluationId + " has no decided outcome to apply");
    }
    Outcome previous = evaluations.publishedOutcome(evaluation.workerId(), evaluation.year() - 1);
    String previousOutcome = previous == null ? NO_PREVIOUS_OUTCOME : previous.name();
    Map<String, Object> result = decisions.evaluate(EVALUATION_CONSEQUENCES, Map.of(
            OUTCOME, evaluation.outcome().name(),
            PREVIOUS_OUTCOME, previousOutcome,
            ALLOWANCE_TIER, evaluation.allowanceTier()))
        .orElseThrow(() -> new IllegalStateException(EVALUATION_CONSEQUENCES + " has no rule for outcome "
            + evaluation.outcome() + ", previous " + previousOutcome + ", tier " + evaluation.allowanceTier()
            + ": an administrator must mend the deployed table"));
    int bonusPercent = ((Number) result.get(BONUS_PERCENT)).intValue();
    Applied applied = new Applied(evaluation.outcome(), previousOutcome, bonusPercent,
        pay.yearEndBonus(evaluation.unitCode(), evaluation.grade(), evaluation.allowanceTier(),
            LocalDate.of(evaluation.year(), 12, 31), bonusPercent),
        ((Number) result.get(NEXT_ALLOWANCE_TIER)).intValue(),
        Boolean.TRUE.equals(result.get(RETRAINING_REQUIRED)),
        Boolean.TRUE.equals(result.get(REPLACE_WORKER)));
    LocalDateTime now = EngineTime.now(zone);
    boolean again = evaluation.consequencesAt() != null;
    if (!again) {
      evaluations.publish(evaluationId, now);
    }
    evaluations.consequences(evaluationId, previousOutcome, applied.bonusPercent(), applied.bonusAmount(),
        applied.nextAllowanceTier(), applied.retrainingRequired(), applied.replaceWorker(), now);
    talent.record(evaluation.workerId(), TalentEventKind.EVALUATED, now.toLocalDate(),
        describe(evaluation, applied, again), by);
    return applied;
  }

  private static String describe(AnnualEvaluation evaluation, Applied applied, boolean again) {
    StringBuilder text = new StringBuilder()
        .append(evaluation.year()).append(" 年度评价").append(again ? "（申诉改判）" : "").append("：")
        .append(applied.outcome().label())
        .append("；年终奖金按月岗位工资 ").append(applied.bonusPercent()).append("% 计 ")
        .append(applied.bonusAmount().toPlainString()).append(" 元")
        .append("；次年岗位津贴 ").append(applied.nextAllowanceTier()).append(" 档");
    if (applied.retrainingRequired()) {
      text.append("；须参加上岗再培训");
    }
    if (applied.replaceWorker()) {
      text.append("；由承接方更换服务人员");
    }
    return text.toString();
  }
}
