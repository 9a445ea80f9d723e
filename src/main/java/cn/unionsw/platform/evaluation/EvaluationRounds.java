package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds of the annual evaluation (Art. 25-26): a city (or a directly administered city) opens its round of a
 * year, or the province opens one for each city with workers; every worker then on post under the city takes part.
 * Their rows are written in one transaction; their instances start in the background, a chunk per job
 * ({@code evaluation-round}), and the round's {@code started} is the progress.
 */
@Service("evaluationRounds")
public class EvaluationRounds {

  static final int FIRST_YEAR = 2000;
  static final int INSERT_CHUNK = 500;

  private final EvaluationRoundMapper rounds;
  private final OrgService orgs;
  private final OrgAccess access;
  private final EvaluationChain.Resolver chains;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ZoneId zone;

  EvaluationRounds(EvaluationRoundMapper rounds, OrgService orgs, OrgAccess access, EvaluationChain.Resolver chains,
      RuntimeService runtime, IdentityService identity, @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.rounds = rounds;
    this.orgs = orgs;
    this.access = access;
    this.chains = chains;
    this.runtime = runtime;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** A round as the API shows it when opened. */
  public record Opened(long id, String cityCode, int year, int participants, int started) {
  }

  /**
   * Opens the round of {@code year} for a city, or for each city of the province that has workers on post and no
   * round of that year yet. Administrators, and reviewers of the city or of the province, open rounds.
   */
  @Transactional
  public List<Opened> open(String orgCode, Integer year, String userId) {
    Organisation org = deciding(orgCode);
    int thisYear = EngineTime.now(zone).getYear();
    if (year == null || year < FIRST_YEAR || year > thisYear) {
      throw Refusal.invalid("year", "须为 " + FIRST_YEAR + " 到 " + thisYear + " 之间的年份，收到 " + Problems.quote(year));
    }
    requireOpener(userId, org);
    if (org.type() != OrgType.PROVINCE) {
      if (rounds.roundOf(org.code(), year).isPresent()) {
        throw Refusal.conflict("round_exists", "orgCode", org.name() + " " + year + " 年度评价已开始");
      }
      List<EvaluationRoundMapper.Participant> participants = participants(org.code(), year);
      if (participants.isEmpty()) {
        throw Refusal.conflict("no_workers", "orgCode", org.name() + " 没有在岗的工会社工，无需开展年度评价");
      }
      return List.of(open(org, year, participants, userId));
    }
    List<Opened> opened = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (Organisation city : orgs.children(org.code())) {
      boolean deciding = city.type() == OrgType.CITY || city.type() == OrgType.DIRECT_CITY;
      if (!deciding) {
        continue;
      }
      if (rounds.roundOf(city.code(), year).isPresent()) {
        existing.add(city.name());
        continue;
      }
      List<EvaluationRoundMapper.Participant> participants = participants(city.code(), year);
      if (!participants.isEmpty()) {
        opened.add(open(city, year, participants, userId));
      }
    }
    if (opened.isEmpty()) {
      throw existing.isEmpty()
          ? Refusal.conflict("no_workers", "orgCode", org.name() + "所辖各市没有在岗的工会社工，无需开展年度评价")
          : Refusal.conflict("round_exists", "orgCode", year + " 年度评价已在 " + String.join("、", existing) + " 开始");
    }
    return opened;
  }

  private List<EvaluationRoundMapper.Participant> participants(String cityCode, int year) {
    return rounds.participants(cityCode, year, LocalDate.of(year, 12, 31));
  }

  private Opened open(Organisation city, int year, List<EvaluationRoundMapper.Participant> participants, String userId) {
    try {
      rounds.insertRound(city.code(), year, participants.size(), userId, now());
    } catch (DuplicateKeyException opening) {
      // Opened by someone else meanwhile (the city and the province at once): the unique index decides.
      throw Refusal.conflict("round_exists", "orgCode", city.name() + " " + year + " 年度评价已开始");
    }
    EvaluationRoundMapper.Round round = rounds.roundOf(city.code(), year).orElseThrow();
    Map<String, String> proposerOfUnit = new HashMap<>();
    List<EvaluationRoundMapper.NewEvaluation> rows = new ArrayList<>();
    for (EvaluationRoundMapper.Participant p : participants) {
      String proposer = proposerOfUnit.computeIfAbsent(p.unitCode(), unit -> chains.of(unit).proposerCode());
      rows.add(new EvaluationRoundMapper.NewEvaluation(p.workerId(), p.unitCode(), proposer, p.grade(), p.allowanceTier()));
    }
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      rounds.insertEvaluations(round.id(), year, rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
    }
    String instance = AsPlatform.call(identity, () -> runtime.startProcessInstanceByKey(EvaluationRoundProcess.KEY,
        Map.of(EvaluationRoundProcess.Vars.ROUND_ID.name(), Math.toIntExact(round.id()),
            EvaluationRoundProcess.Vars.CITY_CODE.name(), city.code())).getId());
    rounds.roundInstance(round.id(), instance);
    return new Opened(round.id(), city.code(), year, participants.size(), 0);
  }

  /**
   * One chunk of the background start: each evaluation's instance, in this job's transaction with its row; answers
   * how many are left. A crash rolls the chunk back whole; the retry starts exactly the rows without an instance.
   */
  @Transactional
  public int startChunk(long roundId) {
    for (EvaluationRoundMapper.Unstarted evaluation : rounds.unstarted(roundId, EvaluationRoundProcess.START_CHUNK)) {
      String pid = runtime.startProcessInstanceByKey(EvaluationProcess.KEY, Map.of(
          EvaluationProcess.Vars.EVALUATION_ID.name(), Math.toIntExact(evaluation.id()),
          EvaluationProcess.Vars.YEAR.name(), evaluation.year(),
          EvaluationProcess.Vars.PROPOSER_CODE.name(), evaluation.proposerCode())).getId();
      if (rounds.started(evaluation.id(), pid) != 1) {
        throw new IllegalStateException("evaluation " + evaluation.id() + " was started meanwhile");
      }
    }
    rounds.countStarted(roundId);
    return rounds.unstartedCount(roundId);
  }

  /** The proposers of the round, one decision each (the multi-instance collection of decide-evaluations). */
  public List<String> proposers(long roundId) {
    return rounds.proposers(roundId);
  }

  /** Where a round stands, for the city, the province and administrators. */
  public record Progress(long id, String cityCode, int year, int participants, int started, int proposed,
      int decided, int excellent, int excellentCap, List<EvaluationRoundMapper.ProposerTally> proposers) {
  }

  @Transactional(readOnly = true)
  public Progress progress(long roundId, String userId) {
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("年度评价进度由各级工会的经办人员和审核人员查看");
    }
    EvaluationRoundMapper.Round round = rounds.round(roundId).filter(r -> reach.includes(r.cityCode()))
        .orElseThrow(() -> Refusal.notFound("round", "没有这个年度评价: " + roundId));
    List<EvaluationRoundMapper.ProposerTally> proposers = rounds.tally(roundId);
    return new Progress(round.id(), round.cityCode(), round.year(), round.participants(), round.started(),
        proposers.stream().mapToInt(EvaluationRoundMapper.ProposerTally::proposed).sum(),
        proposers.stream().mapToInt(EvaluationRoundMapper.ProposerTally::decided).sum(), rounds.excellentDecided(roundId),
        CityDecision.cap(round.participants()), proposers);
  }

  /** The city or directly administered city that decides, or the province for all of them. */
  private Organisation deciding(String orgCode) {
    if (orgCode == null || orgCode.isBlank()) {
      throw Refusal.invalid("orgCode", "必填：开展年度评价的市（省直管市）或省的组织代码");
    }
    if (!Codes.isValid(orgCode)) {
      throw Refusal.invalid("orgCode", "组织代码格式不正确: " + Problems.quote(orgCode));
    }
    Organisation org = orgs.find(orgCode)
        .orElseThrow(() -> Refusal.invalid("orgCode", "组织 " + orgCode + " 未登记"));
    if (org.type() != OrgType.CITY && org.type() != OrgType.DIRECT_CITY && org.type() != OrgType.PROVINCE) {
      throw Refusal.invalid("orgCode", org.name() + " 是" + org.type().label()
          + "：年度评价由市级工会（含省直管市）审定，须指定市或省");
    }
    return org;
  }

  /** Administrators; reviewers of the city itself or of the province above it (Art. 26: the city decides). */
  private void requireOpener(String userId, Organisation org) {
    Reach reach = access.reachOf(userId);
    if (reach.admin()) {
      return;
    }
    String home = reach.homeOrg();
    boolean reviewer = reach.roles().contains(Roles.REVIEWER) && home != null
        && (home.equals(org.code()) || home.equals(Codes.parentOf(org.code())) && org.type() != OrgType.PROVINCE);
    if (!reviewer) {
      throw Refusal.forbidden("年度评价由市级工会或省总工会的审核人员开展");
    }
  }

  private LocalDateTime now() {
    return EngineTime.now(zone);
  }
}
