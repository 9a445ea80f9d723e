package cn.unionsw.platform.talent;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Workers and their events; the longer statements are in {@code TalentMapper.xml} beside this interface. */
@Mapper
interface TalentMapper {

  /** A worker as stored, columns in this order; certificates joined by {@link TalentDatabase#SEPARATOR}. */
  record Row(Long id, String identityNumber, String name, LocalDate birthDate, Education education,
      String certificates, Grade grade, String unitCode, Long postId, Long contractId, String contractorName,
      LocalDate contractStartsOn, LocalDate contractEndsOn, String userId, WorkerStatus status, LocalDate onPostSince,
      LocalDate leftOn, String exitReason, WorkerSource source, LocalDateTime createdAt, String createdBy,
      LocalDateTime updatedAt, String updatedBy) {
  }

  /** A post as a hire sees it, read under a lock. */
  record PostRow(Long id, String unitCode, Grade grade, String status) {
  }

  /** A worker to insert or re-hire; {@code id} is filled in by the insert. */
  final class Stored {
    Long id;
    final String identityNumber;
    final String name;
    final LocalDate birthDate;
    final Education education;
    final String certificates;
    final Grade grade;
    final String unitCode;
    final long postId;
    final Long contractId;
    final String contractorName;
    final LocalDate contractStartsOn;
    final LocalDate contractEndsOn;
    final String userId;
    final LocalDate onPostSince;
    final WorkerSource source;
    final LocalDateTime at;
    final String by;

    Stored(Long id, String identityNumber, String name, LocalDate birthDate, Education education, String certificates,
        Grade grade, String unitCode, long postId, Long contractId, String contractorName, LocalDate contractStartsOn,
        LocalDate contractEndsOn, String userId, LocalDate onPostSince, WorkerSource source, LocalDateTime at,
        String by) {
      this.id = id;
      this.identityNumber = identityNumber;
      this.name = name;
      this.birthDate = birthDate;
      this.education = education;
      this.certificates = certificates;
      this.grade = grade;
      this.unitCode = unitCode;
      this.postId = postId;
      this.contractId = contractId;
      this.contractorName = contractorName;
      this.contractStartsOn = contractStartsOn;
      this.contractEndsOn = contractEndsOn;
      this.userId = userId;
      this.onPostSince = onPostSince;
      this.source = source;
      this.at = at;
      this.by = by;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  Optional<Row> find(@Param("id") long id);

  Optional<Row> findByIdentity(@Param("identityNumber") String identityNumber);

  Optional<Row> findByUser(@Param("userId") String userId);

  /** Workers at or below {@code code}, of {@code status} (any when null), by unit and id. */
  List<Row> within(@Param("code") String code, @Param("status") WorkerStatus status);

  /** Holds the worker's row until the transaction ends: two changes of one worker take turns. */
  @Select("select id from talent_worker where id = #{id} for update")
  Long lock(@Param("id") long id);

  /** Holds the post's row until the transaction ends: two hires of one post take turns, the second sees the first. */
  @Select("select id, unit_code, grade, status from post where id = #{id} for update")
  PostRow lockPost(@Param("id") long postId);

  /** The ACTIVE posts of a unit and grade, locked, oldest first: those an import hands out. */
  @Select("select id from post where unit_code = #{unitCode} and grade = #{grade} and status = 'ACTIVE' "
      + "order by id for update")
  List<Long> lockActivePosts(@Param("unitCode") String unitCode, @Param("grade") Grade grade);

  /** Which of these posts an ON_POST worker holds. */
  List<Long> held(@Param("ids") Collection<Long> postIds);

  @Select("select count(*) from org_unit where code = #{code}")
  int unitCount(@Param("code") String code);

  void insert(@Param("w") Stored worker);

  /** A worker who had left takes a post again: the same record, its person and post facts as now. */
  int rehire(@Param("w") Stored worker);

  int leave(@Param("id") long id, @Param("on") LocalDate on, @Param("reason") String reason, @Param("by") String by,
      @Param("at") LocalDateTime at);

  @Update("update talent_worker set updated_at = #{at}, updated_by = #{by} where id = #{id}")
  void touch(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

  void insertEvent(@Param("workerId") long workerId, @Param("kind") TalentEventKind kind,
      @Param("on") LocalDate on, @Param("detail") String detail, @Param("by") String by,
      @Param("at") LocalDateTime at);

  @Select("select id, worker_id, kind, happened_on, detail, recorded_by, recorded_at from talent_event "
      + "where worker_id = #{workerId} order by happened_on, id")
  List<TalentEvent> history(@Param("workerId") long workerId);
}
