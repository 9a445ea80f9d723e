package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The annual evaluations (V47 {@code annual_evaluation}); rounds, appeals and daily entries have their own. */
@Mapper
public interface EvaluationMapper {

  String EVALUATION = "select id, round_id, worker_id, year, unit_code, proposer_code, grade, allowance_tier, "
      + "process_instance_id, status, score, satisfaction_rate, unreported_incidents, key_tasks_completed, "
      + "serious_misconduct, incompetent, severe, proposal_note, proposed_by, proposed_at, suggested_outcome, "
      + "decided_outcome, outcome, decided_by, published_at, previous_outcome, bonus_percent, bonus_amount, "
      + "next_allowance_tier, retraining_required, replace_worker, consequences_at from annual_evaluation ";

  @Select(EVALUATION + "where id = #{id}")
  AnnualEvaluation find(@Param("id") long id);

  /** The row, held until the transaction ends: a decision, an appeal and the consequences change it one at a time. */
  @Select(EVALUATION + "where id = #{id} for update")
  AnnualEvaluation lock(@Param("id") long id);

  @Select(EVALUATION + "where worker_id = #{workerId} and year = #{year}")
  AnnualEvaluation ofWorker(@Param("workerId") long workerId, @Param("year") int year);

  @Select(EVALUATION + "where process_instance_id = #{id}")
  AnnualEvaluation ofInstance(@Param("id") String processInstanceId);

  /** The outcome that stands for a worker's year (the decided or revised one), null when none is published. */
  @Select("select outcome from annual_evaluation where worker_id = #{workerId} and year = #{year} "
      + "and status in ('DECIDED', 'FINAL')")
  Outcome publishedOutcome(@Param("workerId") long workerId, @Param("year") int year);

  /** What evaluation-consequences made of the outcome, and when. */
  @Update("update annual_evaluation set previous_outcome = #{previousOutcome}, bonus_percent = #{bonusPercent}, "
      + "bonus_amount = #{bonusAmount}, next_allowance_tier = #{nextAllowanceTier}, "
      + "retraining_required = #{retrainingRequired}, replace_worker = #{replaceWorker}, consequences_at = #{at} "
      + "where id = #{id}")
  int consequences(@Param("id") long id, @Param("previousOutcome") String previousOutcome,
      @Param("bonusPercent") int bonusPercent, @Param("bonusAmount") BigDecimal bonusAmount,
      @Param("nextAllowanceTier") int nextAllowanceTier, @Param("retrainingRequired") boolean retrainingRequired,
      @Param("replaceWorker") boolean replaceWorker, @Param("at") LocalDateTime at);
}
