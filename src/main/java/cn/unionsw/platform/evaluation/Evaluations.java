package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentEventKind;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One worker's evaluation through its year (Art. 25-29): the proposal recorded with evaluation-outcome's suggestion,
 * the end of the appeal window, the outcome made final (or held for an unanswered appeal), the re-training recorded
 * and the replacement checked; and who may read which evaluations.
 */
@Service("evaluations")
public class Evaluations {

  static final int MAX_LISTED = 2000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy 年 M 月 d 日");

  private final EvaluationMapper evaluations;
  private final EvaluationDeadlines deadlines;
  private final EvaluationChain.Resolver chains;
  private final TalentDatabase talent;
  private final OrgService orgs;
  private final OrgAccess access;
  private final ZoneId zone;

  Evaluations(EvaluationMapper evaluations, EvaluationDeadlines deadlines, EvaluationChain.Resolver chains,
      TalentDatabase talent, OrgService orgs, OrgAccess access,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.evaluations = evaluations;
    this.deadlines = deadlines;
    this.chains = chains;
    this.talent = talent;
    this.orgs = orgs;
    this.access = access;
    this.zone = ZoneId.of(zone);
  }

  public AnnualEvaluation find(long id) {
    AnnualEvaluation evaluation = evaluations.find(id);
    if (evaluation == null) {
      // Only an administrator's hand-made start names an evaluation that is not there.
      throw Refusal.notFound("evaluation", "没有这个年度评价: " + id);
    }
    return evaluation;
  }

  public Worker worker(AnnualEvaluation evaluation) {
    return talent.find(evaluation.workerId()).orElseThrow();
  }

  public String unitName(String unitCode) {
    return orgs.nameOf(unitCode);
  }

  /** Records the proposal and evaluation-outcome's suggestion (status PROPOSED), once. */
  @Transactional
  public void propose(long id, EvaluationMapper.ProposalFacts facts, String suggested, String by) {
    Outcome outcome = suggested == null ? null : Outcome.valueOf(suggested);
    if (outcome == null) {
      throw Refusal.conflict("no_outcome", "评价等次决策表 evaluation-outcome 对这些情形没有适用的规则，"
          + "请平台管理员检查决策表");
    }
    if (evaluations.propose(id, facts, outcome, by, now()) != 1) {
      throw Refusal.conflict("already_proposed", "该社工的年度评价意见已提出");
    }
  }

  /** The last moment the published outcome may be appealed (evaluation-appeal reads the same end). */
  public Date appealWindowEnd(long id) {
    LocalDateTime published = find(id).publishedAt();
    if (published == null) {
      throw new IllegalStateException("evaluation " + id + " is not published");
    }
    return deadlines.appealWindowEnd(published.atZone(zone).toInstant());
  }

  /**
   * The appeal window has closed: under the evaluation's lock, an unanswered appeal holds the outcome (answers
   * false: wait for the answer); otherwise the outcome is final (true). evaluation-appeal files and answers under
   * the same lock, so the window's end and an appeal cannot miss each other.
   */
  @Transactional
  public boolean settle(long id) {
    evaluations.lock(id);
    if (evaluations.unansweredAppeals(id) > 0) {
      return false;
    }
    makeFinal(id);
    return true;
  }

  /** The appeal was answered (and the outcome revised and applied again if upheld): the outcome is final. */
  @Transactional
  public void makeFinal(long id) {
    AnnualEvaluation evaluation = evaluations.lock(id);
    if (evaluation.status() != EvaluationStatus.FINAL && evaluations.makeFinal(id) != 1) {
      throw new IllegalStateException("evaluation " + id + " is " + evaluation.status() + ", not published");
    }
  }

  /** What the worker reads once the outcome is published (the read-outcome form). */
  public record Notice(String outcomeLabel, String bonusText, int nextTier, String followUp, String appealUntil,
      String text) {
  }

  public Notice notice(long id) {
    AnnualEvaluation e = find(id);
    String bonus = e.bonusAmount().toPlainString() + " 元（月岗位工资的 " + e.bonusPercent() + "%）";
    String followUp = Boolean.TRUE.equals(e.replaceWorker()) ? "由承接方更换服务人员（第二十九条）"
        : Boolean.TRUE.equals(e.retrainingRequired()) ? "须参加上岗再培训（第二十九条）" : "无";
    String superior = unitName(chains.of(e.unitCode()).appealCode());
    LocalDate until = LocalDate.ofInstant(appealWindowEnd(id).toInstant(), zone);
    String appeal = "如有异议，可在 " + until.format(DAY) + " 24 时前向" + superior
        + "申请复核或申诉：在任务列表发起“年度评价申诉”，写明理由；上级工会在十个工作日内书面答复（第二十八条）";
    String text = e.year() + " 年度评价结果：" + e.outcome().label() + "。年终奖金 " + bonus + "；次年岗位津贴 "
        + e.nextAllowanceTier() + " 档；后续事项：" + followUp + "。" + appeal + "。";
    return new Notice(e.outcome().label(), bonus, e.nextAllowanceTier(), followUp, appeal, text);
  }

  /**
   * The re-training a BASIC outcome requires (Art. 29) is recorded on the worker's dynamic record (TRAINED), on the
   * day it was held.
   */
  @Transactional
  public void recordRetraining(long id, String day, String content, String by) {
    LocalDate on;
    try {
      on = day == null ? null : LocalDate.parse(day.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      on = null;
    }
    String field = EvaluationProcess.Vars.TRAINING_DATE.name();
    if (on == null) {
      throw Refusal.invalid(field, "须为 2026-03-31 格式的培训日期，收到 " + Problems.quote(day));
    }
    if (on.isAfter(today())) {
      throw Refusal.invalid(field, "培训日期 " + on + " 晚于今天：培训结束后再办结");
    }
    if (content == null || content.isBlank()) {
      throw Refusal.invalid(EvaluationProcess.Vars.TRAINING_CONTENT.name(), "必填：培训的内容和方式");
    }
    AnnualEvaluation evaluation = find(id);
    LocalDate published = evaluation.publishedAt().toLocalDate();
    if (on.isBefore(published)) {
      throw Refusal.invalid(field, "培训日期 " + on + " 早于评价结果公布之日 " + published + "：须为公布后参加的上岗再培训");
    }
    talent.record(evaluation.workerId(), TalentEventKind.TRAINED, on, evaluation.year() + " 年度评价为"
        + evaluation.outcome().label() + "，参加上岗再培训：" + content.strip(), by);
  }

  /**
   * The contractor has replaced the worker (Art. 29): the worker has left, and another worker is on post on the
   * same post. Refused (409) until both hold.
   */
  public void requireReplaced(long id) {
    Worker worker = worker(find(id));
    if (worker.onPost() || !talent.isFilled(worker.postId())) {
      throw Refusal.conflict("not_replaced", "尚未更换：须由承接方为该岗位更换服务人员，" + worker.name()
          + (worker.onPost() ? " 仍在岗，须先登记离岗，" : " 已离岗，") + "并有新的服务人员在同一岗位（岗位 " + worker.postId()
          + "）上岗后才能办结");
    }
  }

  /** The evaluations a caller may see, of a year and under an organisation (both optional). */
  @Transactional(readOnly = true)
  public List<EvaluationView> within(Integer year, String org, String userId) {
    Reach reach = access.reachOf(userId);
    if (org != null && !cn.unionsw.platform.orgs.Codes.isValid(org)) {
      throw Refusal.invalid("org", "组织代码格式不正确: " + Problems.quote(org));
    }
    if (year != null && (year < EvaluationRounds.FIRST_YEAR || year > 2100)) {
      throw Refusal.invalid("year", "须为 " + EvaluationRounds.FIRST_YEAR + " 到 2100 之间的年份，收到 " + year);
    }
    if (!staff(reach)) {
      // A worker sees only their own evaluations.
      return evaluations.views(org, userId, year, MAX_LISTED);
    }
    String scope = org != null ? org : reach.admin() ? null : reach.homeOrg();
    if (scope == null && !reach.admin()) {
      throw Refusal.invalid("org", "请指定组织代码 org");
    }
    if (scope != null && !reach.includes(scope)) {
      throw Refusal.forbidden("无权查看组织 " + scope + " 的年度评价");
    }
    return evaluations.views(scope, null, year, MAX_LISTED);
  }

  /** One evaluation, if the caller may see it: staff within reach of its unit, the worker their own. */
  @Transactional(readOnly = true)
  public EvaluationView view(long id, String userId) {
    EvaluationView view = evaluations.view(id);
    Reach reach = access.reachOf(userId);
    boolean own = view != null && userId.equals(view.workerUserId());
    if (view == null || !own && !(staff(reach) && reach.includes(view.unitCode()))) {
      throw Refusal.notFound("evaluation", "没有这个年度评价: " + id);
    }
    return view;
  }

  private static boolean staff(Reach reach) {
    return reach.admin() || reach.roles().contains(Roles.CLERK) || reach.roles().contains(Roles.REVIEWER);
  }

  private LocalDateTime now() {
    return EngineTime.now(zone);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }
}
