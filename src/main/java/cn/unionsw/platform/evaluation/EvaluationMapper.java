package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
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

  /**
   * Published: the worker can read the outcome and its consequences from now on, and the appeal window counts from
   * here (Art. 28), not from the city's decision, whose batch and consequences may take a while to reach them.
   */
  @Update("update annual_evaluation set published_at = #{at} where id = #{id}")
  int publish(@Param("id") long id, @Param("at") LocalDateTime at);

  /** What evaluation-consequences made of the outcome, and when. */
  @Update("update annual_evaluation set previous_outcome = #{previousOutcome}, bonus_percent = #{bonusPercent}, "
      + "bonus_amount = #{bonusAmount}, next_allowance_tier = #{nextAllowanceTier}, "
      + "retraining_required = #{retrainingRequired}, replace_worker = #{replaceWorker}, consequences_at = #{at} "
      + "where id = #{id}")
  int consequences(@Param("id") long id, @Param("previousOutcome") String previousOutcome,
      @Param("bonusPercent") int bonusPercent, @Param("bonusAmount") BigDecimal bonusAmount,
      @Param("nextAllowanceTier") int nextAllowanceTier, @Param("retrainingRequired") boolean retrainingRequired,
      @Param("replaceWorker") boolean replaceWorker, @Param("at") LocalDateTime at);

  /** The facts a proposer records (Art. 26-27), the inputs of evaluation-outcome; score and rate to two decimals. */
  record ProposalFacts(BigDecimal score, BigDecimal satisfactionRate, int unreportedIncidents,
      boolean keyTasksCompleted, boolean seriousMisconduct, boolean incompetent, boolean severe, String note) {
  }

  /** The proposal and evaluation-outcome's suggestion; only once, while the evaluation waits for it. */
  @Update("update annual_evaluation set score = #{f.score}, satisfaction_rate = #{f.satisfactionRate}, "
      + "unreported_incidents = #{f.unreportedIncidents}, key_tasks_completed = #{f.keyTasksCompleted}, "
      + "serious_misconduct = #{f.seriousMisconduct}, incompetent = #{f.incompetent}, severe = #{f.severe}, "
      + "proposal_note = #{f.note}, suggested_outcome = #{suggested}, proposed_by = #{by}, proposed_at = #{at}, "
      + "status = 'PROPOSED' where id = #{id} and status = 'STARTED'")
  int propose(@Param("id") long id, @Param("f") ProposalFacts facts, @Param("suggested") Outcome suggested,
      @Param("by") String by, @Param("at") LocalDateTime at);

  /** The outcome stands: the appeal window closed, or the appeal was answered. */
  @Update("update annual_evaluation set status = 'FINAL' where id = #{id} and status = 'DECIDED'")
  int makeFinal(@Param("id") long id);

  /** Appeals against the evaluation not answered yet (evaluation-appeal writes them; one per evaluation). */
  @Select("select count(*) from evaluation_appeal where evaluation_id = #{id} and decision is null")
  int unansweredAppeals(@Param("id") long id);

  String VIEW = "select e.id, e.round_id, e.year, e.worker_id, w.name as worker_name, w.user_id as worker_user_id, "
      + "e.unit_code, u.name as unit_name, e.proposer_code, e.grade, e.allowance_tier, e.status, e.score, "
      + "e.satisfaction_rate, e.unreported_incidents, e.key_tasks_completed, e.serious_misconduct, e.incompetent, "
      + "e.severe, e.proposal_note, e.proposed_by, e.proposed_at, e.suggested_outcome, e.decided_outcome, e.outcome, "
      + "e.decided_by, e.published_at, e.previous_outcome, e.bonus_percent, e.bonus_amount, e.next_allowance_tier, "
      + "e.retraining_required, e.replace_worker, e.consequences_at, e.process_instance_id from annual_evaluation e "
      + "join talent_worker w on w.id = e.worker_id join org_unit u on u.code = e.unit_code ";

  @Select(VIEW + "where e.id = #{id}")
  EvaluationView view(@Param("id") long id);

  /**
   * Evaluations of units at or below {@code orgCode} (all when null), of the worker whose account is
   * {@code userId} (any when null), of a year (any when null), by year, unit and name (EvaluationMapper.xml).
   */
  List<EvaluationView> views(@Param("orgCode") String orgCode, @Param("userId") String userId,
      @Param("year") Integer year, @Param("limit") int limit);
}
