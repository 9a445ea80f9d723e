package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.policy.Outcome;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The appeals (V47 {@code evaluation_appeal}); the longer statements are in AppealMapper.xml beside it. */
@Mapper
interface AppealMapper {

  /** A new appeal's row; {@code id} is set on insert. */
  final class NewAppeal {
    Long id;
    final long evaluationId;
    final String processInstanceId;
    final String reason;
    final String filedBy;
    final LocalDateTime filedAt;
    final String reviewerCode;
    final LocalDateTime dueAt;
    final Outcome originalOutcome;

    NewAppeal(long evaluationId, String processInstanceId, String reason, String filedBy, LocalDateTime filedAt,
        String reviewerCode, LocalDateTime dueAt, Outcome originalOutcome) {
      this.evaluationId = evaluationId;
      this.processInstanceId = processInstanceId;
      this.reason = reason;
      this.filedBy = filedBy;
      this.filedAt = filedAt;
      this.reviewerCode = reviewerCode;
      this.dueAt = dueAt;
      this.originalOutcome = originalOutcome;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  void insert(NewAppeal appeal);

  Appeal find(@Param("id") long id);

  Appeal ofEvaluation(@Param("evaluationId") long evaluationId);

  /**
   * Appeals of the units at or below any of {@code orgs} (all when {@code everything}), or of the worker whose
   * account is {@code workerUserId} when it is given; of one year or (null) all; newest first.
   */
  List<Appeal> within(@Param("orgs") List<String> orgs, @Param("everything") boolean everything,
      @Param("workerUserId") String workerUserId, @Param("year") Integer year);

  /** The superior union's answer, once: 0 when it was answered already. */
  @Update("update evaluation_appeal set decision = #{decision}, reply = #{reply}, revised_outcome = #{revisedOutcome}, "
      + "replied_by = #{by}, replied_at = #{at}, reply_pdf = #{pdf} where id = #{id} and decision is null")
  int answer(@Param("id") long id, @Param("decision") AppealDecision decision, @Param("reply") String reply,
      @Param("revisedOutcome") Outcome revisedOutcome, @Param("by") String by, @Param("at") LocalDateTime at,
      @Param("pdf") byte[] pdf);

  /** The SLA breach, recorded once and only while unanswered: 0 when escalated or answered already. */
  @Update("update evaluation_appeal set escalated_at = #{at} where id = #{id} and escalated_at is null "
      + "and decision is null")
  int escalate(@Param("id") long id, @Param("at") LocalDateTime at);

  /** An upheld appeal's revised outcome on the evaluation; {@code decided_outcome} keeps the city's decision. */
  @Update("update annual_evaluation set outcome = #{outcome} where id = #{evaluationId}")
  int revise(@Param("evaluationId") long evaluationId, @Param("outcome") Outcome outcome);

  /** A stored document (MyBatis would take a {@code byte[]} result for many rows of one byte each). */
  record Document(byte[] content) {
  }

  @Select("select reply_pdf from evaluation_appeal where id = #{id}")
  Document replyPdf(@Param("id") long id);
}
