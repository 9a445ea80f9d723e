package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.policy.Education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Recruitment's tables (V45); the statements with lists are in {@code RecruitmentMapper.xml} beside it. */
@Mapper
public interface RecruitmentMapper {

  String CANDIDATE = "select id, recruitment_round_id, file_row, name, identity_number, birth_date, education, "
      + "union_work_years, work_years, certificates, social_work_bachelor, exam_eligible, years_in_level3, "
      + "years_in_level2, unit_code, applied_grade, phone, process_instance_id, stage, outcome, reason, post_id, "
      + "contract_id, screening_decisions from candidate ";

  record RoundRow(Long id, Long procurementRoundId, String cityCode, String createdBy, LocalDateTime createdAt) {
  }

  record CandidateRecord(Long id, Long recruitmentRoundId, Integer fileRow, String name, String identityNumber,
      LocalDate birthDate, Education education, Integer unionWorkYears, Integer workYears, String certificates,
      Boolean socialWorkBachelor, Boolean examEligible, Integer yearsInLevel3, Integer yearsInLevel2, String unitCode,
      String appliedGrade, String phone, String processInstanceId, Stage stage, Outcome outcome, String reason,
      Long postId, Long contractId, String screeningDecisions) {
  }

  record ResultRow(Long candidateId, Stage stage, Boolean passed, BigDecimal score, String note) {
  }

  public record Tally(Stage stage, Outcome outcome, Integer candidates) {
  }

  @Insert("insert into recruitment_round (procurement_round_id, city_code, created_by, created_at) "
      + "values (#{procurementRoundId}, #{cityCode}, #{by}, #{at})")
  void insertRound(@Param("procurementRoundId") long procurementRoundId, @Param("cityCode") String cityCode,
      @Param("by") String by, @Param("at") LocalDateTime at);

  @Select("select id, procurement_round_id, city_code, created_by, created_at from recruitment_round "
      + "where procurement_round_id = #{procurementRoundId}")
  Optional<RoundRow> roundOf(long procurementRoundId);

  @Select("select id, procurement_round_id, city_code, created_by, created_at from recruitment_round where id = #{id}")
  Optional<RoundRow> round(long id);

  /** The round, locked: imports and advances of one round take turns. */
  @Select("select id, procurement_round_id, city_code, created_by, created_at from recruitment_round "
      + "where id = #{id} for update")
  Optional<RoundRow> lock(long id);

  /** A candidate row as stored: the certificates joined with 、. */
  record NewCandidate(int row, String name, String identityNumber, LocalDate birthDate, Education education,
      int unionWorkYears, int workYears, String certificates, boolean socialWorkBachelor, boolean examEligible,
      int yearsInLevel3, int yearsInLevel2, String unitCode, String appliedGrade, String phone) {

    static NewCandidate of(CandidateRow c) {
      return new NewCandidate(c.row(), c.name(), c.identityNumber(), c.birthDate(), c.education(), c.unionWorkYears(),
          c.workYears(), c.certificates().isEmpty() ? null : String.join("、", c.certificates()),
          c.socialWorkBachelor(), c.examEligible(), c.yearsInLevel3(), c.yearsInLevel2(), c.unitCode(),
          c.appliedGrade().name(), c.phone());
    }
  }

  void insertCandidates(@Param("roundId") long roundId, @Param("rows") List<NewCandidate> rows);

  @Select(CANDIDATE + "where id = #{id}")
  Optional<CandidateRecord> candidate(long id);

  /** A round's candidates, all or those at one stage, in file order. */
  @Select("<script>" + CANDIDATE + "where recruitment_round_id = #{roundId} <if test='stage != null'>and stage = "
      + "#{stage}</if> order by file_row, id</script>")
  List<CandidateRecord> candidates(@Param("roundId") long roundId, @Param("stage") Stage stage);

  @Select("select identity_number from candidate where recruitment_round_id = #{roundId}")
  List<String> identityNumbers(long roundId);

  @Select("select count(*) from candidate where recruitment_round_id = #{roundId}")
  int candidateCount(long roundId);

  /** Candidates not started yet of one lane (id modulo lanes), the oldest first. */
  @Select(CANDIDATE + "where recruitment_round_id = #{roundId} and process_instance_id is null "
      + "and mod(id, #{lanes}) = #{lane} order by id limit #{limit}")
  List<CandidateRecord> unstarted(@Param("roundId") long roundId, @Param("lanes") int lanes, @Param("lane") int lane,
      @Param("limit") int limit);

  @Select("select count(*) from candidate where recruitment_round_id = #{roundId} and process_instance_id is null "
      + "and mod(id, #{lanes}) = #{lane}")
  int unstartedInLane(@Param("roundId") long roundId, @Param("lanes") int lanes, @Param("lane") int lane);

  @Select("select count(*) from candidate where recruitment_round_id = #{roundId} and process_instance_id is null")
  int unstartedCount(long roundId);

  /** A candidate and the instance started for it. */
  record Started(long id, String processInstanceId) {
  }

  /**
   * Each candidate's instance, in one statement, for those no other start got to first; answers how many. Each is
   * found by its key alone: written {@code process_instance_id is null}, H2 walked the round's unstarted candidates
   * in {@code ix_candidate_instance} for every one (a quarter of the screening's CPU in a profile of 10,000).
   */
  int started(@Param("started") List<Started> started);

  /**
   * Where a candidate now stands: its stage, outcome and the reason it failed, if it did; from the screening, the
   * decision versions that screened it (null from a stage: the row's stay).
   */
  record Move(long id, Stage stage, Outcome outcome, String reason, String screeningDecisions) {
  }

  /**
   * Candidates moved on, in one statement; the screening's versions only where {@code screening} (a stage's batch
   * statement then carries no column it leaves as it is).
   */
  void moved(@Param("moves") List<Move> moves, @Param("screening") boolean screening);

  /** Candidates moved on, the screening's versions written where any of them carries them. */
  default void moved(List<Move> moves) {
    moved(moves, moves.stream().anyMatch(move -> move.screeningDecisions() != null));
  }

  @Select("select stage, outcome, count(*) as candidates from candidate where recruitment_round_id = #{roundId} "
      + "group by stage, outcome order by stage, outcome")
  List<Tally> tally(long roundId);

  @Select("select count(*) from candidate where recruitment_round_id = #{roundId} and stage = #{stage} "
      + "and outcome = 'IN_PROGRESS' and process_instance_id is not null")
  int waitingCount(@Param("roundId") long roundId, @Param("stage") Stage stage);

  /** Candidates of the round waiting at a stage (in progress there), with their instances. */
  @Select(CANDIDATE + "where recruitment_round_id = #{roundId} and stage = #{stage} and outcome = 'IN_PROGRESS' "
      + "and process_instance_id is not null order by id")
  List<CandidateRecord> waitingAt(@Param("roundId") long roundId, @Param("stage") Stage stage);

  @Select("select candidate_id, stage, passed, score, note from candidate_result "
      + "where candidate_id = #{candidateId} and stage = #{stage}")
  Optional<ResultRow> result(@Param("candidateId") long candidateId, @Param("stage") Stage stage);

  /** The stage's results of the candidates of these instances: what a batch job moving them on reads, at once. */
  @Select("<script>select r.candidate_id, r.stage, r.passed, r.score, r.note from candidate_result r join candidate c "
      + "on c.id = r.candidate_id where r.stage = #{stage} and c.process_instance_id in <foreach collection="
      + "'processInstanceIds' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
  List<ResultRow> resultsOfInstances(@Param("processInstanceIds") Collection<String> processInstanceIds,
      @Param("stage") Stage stage);

  /** The candidates of these instances. */
  @Select("<script>" + CANDIDATE + "where process_instance_id in <foreach collection='processInstanceIds' item='id' "
      + "open='(' separator=',' close=')'>#{id}</foreach></script>")
  List<CandidateRecord> candidatesOfInstances(@Param("processInstanceIds") Collection<String> processInstanceIds);

  /** Candidates waiting at a stage whose result for it is a pass, in file order. */
  @Select(CANDIDATE + "where recruitment_round_id = #{roundId} and stage = #{stage} and outcome = 'IN_PROGRESS' "
      + "and process_instance_id is not null and exists (select 1 from candidate_result r where r.candidate_id = "
      + "candidate.id and r.stage = #{stage} and r.passed = true) order by file_row, id")
  List<CandidateRecord> passingAt(@Param("roundId") long roundId, @Param("stage") Stage stage);

  /** Posts given to candidates of the round who have not gone on post yet. */
  @Select("select post_id from candidate where recruitment_round_id = #{roundId} and post_id is not null "
      + "and outcome = 'IN_PROGRESS'")
  List<Long> postsGiven(long roundId);

  /**
   * Whether a post given at the sign-off can still be taken: active, held by no worker (talent database), and its
   * contract active and serving it (procurement); what the hire would check, read in one statement before it.
   */
  @Select("select count(*) > 0 from post p where p.id = #{postId} and p.status = 'ACTIVE' and not exists (select 1 "
      + "from talent_worker w where w.holding_post_id = p.id) and exists (select 1 from procurement_contract_post cp "
      + "join procurement_contract c on c.id = cp.contract_id where cp.post_id = p.id and c.id = #{contractId} "
      + "and c.status = 'ACTIVE')")
  boolean stillFree(@Param("postId") long postId, @Param("contractId") long contractId);

  /** Of the candidates of these instances, those whose post given at the sign-off is {@link #stillFree}. */
  @Select("<script>select c.id from candidate c join post p on p.id = c.post_id where c.process_instance_id in "
      + "<foreach collection='processInstanceIds' item='id' open='(' separator=',' close=')'>#{id}</foreach> "
      + "and p.status = 'ACTIVE' and not exists (select 1 from talent_worker w where w.holding_post_id = p.id) "
      + "and exists (select 1 from procurement_contract_post cp join procurement_contract k on k.id = cp.contract_id "
      + "where cp.post_id = p.id and k.id = c.contract_id and k.status = 'ACTIVE')</script>")
  List<Long> withPostStillFree(@Param("processInstanceIds") Collection<String> processInstanceIds);

  /** A post given to the candidate at the sign-off but no longer free: taken back, to be given again. */
  @Update("update candidate set post_id = null, contract_id = null where id = #{id}")
  void takeBackPost(long candidateId);

  /** The post each of these candidates takes and the contract serving it; one statement per chunk. */
  void givePosts(@Param("posts") List<GivenPost> posts);

  /** A candidate's post and its contract. */
  record GivenPost(long candidateId, long postId, long contractId) {
  }

  /** A round's candidates with a result for the stage, in file order. */
  @Select(CANDIDATE + "where recruitment_round_id = #{roundId} and exists (select 1 from candidate_result r "
      + "where r.candidate_id = candidate.id and r.stage = #{stage}) order by file_row, id")
  List<CandidateRecord> candidatesWithResult(@Param("roundId") long roundId, @Param("stage") Stage stage);

  @Select("select r.candidate_id, r.stage, r.passed, r.score, r.note from candidate_result r join candidate c "
      + "on c.id = r.candidate_id where c.recruitment_round_id = #{roundId} and r.stage = #{stage}")
  List<ResultRow> resultsAt(@Param("roundId") long roundId, @Param("stage") Stage stage);

  void insertResults(@Param("rows") List<ResultRow> rows, @Param("by") String by, @Param("at") LocalDateTime at);

  /** Of a round's candidates at a stage, those without a result for it. */
  @Select("select count(*) from candidate c where c.recruitment_round_id = #{roundId} and c.stage = #{stage} "
      + "and c.outcome = 'IN_PROGRESS' and c.process_instance_id is not null and not exists (select 1 from "
      + "candidate_result r where r.candidate_id = c.id and r.stage = #{stage})")
  int withoutResult(@Param("roundId") long roundId, @Param("stage") Stage stage);
}
