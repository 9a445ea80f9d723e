package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * A city's round of a year (V47 {@code evaluation_round}) and what is done to its evaluations together: opened whole,
 * started a chunk at a time, decided a proposer at a time. Longer statements are in EvaluationRoundMapper.xml.
 */
@Mapper
public interface EvaluationRoundMapper {

  /** A round as stored. */
  record Round(Long id, String cityCode, Integer year, Integer participants, Integer started,
      String processInstanceId, String createdBy, LocalDateTime createdAt) {
  }

  String ROUND = "select id, city_code, year, participants, started, process_instance_id, created_by, created_at "
      + "from evaluation_round ";

  /** A worker on post under the city when the round opens, with the allowance tier of this year. */
  record Participant(Long workerId, String unitCode, Grade grade, Integer allowanceTier) {
  }

  /** One row of an evaluation about to be written. */
  record NewEvaluation(Long workerId, String unitCode, String proposerCode, Grade grade, Integer allowanceTier) {
  }

  /** An evaluation of the round not started yet. */
  record Unstarted(Long id, Integer year, String proposerCode) {
  }

  /** One proposer's evaluations as the city's decision form lists them. */
  record Proposal(Long id, String workerName, String unitName, BigDecimal score, BigDecimal satisfactionRate,
      Outcome suggestedOutcome, EvaluationStatus status) {
  }

  /** Where one proposer of the round stands. */
  record ProposerTally(String code, String name, Integer participants, Integer proposed, Integer decided) {
  }

  @Insert("insert into evaluation_round (city_code, year, participants, started, created_by, created_at) "
      + "values (#{cityCode}, #{year}, #{participants}, 0, #{by}, #{at})")
  void insertRound(@Param("cityCode") String cityCode, @Param("year") int year,
      @Param("participants") int participants, @Param("by") String by, @Param("at") LocalDateTime at);

  @Select(ROUND + "where city_code = #{cityCode} and year = #{year}")
  Optional<Round> roundOf(@Param("cityCode") String cityCode, @Param("year") int year);

  @Select(ROUND + "where id = #{id}")
  Optional<Round> round(@Param("id") long id);

  /** The round's row, held until the transaction ends: two decisions in one round take turns on the cap. */
  @Select(ROUND + "where id = #{id} for update")
  Optional<Round> lock(@Param("id") long id);

  @Update("update evaluation_round set process_instance_id = #{pid} where id = #{id}")
  void roundInstance(@Param("id") long id, @Param("pid") String processInstanceId);

  /** Workers on post in a unit under {@code cityCode}, with last year's next tier (1 in their first year). */
  List<Participant> participants(@Param("cityCode") String cityCode, @Param("year") int year,
      @Param("yearEnd") LocalDate yearEnd);

  void insertEvaluations(@Param("roundId") long roundId, @Param("year") int year,
      @Param("rows") List<NewEvaluation> rows);

  @Select("select id, year, proposer_code from annual_evaluation where round_id = #{roundId} "
      + "and process_instance_id is null order by id limit #{limit}")
  List<Unstarted> unstarted(@Param("roundId") long roundId, @Param("limit") int limit);

  @Update("update annual_evaluation set process_instance_id = #{pid} where id = #{id} and process_instance_id is null")
  int started(@Param("id") long id, @Param("pid") String processInstanceId);

  @Select("select count(*) from annual_evaluation where round_id = #{roundId} and process_instance_id is null")
  int unstartedCount(@Param("roundId") long roundId);

  /** The progress of the background start, counted in the chunk's own transaction. */
  @Update("update evaluation_round set started = (select count(*) from annual_evaluation where round_id = #{id} "
      + "and process_instance_id is not null) where id = #{id}")
  void countStarted(@Param("id") long roundId);

  @Select("select distinct proposer_code from annual_evaluation where round_id = #{roundId} order by proposer_code")
  List<String> proposers(@Param("roundId") long roundId);

  @Select("select count(*) from annual_evaluation where round_id = #{roundId} and proposer_code = #{proposer} "
      + "and status = 'STARTED'")
  int notProposed(@Param("roundId") long roundId, @Param("proposer") String proposerCode);

  @Select("select e.id, w.name, u.name, e.score, e.satisfaction_rate, e.suggested_outcome, e.status "
      + "from annual_evaluation e join talent_worker w on w.id = e.worker_id join org_unit u on u.code = e.unit_code "
      + "where e.round_id = #{roundId} and e.proposer_code = #{proposer} order by e.unit_code, w.name, e.id")
  List<Proposal> proposals(@Param("roundId") long roundId, @Param("proposer") String proposerCode);

  /**
   * EXCELLENT standing in the round (Art. 26 counts the city's participants, all proposers together): as decided, or
   * as an upheld appeal revised it.
   */
  @Select("select count(*) from annual_evaluation where round_id = #{roundId} and outcome = 'EXCELLENT'")
  int excellentDecided(@Param("roundId") long roundId);

  /**
   * Decides every proposed evaluation of the proposer in one statement: EXCELLENT where ticked, QUALIFIED where
   * EXCELLENT was suggested but not ticked, else the suggestion. Answers the rows decided.
   */
  int decide(@Param("roundId") long roundId, @Param("proposer") String proposerCode,
      @Param("granted") List<Long> granted, @Param("by") String by, @Param("at") LocalDateTime at);

  /** The instances of the proposer's evaluations a decision is about to publish (read under the round's lock). */
  @Select("select process_instance_id from annual_evaluation where round_id = #{roundId} "
      + "and proposer_code = #{proposer} and status = 'PROPOSED'")
  List<String> proposedInstances(@Param("roundId") long roundId, @Param("proposer") String proposerCode);

  List<ProposerTally> tally(@Param("roundId") long roundId);
}
