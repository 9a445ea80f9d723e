package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.pay.PayCalculator;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.Post;
import cn.unionsw.platform.posts.PostRegistry;
import cn.unionsw.platform.procurement.ProcurementProcess.AwardDecision;
import cn.unionsw.platform.procurement.RoundMapper.BidRow;
import cn.unionsw.platform.procurement.RoundMapper.EstimateRow;
import cn.unionsw.platform.procurement.RoundMapper.RoundRow;
import cn.unionsw.platform.procurement.RoundMapper.ScoreRow;
import cn.unionsw.platform.procurement.ScoringRequest.ExpertScores;
import cn.unionsw.platform.procurement.ScoringResult.ScoredBid;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchase round's data, step by step (DOMAIN.md §4.1–4.3): what the {@code post-procurement} delegates and
 * listeners do, in the transaction of the step that does it, so the case and its record move together. Every
 * refusal names the field and says why; nothing is half-written.
 */
@Service
public class PurchaseRounds {

  /** The allowance tier a cost estimate assumes for a post not yet filled (table 2: the first tier). */
  static final int ESTIMATE_ALLOWANCE_TIER = 1;
  static final ZoneId CHINA = ContractorRegistry.CHINA;
  /** The largest bid price the contract table holds (decimal(14,2)), in yuan. */
  static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

  private final RoundMapper rounds;
  private final OrgService orgs;
  private final PostRegistry posts;
  private final PayCalculator pay;
  private final ContractorRegistry contractors;
  private final BidScoring scoring;
  private final Contracts contracts;
  private final RuntimeService runtime;
  private final Clock clock;

  PurchaseRounds(RoundMapper rounds, OrgService orgs, PostRegistry posts, PayCalculator pay,
      ContractorRegistry contractors, BidScoring scoring, Contracts contracts, RuntimeService runtime, Clock clock) {
    this.rounds = rounds;
    this.orgs = orgs;
    this.posts = posts;
    this.pay = pay;
    this.contractors = contractors;
    this.scoring = scoring;
    this.contracts = contracts;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** A round just opened: its id and the city that buys. */
  record Opened(long roundId, Organisation city) {
  }

  /**
   * Opens the round of the starter's city: one at a time per city; every approved post of the city and its
   * counties not yet under contract or in another open round is costed for the three-year term by the pay service
   * and fixed in its purchaser's estimate (the county, or the city for its own posts; Dingzhou and Xinji buy all
   * theirs themselves).
   */
  @Transactional
  public Opened open(String processInstanceId, String caseNumber, String starterOrg, String starter, int year,
      String serviceStartText) {
    Organisation city = starterOrg == null ? null : orgs.find(starterOrg).orElse(null);
    if (city == null || city.type() != OrgType.CITY && city.type() != OrgType.DIRECT_CITY) {
      throw Refusal.forbidden("岗位服务由市级工会（含省直管的定州、辛集）组织采购，县级工会测算并备案 (第十六、十七条)");
    }
    LocalDate serviceStart = serviceStart(serviceStartText, year);
    rounds.lockCity(city.code());
    // A round whose case is gone (deleted skipping its listeners) holds nothing: closed here, whatever the door.
    rounds.openRoundsOf(city.code()).stream()
        .filter(open -> runtime.createProcessInstanceQuery().processInstanceId(open.processInstanceId()).count() == 0)
        .forEach(gone -> rounds.closed(gone.id(), RoundStatus.CANCELLED, now(), "案件已不存在"));
    rounds.openRoundsOf(city.code()).stream().findFirst().ifPresent(open -> {
      throw Refusal.conflict("round_open", city.name() + "已有进行中的采购轮次 " + open.caseNumber() + "，办结后再发起");
    });
    Map<String, List<Post>> byPurchaser = unboughtPosts(city, serviceStart);
    if (byPurchaser.isEmpty()) {
      throw Refusal.conflict("no_posts_to_buy", city.name() + "及所辖县（市、区）没有已核定、尚未购买服务的岗位");
    }
    LocalDateTime now = now();
    rounds.insertRound(processInstanceId, caseNumber, city.code(), year, serviceStart, starter, now);
    long roundId = rounds.roundOf(processInstanceId).orElseThrow().id();
    Map<String, BigDecimal> annualByUnitGrade = new LinkedHashMap<>();
    byPurchaser.forEach((purchaser, held) -> {
      Estimate estimate = estimate(held, serviceStart, annualByUnitGrade);
      rounds.insertEstimate(roundId, purchaser, held.size(), estimate.annual(), estimate.term(), estimate.detail());
      long estimateId = rounds.estimate(roundId, purchaser).orElseThrow().id();
      rounds.insertEstimatePosts(estimateId, held.stream().map(Post::id).toList());
    });
    return new Opened(roundId, city);
  }

  /** The purchasers of a round, in code order: the collection of its parallel estimates. */
  public List<String> purchasers(long roundId) {
    return rounds.estimates(roundId).stream().map(EstimateRow::purchaserCode).toList();
  }

  /** What a purchaser's clerk sees on the estimate task. */
  String estimateSummary(long roundId, String purchaser) {
    EstimateRow estimate = rounds.estimate(roundId, purchaser).orElseThrow();
    RoundRow round = rounds.round(roundId).orElseThrow();
    return "购买主体：" + name(purchaser) + "（" + purchaser + "）\n服务期限：" + round.serviceStart() + " 起三年\n"
        + "岗位：" + estimate.postCount() + " 个\n" + estimate.detail() + "\n年度费用：" + yuan(estimate.annualCost())
        + "\n三年合计：" + yuan(estimate.termCost());
  }

  /** The purchaser files its 备案表 with the city; once. */
  @Transactional
  public void file(long roundId, String purchaser, String person, String phone, String note, String by) {
    if (person == null || person.isBlank()) {
      throw Refusal.invalid(ProcurementProcess.Vars.CONTACT_PERSON.name(), "备案表须填写联系人");
    }
    if (phone == null || !phone.trim().matches("[0-9+()\\- ]{5,30}")) {
      throw Refusal.invalid(ProcurementProcess.Vars.CONTACT_PHONE.name(), "联系电话须为 5–30 位数字（可含 +、-、括号、空格）");
    }
    EstimateRow estimate = rounds.estimate(roundId, purchaser)
        .orElseThrow(() -> Refusal.notFound("estimate", purchaser + " 不是本轮采购的购买主体"));
    if (rounds.file(estimate.id(), person.trim(), phone.trim(), blankToNull(note), by, now()) != 1) {
      throw Refusal.conflict("estimate_filed", name(purchaser) + "的备案表已经报送");
    }
  }

  /** The city's plan: the estimates added up (§4.2); the budget is the sum of the three-year costs. */
  @Transactional
  public Plan plan(long roundId) {
    requireStatus(rounds.lock(roundId).orElseThrow(), RoundStatus.ESTIMATING);
    List<EstimateRow> estimates = rounds.estimates(roundId);
    BigDecimal budget = estimates.stream().map(EstimateRow::termCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    rounds.planned(roundId, budget);
    StringBuilder text = new StringBuilder();
    int postCount = 0;
    for (EstimateRow e : estimates) {
      postCount += e.postCount();
      text.append(name(e.purchaserCode())).append("：").append(e.postCount()).append(" 个岗位，三年 ")
          .append(yuan(e.termCost())).append("（联系人 ").append(e.contactPerson()).append(' ')
          .append(e.contactPhone()).append("）\n");
    }
    text.append("合计：").append(postCount).append(" 个岗位，采购预算 ").append(yuan(budget));
    return new Plan(budget, text.toString());
  }

  /** The plan's budget and its text. */
  public record Plan(BigDecimal budget, String summary) {
  }

  /**
   * The city publishes the plan with its method (§4.3): single source needs the reason; the price weight lies within
   * the bounds of {@code bid-scoring-weights}, whose default it takes when none is given.
   */
  @Transactional
  public void publish(long roundId, ProcurementMethod method, String reason, Integer priceWeight, String by) {
    RoundRow round = rounds.lock(roundId).orElseThrow();
    requireStatus(round, RoundStatus.PLANNED);
    if (method == null) {
      throw Refusal.invalid(ProcurementProcess.Vars.PROCUREMENT_METHOD.name(),
          "须选择采购方式：OPEN_TENDER 公开招标、INVITED_TENDER 邀请招标、INQUIRY 询价、SINGLE_SOURCE 单一来源");
    }
    if (method == ProcurementMethod.SINGLE_SOURCE && (reason == null || reason.isBlank())) {
      throw Refusal.invalid(ProcurementProcess.Vars.METHOD_REASON.name(),
          "单一来源采购须说明理由（政府采购法第三十一条）");
    }
    BidScoring.Published published = scoring.publish(method,
        priceWeight == null ? null : BigDecimal.valueOf(priceWeight));
    rounds.published(roundId, method, blankToNull(reason), published.weights(), published.decisionVersion(), now(), by);
  }

  /**
   * Records one bid as opened, with the experts' scores: the bidder is a registered, qualified contractor not barred
   * in the province (Art. 18, 30), bids once, and a single-source round takes one bid. A blank bidder with no more
   * bids to come ends the recording without a bid.
   */
  @Transactional
  public void recordBid(long roundId, String creditCode, String price, boolean subcontracting, String capability,
      String quality, String benefit, Boolean more, String by) {
    RoundRow round = rounds.lock(roundId).orElseThrow();
    requireStatus(round, RoundStatus.PUBLISHED);
    String bidder = ProcurementProcess.Vars.BIDDER_CREDIT_CODE.name();
    if (more == null) {
      throw Refusal.invalid(ProcurementProcess.Vars.MORE_BIDS.name(), "须说明是否还有投标要录入（true 或 false）");
    }
    if (creditCode == null || creditCode.isBlank()) {
      if (more) {
        throw Refusal.invalid(bidder, "须填写投标人的统一社会信用代码（不再录入时取消“还有投标”并留空）");
      }
      return; // recording ends without a further bid (also when no bid came in at all)
    }
    String code = creditCode.trim().toUpperCase();
    BigDecimal amount = price(price);
    List<ExpertScores> scores = ExpertSheet.parse(capability, quality, benefit);
    try {
      contractors.requireQualified(code, round.cityCode(), today());
    } catch (Refusal refusal) {
      // The registry names its own field (creditCode); the form's is the bidder's.
      String reason = refusal.getMessage().replaceFirst("^" + refusal.field() + ": ", "");
      throw refusal.kind() == Refusal.Kind.CONFLICT ? Refusal.conflict(refusal.error(), bidder, reason)
          : Refusal.invalid(bidder, reason);
    }
    long contractorId = rounds.contractorId(code);
    if (rounds.bidId(roundId, contractorId).isPresent()) {
      throw Refusal.invalid(bidder, "投标人 " + code + " 已录入过投标，每家只投一次标");
    }
    if (round.method() == ProcurementMethod.SINGLE_SOURCE && (more || !rounds.bids(roundId).isEmpty())) {
      throw Refusal.invalid(ProcurementProcess.Vars.MORE_BIDS.name(), "单一来源采购只有一家供应商，只录入一份报价");
    }
    int panel = rounds.scores(roundId).stream().mapToInt(ScoreRow::expertNo).max().orElse(scores.size());
    if (scores.size() != panel) {
      throw Refusal.invalid(ProcurementProcess.Vars.CAPABILITY_SCORES.name(), "同一评标委员会评审本轮每一份投标：已录入的投标有 "
          + panel + " 位专家的评分，本份为 " + scores.size() + " 位");
    }
    rounds.insertBid(roundId, contractorId, amount, subcontracting, by, now());
    rounds.insertScores(rounds.bidId(roundId, contractorId).orElseThrow(), scores);
  }

  /** The bids recorded so far, for the next bid's form. */
  String bidsSummary(long roundId) {
    List<BidRow> bids = rounds.bids(roundId);
    if (bids.isEmpty()) {
      return "尚未录入投标。";
    }
    return bids.stream().map(bid -> bid.contractorName() + "（" + bid.creditCode() + "）报价 " + yuan(bid.price())
        + (bid.subcontracting() ? "，含分包" : "")).collect(Collectors.joining("\n", "已录入 " + bids.size() + " 份：\n", ""));
  }

  /** Comprehensive scoring of the recorded bids (§4.3), kept with each bid; the result for the award form. */
  @Transactional
  public ScoringResult score(long roundId) {
    RoundRow round = rounds.lock(roundId).orElseThrow();
    requireStatus(round, RoundStatus.PUBLISHED);
    List<BidRow> bids = rounds.bids(roundId);
    Map<Long, List<ExpertScores>> sheets = new LinkedHashMap<>();
    for (ScoreRow s : rounds.scores(roundId)) {
      sheets.computeIfAbsent(s.bidId(), id -> new ArrayList<>())
          .add(new ExpertScores(s.capability(), s.quality(), s.benefit()));
    }
    List<ScoringRequest.Bid> request = bids.stream().map(bid -> new ScoringRequest.Bid(bid.creditCode(), bid.price(),
        sheets.getOrDefault(bid.id(), List.of()), bid.subcontracting())).toList();
    ScoringResult result = scoring.scorePublished(new ScoringRequest(round.method(), round.budget(),
        round.priceWeight(), round.capabilityWeight(), round.qualityWeight(), round.benefitWeight(), request));
    Map<String, BidRow> byCode = bids.stream().collect(Collectors.toMap(BidRow::creditCode, bid -> bid));
    for (ScoredBid scored : result.bids()) {
      rounds.scoreBid(byCode.get(scored.creditCode()).id(), scored.valid(),
          scored.invalidReasons().isEmpty() ? null : String.join("；", scored.invalidReasons()), scored.priceScore(),
          scored.total(), scored.rank());
    }
    Long winnerId = result.winner() == null ? null : byCode.get(result.winner()).contractorId();
    rounds.scored(roundId, winnerId, now());
    return result;
  }

  /** What the award form shows: the ranking, the winner proposed, and why there is none. */
  String scoringSummary(long roundId, ScoringResult result) {
    Map<String, String> names = rounds.bids(roundId).stream()
        .collect(Collectors.toMap(BidRow::creditCode, BidRow::contractorName));
    StringBuilder text = new StringBuilder("评分办法：综合评分法；价格分值比重 ").append(plain(result.weights().price()))
        .append("%，能力 ").append(plain(result.weights().capability())).append("%，质量 ")
        .append(plain(result.weights().quality())).append("%，效益 ").append(plain(result.weights().benefit()))
        .append("%（决策 bid-scoring-weights 第 ").append(result.decisionVersion()).append(" 版）\n");
    text.append("预算：").append(yuan(result.budget())).append("；评标基准价：")
        .append(result.lowestValidPrice() == null ? "无有效投标" : yuan(result.lowestValidPrice())).append('\n');
    for (ScoredBid bid : result.bids()) {
      String name = names.get(bid.creditCode());
      if (bid.valid()) {
        text.append("第 ").append(bid.rank()).append(" 名 ").append(name).append(" 报价 ").append(yuan(bid.price()))
            .append(" 价格分 ").append(bid.priceScore()).append(" 能力 ").append(bid.capabilityScore())
            .append(" 质量 ").append(bid.qualityScore()).append(" 效益 ").append(bid.benefitScore())
            .append(" 总分 ").append(bid.total()).append('\n');
      } else {
        text.append("无效 ").append(name).append(" 报价 ").append(yuan(bid.price())).append("：")
            .append(String.join("；", bid.invalidReasons())).append('\n');
      }
    }
    long valid = result.bids().stream().filter(ScoredBid::valid).count();
    if (result.winner() != null) {
      text.append("推荐中标人：").append(names.get(result.winner())).append("（").append(result.winner()).append("）");
    } else if (!result.tiedForFirst().isEmpty()) {
      text.append("并列第一：").append(String.join("、", result.tiedForFirst()))
          .append("，各项并列规则后仍相同，不能定标：请废标后重新组织采购");
    } else {
      text.append("没有有效投标，不能定标：请废标后重新组织采购");
    }
    if (valid < 3 && (result.method() == ProcurementMethod.OPEN_TENDER
        || result.method() == ProcurementMethod.INVITED_TENDER)) {
      text.append("\n⚠ 有效投标不足三家（政府采购法第三十六条）：请核实是否应予废标");
    }
    return text.toString();
  }

  /**
   * The city's award (定标): to the bid ranked first alone, or no award (废标) with the reason. Returns the winner's
   * credit code on an award.
   */
  @Transactional
  public String award(long roundId, AwardDecision decision, String comment, String by) {
    RoundRow round = rounds.lock(roundId).orElseThrow();
    requireStatus(round, RoundStatus.SCORED);
    String field = ProcurementProcess.Vars.AWARD_DECISION.name();
    if (decision == null) {
      throw Refusal.invalid(field, "须选择 AWARD（定标）或 FAIL（废标）");
    }
    if (decision == AwardDecision.FAIL) {
      if (comment == null || comment.isBlank()) {
        throw Refusal.invalid(ProcurementProcess.Vars.AWARD_COMMENT.name(), "废标须写明理由");
      }
      rounds.awarded(roundId, by, comment.trim());
      rounds.closed(roundId, RoundStatus.FAILED, now(), comment.trim());
      return null;
    }
    if (round.winnerId() == null) {
      throw Refusal.invalid(field, "没有唯一排名第一的有效投标，不能定标；请选择废标");
    }
    String winner = rounds.bids(roundId).stream().filter(bid -> bid.contractorId().equals(round.winnerId()))
        .findFirst().orElseThrow().creditCode();
    try {
      // Barred or lapsed since its bid was recorded (Art. 18, 30): no contract with it.
      contractors.requireQualified(winner, round.cityCode(), today());
    } catch (Refusal refusal) {
      throw Refusal.conflict("winner_unqualified", field, "推荐中标人已不具备承接资格，不能定标，请废标后重新组织采购："
          + refusal.getMessage().replaceFirst("^" + refusal.field() + ": ", ""));
    }
    rounds.awarded(roundId, by, blankToNull(comment));
    return winner;
  }

  /**
   * Signs the award (§4.4): one three-year contract per purchaser with the winner, for its share of the winning price
   * and exactly the posts of its estimate, numbered after the round's case; the round is then awarded.
   */
  @Transactional
  public List<Contract> sign(long roundId) {
    RoundRow round = rounds.lock(roundId).orElseThrow();
    requireStatus(round, RoundStatus.SCORED);
    List<Contract> signed = new ArrayList<>();
    List<Share> shares = shares(roundId);
    for (int i = 0; i < shares.size(); i++) {
      Share share = shares.get(i);
      signed.add(contracts.sign(new ContractTerms(roundId, round.caseNumber(), share.purchaserCode(),
          round.winnerId(), share.amount(), round.serviceStart(), share.postIds()), i + 1));
    }
    rounds.closed(roundId, RoundStatus.AWARDED, now(), null);
    return signed;
  }

  /** What the case keeps of its contracts: number, purchaser, amount, term. */
  String contractsSummary(List<Contract> signed) {
    return signed.stream().map(c -> c.contractNumber() + " " + name(c.purchaserCode()) + " 与 " + c.contractorName()
        + " " + yuan(c.amount()) + "，" + c.startsOn() + " 至 " + c.endsOn()).collect(Collectors.joining("\n"));
  }

  /**
   * A round whose case ended otherwise (deleted by an administrator in Cockpit, say) is closed as CANCELLED, so that
   * its posts and its city are free for the next round.
   */
  @Transactional
  public void cancelIfOpen(String processInstanceId, String reason) {
    rounds.roundOf(processInstanceId).filter(round -> round.status().open()).ifPresent(round ->
        rounds.closed(round.id(), RoundStatus.CANCELLED, now(), reason == null || reason.isBlank() ? "案件已撤销"
            : Problems.clip(reason)));
  }

  /** When the bids are due: the working days of {@code record-bid} from the plan's publication, whatever the loop. */
  public java.util.Date publishedAt(long roundId) {
    LocalDateTime at = rounds.round(roundId).orElseThrow().publishedAt();
    return java.util.Date.from(at.atZone(CHINA).toInstant());
  }

  /** An awarded round as recruitment sees it: its city, case, and each post its contracts buy with its contract. */
  public record Awarded(long id, String cityCode, String caseNumber, Map<Long, Long> contractOfPost) {

    public List<Long> postIds() {
      return List.copyOf(contractOfPost.keySet());
    }
  }

  /** The round if it is awarded; its running contracts' posts (a transferred one's by its successor, not here). */
  @Transactional(readOnly = true)
  public Optional<Awarded> awarded(long roundId) {
    return rounds.round(roundId).filter(round -> round.status() == RoundStatus.AWARDED).map(round -> {
      Map<Long, Long> contractOfPost = new TreeMap<>();
      contracts.ofRound(roundId).stream().filter(c -> c.status() == ContractStatus.ACTIVE)
          .forEach(c -> c.postIds().forEach(post -> contractOfPost.put(post, c.id())));
      return new Awarded(round.id(), round.cityCode(), round.caseNumber(), contractOfPost);
    });
  }

  /** Each purchaser's share of the winning price: in proportion to its estimate, the last taking the fen left. */
  List<Share> shares(long roundId) {
    RoundRow round = rounds.round(roundId).orElseThrow();
    BidRow winner = rounds.bids(roundId).stream().filter(bid -> bid.contractorId().equals(round.winnerId()))
        .findFirst().orElseThrow();
    List<EstimateRow> estimates = rounds.estimates(roundId);
    List<Share> shares = new ArrayList<>();
    BigDecimal left = winner.price();
    for (int i = 0; i < estimates.size(); i++) {
      EstimateRow e = estimates.get(i);
      BigDecimal amount = i == estimates.size() - 1 ? left
          : winner.price().multiply(e.termCost()).divide(round.budget(), 2, RoundingMode.HALF_UP);
      left = left.subtract(amount);
      shares.add(new Share(e.purchaserCode(), amount, rounds.estimatePosts(e.id())));
    }
    return shares;
  }

  /** One purchaser's contract to be: what it pays and the posts it buys. */
  record Share(String purchaserCode, BigDecimal amount, List<Long> postIds) {
  }

  Map<String, List<Post>> unboughtPosts(Organisation city, LocalDate serviceStart) {
    List<Post> active = posts.within(city.code()).stream().filter(post -> Post.ACTIVE.equals(post.status())).toList();
    if (active.isEmpty()) {
      return Map.of();
    }
    Set<Long> held = new HashSet<>();
    for (int from = 0; from < active.size(); from += 1000) {
      held.addAll(rounds.heldPosts(active.subList(from, Math.min(active.size(), from + 1000)).stream()
          .map(Post::id).toList(), serviceStart));
    }
    Map<String, List<Post>> byPurchaser = new TreeMap<>();
    Map<String, String> purchaserOfUnit = new LinkedHashMap<>();
    for (Post post : active) {
      if (!held.contains(post.id())) {
        String purchaser = purchaserOfUnit.computeIfAbsent(post.unitCode(), unit -> purchaser(city, unit));
        byPurchaser.computeIfAbsent(purchaser, p -> new ArrayList<>()).add(post);
      }
    }
    return byPurchaser;
  }

  /** The county a unit lies in, or the city for its own units (and for Dingzhou and Xinji, always). */
  private String purchaser(Organisation city, String unitCode) {
    if (city.type() == OrgType.DIRECT_CITY) {
      return city.code();
    }
    String parent = Codes.parentOf(unitCode);
    return orgs.find(parent).filter(org -> org.type() == OrgType.COUNTY).map(Organisation::code).orElse(city.code());
  }

  private record Estimate(BigDecimal annual, BigDecimal term, String detail) {
  }

  /** The pay service's annual cost of each post at the service start, times the three years of the term. */
  private Estimate estimate(List<Post> held, LocalDate serviceStart, Map<String, BigDecimal> cache) {
    Map<String, Integer> counts = new TreeMap<>();
    BigDecimal annual = BigDecimal.ZERO;
    for (Post post : held) {
      String key = post.unitCode() + "|" + post.grade().name();
      BigDecimal cost = cache.computeIfAbsent(key, k -> pay.quote(post.unitCode(), post.grade(),
          ESTIMATE_ALLOWANCE_TIER, serviceStart, null, null).totalAnnualCost());
      annual = annual.add(cost);
      counts.merge(key, 1, Integer::sum);
    }
    StringBuilder detail = new StringBuilder();
    counts.forEach((key, count) -> {
      String[] parts = key.split("\\|");
      detail.append(name(parts[0])).append(' ').append(Grade.valueOf(parts[1]).label()).append(' ').append(count)
          .append(" 个 × 年 ").append(yuan(cache.get(key))).append('\n');
    });
    String text = detail.length() > 3000 ? detail.substring(0, 3000) + "……（共 " + counts.size() + " 项）" : detail.toString();
    return new Estimate(annual, annual.multiply(BigDecimal.valueOf(Contracts.TERM_YEARS)), text.stripTrailing());
  }

  /** A bid price as written on the bid: yuan, at most two decimals, thousands separators and 元 allowed. */
  static BigDecimal price(String text) {
    String field = ProcurementProcess.Vars.BID_PRICE.name();
    if (text == null || text.isBlank()) {
      throw Refusal.invalid(field, "须填写投标报价（元）");
    }
    String written = text.trim().replaceAll("\\s", "").replaceFirst("元$", "").replace('，', ',');
    // Separators only where they group thousands: "1,234,567.89", never "1,00,000" or "10,00".
    if (!written.matches("([0-9]{1,13}|[0-9]{1,3}(,[0-9]{3}){1,4})(\\.[0-9]{1,2})?")) {
      throw Refusal.invalid(field, "投标报价须为金额（元，数字，最多两位小数），收到 " + Problems.quote(text));
    }
    BigDecimal amount = new BigDecimal(written.replace(",", ""));
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_PRICE) > 0) {
      throw Refusal.invalid(field, "投标报价须为大于零、不超过 " + MAX_PRICE.toPlainString()
          + " 元的金额，最多两位小数，收到 " + Problems.quote(text));
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static LocalDate serviceStart(String text, int year) {
    String field = ProcurementProcess.Vars.SERVICE_START.name();
    LocalDate date;
    try {
      date = LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, "服务开始日期须为 YYYY-MM-DD，收到 " + Problems.quote(text));
    }
    if (date.getYear() != year && date.getYear() != year + 1) {
      throw Refusal.invalid(field, "服务开始日期须在采购年度 " + year + " 或次年内，收到 " + date);
    }
    return date;
  }

  private static void requireStatus(RoundRow round, RoundStatus expected) {
    if (round.status() != expected) {
      throw Refusal.conflict("round_status", "采购轮次 " + round.caseNumber() + " 当前为「" + round.status().label()
          + "」，不能办理此步骤");
    }
  }

  String name(String orgCode) {
    return orgs.find(orgCode).map(Organisation::name).orElse(orgCode);
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), CHINA);
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount) + " 元";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
