package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.AppealProcess.Vars.DECISION;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.REASON;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.REPLY;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.REVISED_OUTCOME;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.WORKER_ID;
import static cn.unionsw.platform.evaluation.AppealProcess.Vars.YEAR;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and answering appeals against published annual outcomes (Art. 28). Both hold the evaluation's row
 * ({@link EvaluationMapper#lock}) while they work, as annual-evaluation does when the appeal window ends, so that a
 * filing and the window's end, or an answer and the settling of the outcome, never miss each other. Refusals name
 * the process's variables: a start or a completion is refused with the reason (400, 403, 409) and nothing is written.
 */
@Service
public class Appeals {

  private final EvaluationMapper evaluations;
  private final AppealMapper appeals;
  private final TalentDatabase talent;
  private final OrgAccess access;
  private final EvaluationChain.Resolver chains;
  private final EvaluationDeadlines deadlines;
  private final AppealAnswer answer;
  private final ZoneId zone;

  Appeals(EvaluationMapper evaluations, AppealMapper appeals, TalentDatabase talent, OrgAccess access,
      EvaluationChain.Resolver chains, EvaluationDeadlines deadlines, AppealAnswer answer,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.evaluations = evaluations;
    this.appeals = appeals;
    this.talent = talent;
    this.access = access;
    this.chains = chains;
    this.deadlines = deadlines;
    this.answer = answer;
    this.zone = ZoneId.of(zone);
  }

  /** An appeal as filed: what the case shows its reviewers. */
  public record Filed(long appealId, String workerUserId, String workerName, int year, Outcome originalOutcome,
      String reviewerCode, Date dueAt, LocalDateTime filedAt, String filedBy, ZoneId zone) {

    /** The due moment as the form shows it (ISO with the platform's offset). */
    public String due() {
      return OffsetDateTime.ofInstant(dueAt.toInstant(), zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** One line for the reviewer's form: who appeals against what, filed when and by whom, answered by when. */
    public String summary() {
      return workerName + " 对 " + year + " 年度评价结果“" + originalOutcome.label() + "”提出申诉（" + filedAt.toLocalDate()
          + "，" + filedBy + " 提交）；须于 " + due().substring(0, 10) + " 前书面答复（第二十八条）。";
    }
  }

  /**
   * Art. 28: the worker (or a clerk of the worker's proposer for them) appeals against the outcome of {@code year},
   * published and still inside its window, once per evaluation. {@code workerUserId} may be null for a worker
   * appealing for themself. The reply is due at the end of the tenth working day after the day filed.
   */
  @Transactional
  public Filed file(String workerUserId, Integer year, String reason, String filedBy, String processInstanceId) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.invalid(REASON.name(), "须写明申诉理由（对评价结果的哪一点有异议，依据是什么）");
    }
    if (year == null) {
      throw Refusal.invalid(YEAR.name(), "须指定申诉的评价年度");
    }
    Reach starter = access.reachOf(filedBy);
    boolean worker = !starter.admin() && starter.roles().contains(Roles.WORKER);
    String workerUser = workerUserId == null || workerUserId.isBlank() ? (worker ? filedBy : null) : workerUserId;
    if (workerUser == null) {
      throw Refusal.invalid(WORKER_ID.name(), "须指定提出申诉的社工的平台账号");
    }
    if (worker && !workerUser.equals(filedBy)) {
      throw Refusal.forbidden(WORKER_ID.name(), "社工只能为本人提出申诉（第二十八条）");
    }
    Worker appellant = talent.ofUser(workerUser)
        .orElseThrow(() -> Refusal.invalid(WORKER_ID.name(), "账号 " + workerUser + " 没有关联人才信息库中的社工"));
    AnnualEvaluation found = evaluations.ofWorker(appellant.id(), year);
    String proposer = found == null ? chains.of(appellant.unitCode()).proposerCode() : found.proposerCode();
    // A clerk of the worker's own county (the proposer; the city for its own posts), not of a union above it.
    if (!worker && !starter.admin() && !(starter.roles().contains(Roles.CLERK) && starter.orgCodes().contains(proposer))) {
      throw Refusal.forbidden(WORKER_ID.name(), "只有社工所在县（市、区）工会的经办人员可以代其提出申诉");
    }
    AnnualEvaluation evaluation = found == null ? null : evaluations.lock(found.id());
    if (evaluation == null || evaluation.publishedAt() == null || evaluation.consequencesAt() == null
        || evaluation.outcome() == null
        || evaluation.status() != EvaluationStatus.DECIDED && evaluation.status() != EvaluationStatus.FINAL) {
      throw Refusal.conflict("outcome_not_published", YEAR.name(), appellant.name() + " 的 " + year
          + " 年度评价结果尚未公布，不能申诉");
    }
    LocalDateTime now = now();
    Date windowEnd = deadlines.appealWindowEnd(evaluation.publishedAt().atZone(zone).toInstant());
    if (evaluation.status() == EvaluationStatus.FINAL || now.atZone(zone).toInstant().isAfter(windowEnd.toInstant())) {
      throw Refusal.conflict("appeal_window_closed", YEAR.name(), year + " 年度评价结果的申诉期已于 "
          + windowEnd.toInstant().atZone(zone).toLocalDate() + " 结束，评价结果已确定");
    }
    Appeal earlier = appeals.ofEvaluation(evaluation.id());
    if (earlier != null) {
      throw alreadyFiled(year, earlier.filedAt());
    }
    String reviewer = chains.of(evaluation.unitCode()).appealCode();
    Date due = deadlines.of(EvaluationDeadlines.APPEAL_REVIEW, now.atZone(zone).toInstant());
    var row = new AppealMapper.NewAppeal(evaluation.id(), processInstanceId, reason.strip(), filedBy, now, reviewer,
        LocalDateTime.ofInstant(due.toInstant(), zone), evaluation.outcome());
    try {
      appeals.insert(row);
    } catch (DuplicateKeyException e) {
      throw alreadyFiled(year, null); // filed meanwhile, past the row lock (never with it held)
    }
    return new Filed(row.getId(), workerUser, appellant.name(), year, evaluation.outcome(), reviewer, due, now,
        filedBy, zone);
  }

  /**
   * The superior union's written answer ({@link AppealAnswer}): refused with the field at fault (400) unless the
   * decision is given, the reply written and, when upheld, a revised outcome other than the current one named.
   */
  @Transactional
  public Appeal answer(long appealId, String caseNumber, AppealDecision decision, String reply, Outcome revisedOutcome, String by) {
    if (decision == null) {
      throw Refusal.invalid(DECISION.name(), "须为 UPHOLD（申诉成立）或 DISMISS（申诉不成立）");
    }
    if (reply == null || reply.isBlank()) {
      throw Refusal.invalid(REPLY.name(), "须写明书面答复的内容（第二十八条）");
    }
    if (decision == AppealDecision.DISMISS && revisedOutcome != null) {
      throw Refusal.invalid(REVISED_OUTCOME.name(), "申诉不成立时维持原评价结果，不填改判结果");
    }
    if (decision == AppealDecision.UPHOLD && revisedOutcome == null) {
      throw Refusal.invalid(REVISED_OUTCOME.name(), "申诉成立时须填写改判后的评价结果");
    }
    return answer.give(appealId, caseNumber, decision, reply.strip(), revisedOutcome, by, now());
  }

  private static Refusal alreadyFiled(int year, LocalDateTime filedAt) {
    return Refusal.conflict("appeal_exists", YEAR.name(), "对 " + year + " 年度评价结果已提出过申诉"
        + (filedAt == null ? "" : "（" + filedAt.toLocalDate() + "）") + "，每个年度只能申诉一次");
  }

  private LocalDateTime now() {
    return EngineTime.now(zone);
  }
}
