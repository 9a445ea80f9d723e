package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.Post;
import cn.unionsw.platform.posts.PostRegistry;
import cn.unionsw.platform.procurement.PurchaseRounds;
import cn.unionsw.platform.recruitment.RecruitmentMapper.CandidateRecord;
import cn.unionsw.platform.recruitment.RecruitmentMapper.NewCandidate;
import cn.unionsw.platform.recruitment.RecruitmentMapper.GivenPost;
import cn.unionsw.platform.recruitment.RecruitmentMapper.RoundRow;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.talent.NewWorker;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.WorkerSource;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.TransactionMemo;
import cn.unionsw.platform.web.WritesAtCommit;
import cn.unionsw.platform.web.Refusal.RowError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment of an awarded purchase round (DOMAIN.md §4.5): its candidates imported whole or not at all, started in
 * the background a chunk per job ({@code recruitment-start}), screened at once by the policy decisions, then moved
 * through each stage by the engine's own batch once the city has imported the stage's results. Every candidate's
 * instance reads its own result from the platform's table; one batch carries no per-candidate data.
 */
@Service
public class Recruitment {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int INSERT_CHUNK = 500;

  private final RecruitmentMapper mapper;
  private final PurchaseRounds purchases;
  private final PostRegistry posts;
  private final OrgAccess access;
  private final Screening screening;
  private final Certificates certificates;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;
  private final TalentDatabase talent;
  private final Clock clock;
  /**
   * The candidates a start chunk has read, handed to their screening in the same transaction (the screening runs in
   * the instance the chunk starts): reading each again cost a fifth of the screening's time in the profile.
   */
  private final TransactionMemo<Long, CandidateRecord> starting = new TransactionMemo<>();
  /**
   * Where each candidate a job moves on now stands, written in one statement just before the job commits: a batch
   * job moving fifty candidates updated their rows one statement each (a twentieth of a stage's database time).
   * Nothing in the job reads a candidate's stage back.
   */
  private final WritesAtCommit<Long, RecruitmentMapper.Move> moves;
  /**
   * What a stage's batch job reads ahead for the fifty candidates it moves on, in one statement each ({@link
   * #readAhead}): each candidate's result of the stage and, on post, the candidate and whether its post is still
   * free; read one by one, they were a statement per candidate each.
   */
  private final TransactionMemo<Long, RecruitmentMapper.ResultRow> resultsAhead = new TransactionMemo<>();
  private final TransactionMemo<Long, CandidateRecord> candidatesAhead = new TransactionMemo<>();
  private final TransactionMemo<Long, Boolean> postStillFreeAhead = new TransactionMemo<>();

  Recruitment(RecruitmentMapper mapper, PurchaseRounds purchases, PostRegistry posts, OrgAccess access,
      Screening screening, Certificates certificates, RuntimeService runtime, RepositoryService repository,
      IdentityService identity, ProcessEngineConfigurationImpl engine, TalentDatabase talent, Clock clock) {
    this.mapper = mapper;
    this.purchases = purchases;
    this.posts = posts;
    this.access = access;
    this.screening = screening;
    this.certificates = certificates;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.engine = engine;
    this.talent = talent;
    this.clock = clock;
    this.moves = new WritesAtCommit<>(INSERT_CHUNK, mapper::moved);
  }

  /** A round's recruitment is opened by a clerk of its city, once, after the award. */
  @Transactional
  public RoundRow open(long procurementRoundId, String userId) {
    PurchaseRounds.Awarded awarded = purchases.awarded(procurementRoundId).orElseThrow(() ->
        Refusal.notFound("round", "没有已定标的采购轮次: " + procurementRoundId));
    requireCityClerk(userId, awarded.cityCode());
    if (mapper.roundOf(procurementRoundId).isPresent()) {
      throw Refusal.conflict("recruitment_open", "采购轮次 " + awarded.caseNumber() + " 已开始招聘");
    }
    mapper.insertRound(procurementRoundId, awarded.cityCode(), userId, now());
    return mapper.roundOf(procurementRoundId).orElseThrow();
  }

  /**
   * Imports the round's candidates: the whole file is checked (CandidateSheet), then each row against the round —
   * a post of the contracts at that unit and grade, the candidate not already in the round — and nothing is written
   * if any row is bad. The candidates are then started in the background.
   */
  @Transactional
  public int importCandidates(long roundId, byte[] file, String fileName, String userId) {
    RoundRow round = mapper.lock(roundId).orElseThrow(() -> Refusal.notFound("recruitment", "没有这个招聘: " + roundId));
    requireCityClerk(userId, round.cityCode());
    requireStep(roundId, RecruitmentRoundProcess.Elements.IMPORT_CANDIDATES, "考生名单只能在“导入考生名单”任务办理期间导入");
    List<CandidateRow> rows = CandidateSheet.read(file, fileName, today(), certificates.known());
    PurchaseRounds.Awarded awarded = purchases.awarded(round.procurementRoundId()).orElseThrow();
    Set<String> offered = new HashSet<>();
    for (Post post : posts.byIds(awarded.postIds())) {
      offered.add(post.unitCode() + "|" + post.grade().name());
    }
    Set<String> known = new HashSet<>(mapper.identityNumbers(roundId));
    List<RowError> errors = new ArrayList<>();
    for (CandidateRow row : rows) {
      if (!offered.contains(row.unitCode() + "|" + row.appliedGrade().name())) {
        errors.add(new RowError(row.row(), "unitCode", "第 " + row.row() + " 行：本轮采购的岗位中没有 " + row.unitCode()
            + " 的" + row.appliedGrade().label()));
      }
      if (known.contains(row.identityNumber())) {
        errors.add(new RowError(row.row(), "identityNumber", "第 " + row.row() + " 行：身份证号已在本轮报名"));
      }
    }
    if (!errors.isEmpty()) {
      throw Refusal.invalidRows("file", "文件有 " + errors.size() + " 处错误，未导入任何数据；第一处：" + errors.get(0).reason(),
          errors);
    }
    List<NewCandidate> candidates = rows.stream().map(NewCandidate::of).toList();
    for (int from = 0; from < candidates.size(); from += INSERT_CHUNK) {
      mapper.insertCandidates(roundId, candidates.subList(from, Math.min(candidates.size(), from + INSERT_CHUNK)));
    }
    String started = roundId + "-" + System.currentTimeMillis();
    for (int lane = 0; lane < RecruitmentProcess.START_LANES; lane++) {
      Map<String, Object> variables = Map.of(RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID.name(),
          Math.toIntExact(roundId), RecruitmentProcess.Vars.LANE.name(), lane, RecruitmentProcess.Vars.LANES.name(),
          RecruitmentProcess.START_LANES);
      String businessKey = "招聘-" + started + "-" + lane;
      AsPlatform.run(identity, () -> runtime.startProcessInstanceByKey(RecruitmentProcess.START_KEY, businessKey,
          variables));
    }
    return candidates.size();
  }

  /**
   * One chunk of the background start in one lane (the candidates whose id modulo {@code lanes} is {@code lane}):
   * each candidate's instance, in this job's transaction; answers what is left in the lane.
   */
  @Transactional
  public int startChunk(long roundId, int lanes, int lane) {
    List<CandidateRecord> chunk = mapper.unstarted(roundId, lanes, lane, RecruitmentProcess.START_CHUNK);
    // The latest version once per chunk: a start by key looks it up in the database for every candidate.
    String definitionId = chunk.isEmpty() ? null : repository.createProcessDefinitionQuery()
        .processDefinitionKey(RecruitmentProcess.KEY).withoutTenantId().latestVersion().singleResult().getId();
    List<RecruitmentMapper.Started> started = new ArrayList<>(chunk.size());
    for (CandidateRecord candidate : chunk) {
      starting.put(candidate.id(), candidate);
      String pid = runtime.startProcessInstanceById(definitionId, RecruitmentProcess.businessKeyOf(candidate.id()),
          Map.of(RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID.name(), Math.toIntExact(roundId))).getId();
      started.add(new RecruitmentMapper.Started(candidate.id(), pid));
    }
    // The chunk's instances recorded in one statement (one each was a seventh of the chunk's CPU on MariaDB).
    if (!started.isEmpty() && mapper.started(started) != started.size()) {
      // Another start (a second import's lane) got there first: roll this chunk back; the retry skips the row.
      throw new IllegalStateException("a candidate of this chunk was started meanwhile");
    }
    return mapper.unstartedInLane(roundId, lanes, lane);
  }

  /** Registration review of one candidate; answers whether it goes on to the aptitude test. */
  @Transactional
  public boolean screen(long candidateId) {
    CandidateRecord kept = starting.find(candidateId);
    CandidateRecord candidate = kept != null ? kept : mapper.candidate(candidateId).orElseThrow(() ->
        Refusal.notFound("candidate", "没有这名考生: " + candidateId));
    int age = IdentityNumber.ageOn(candidate.identityNumber(), today());
    Screening.Verdict verdict = screening.screen(candidate, age);
    moved(candidateId, verdict.passed() ? Stage.APTITUDE_TEST : Stage.SCREENING,
        verdict.passed() ? Outcome.IN_PROGRESS : Outcome.FAILED, verdict.reason(), verdict.decidedBy());
    return verdict.passed();
  }

  /**
   * Reads ahead, in the transaction of a stage's batch job, what the candidates of these instances will ask for when
   * the job moves them on by {@code message} (one statement for all of them, where each asked with one of its own).
   */
  void readAhead(Collection<String> processInstanceIds, String message) {
    Stage stage = Stage.ofMessage(message);
    if (stage == null || processInstanceIds.isEmpty() || !TransactionMemo.inTransaction()) {
      return;
    }
    mapper.resultsOfInstances(processInstanceIds, stage).forEach(result -> resultsAhead.put(result.candidateId(),
        result));
    if (stage == Stage.ON_POST) {
      Set<Long> free = new HashSet<>(mapper.withPostStillFree(processInstanceIds));
      for (CandidateRecord c : mapper.candidatesOfInstances(processInstanceIds)) {
        candidatesAhead.put(c.id(), c);
        postStillFreeAhead.put(c.id(), free.contains(c.id()));
      }
    }
  }

  /** The candidate's result of the stage it waited at, imported by the city; answers whether it goes on. */
  @Transactional
  public boolean stageResult(long candidateId, Stage stage) {
    RecruitmentMapper.ResultRow ahead = resultsAhead.find(candidateId);
    var result = (ahead != null && ahead.stage() == stage ? Optional.of(ahead) : mapper.result(candidateId, stage))
        .orElseThrow(() -> Refusal.conflict("result_missing",
            "考生 " + candidateId + " 没有" + stage.label() + "结果：先整轮导入结果，再确认本环节"));
    if (!result.passed()) {
      moved(candidateId, stage, Outcome.FAILED, stage.label() + "未通过"
          + (result.note() == null ? "" : "：" + result.note()));
      return false;
    }
    boolean last = stage.ordinal() == Stage.values().length - 1;
    if (last) {
      CandidateRecord candidate = candidatesAhead.find(candidateId);
      hire(candidate != null ? candidate : mapper.candidate(candidateId).orElseThrow());
    }
    moved(candidateId, last ? stage : Stage.values()[stage.ordinal() + 1],
        last ? Outcome.HIRED : Outcome.IN_PROGRESS, null);
    return true;
  }

  private void moved(long candidateId, Stage stage, Outcome outcome, String reason) {
    moved(candidateId, stage, outcome, reason, null);
  }

  private void moved(long candidateId, Stage stage, Outcome outcome, String reason, String screeningDecisions) {
    moves.add(candidateId, new RecruitmentMapper.Move(candidateId, stage, outcome, reason, screeningDecisions));
  }

  /**
   * Imports one stage's results for the candidates waiting at it: every row names such a candidate and gives no
   * result twice; nothing is written if any row is bad.
   */
  @Transactional
  public int importResults(long roundId, Stage stage, byte[] file, String fileName, String userId) {
    RoundRow round = mapper.lock(roundId).orElseThrow(() -> Refusal.notFound("recruitment", "没有这个招聘: " + roundId));
    requireCityClerk(userId, round.cityCode());
    requireAdvancing(stage);
    requireStep(roundId, RecruitmentRoundProcess.Elements.signOff(stage), stage.label() + "结果只能在“确认"
        + stage.label() + "结果”任务办理期间导入");
    List<StageResults.Result> results = StageResults.read(file, fileName);
    Map<String, CandidateRecord> waiting = new HashMap<>();
    mapper.waitingAt(roundId, stage).forEach(c -> waiting.put(c.identityNumber(), c));
    // The stage's results already imported, read once: not one query per row of a file of ten thousand.
    Set<Long> recorded = new HashSet<>();
    mapper.resultsAt(roundId, stage).forEach(result -> recorded.add(result.candidateId()));
    List<RowError> errors = new ArrayList<>();
    List<RecruitmentMapper.ResultRow> rows = new ArrayList<>();
    for (StageResults.Result result : results) {
      CandidateRecord candidate = waiting.get(result.identityNumber());
      if (candidate == null) {
        errors.add(new RowError(result.row(), "identityNumber", "第 " + result.row() + " 行：本轮没有在等待"
            + stage.label() + "结果的这名考生"));
      } else if (recorded.contains(candidate.id())) {
        errors.add(new RowError(result.row(), "identityNumber", "第 " + result.row() + " 行：这名考生的"
            + stage.label() + "结果已导入"));
      } else {
        rows.add(new RecruitmentMapper.ResultRow(candidate.id(), stage, result.passed(), result.score(),
            result.note()));
      }
    }
    if (!errors.isEmpty()) {
      throw StageResults.refused(errors);
    }
    LocalDateTime at = now();
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      mapper.insertResults(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)), userId, at);
    }
    return rows.size();
  }

  /** The round's standing in words, for the city's task form. */
  public String summary(long roundId) {
    int notStarted = mapper.unstartedCount(roundId);
    StringBuilder text = new StringBuilder();
    for (RecruitmentMapper.Tally tally : mapper.tally(roundId)) {
      text.append(tally.stage().label()).append(' ').append(tally.outcome().label()).append(' ')
          .append(tally.candidates()).append(" 人\n");
    }
    if (notStarted > 0) {
      text.append("尚有 ").append(notStarted).append(" 名考生在后台启动中\n");
    }
    return text.isEmpty() ? "尚未导入考生名单" : text.toString().stripTrailing();
  }

  /** The import is finished: candidates imported, every one started and screened. */
  public void requireImported(long roundId) {
    if (mapper.candidateCount(roundId) == 0) {
      throw Refusal.conflict("no_candidates", "尚未导入考生名单");
    }
    int notStarted = mapper.unstartedCount(roundId);
    if (notStarted > 0) {
      throw Refusal.conflict("candidates_starting", "尚有 " + notStarted + " 名考生在后台启动中，请稍后再确认");
    }
  }

  /**
   * The city signs a stage off once for the round: screening is already decided (it is confirmed); any other stage
   * moves everyone waiting there on by one batch, refused while a result is missing.
   */
  @Transactional
  public void signOff(long roundId, Stage stage, String userId) {
    requireImported(roundId);
    if (stage != Stage.SCREENING && mapper.waitingCount(roundId, stage) > 0) {
      advance(roundId, stage, userId);
    }
  }

  /**
   * A round's list as .xlsx in the candidate file's layout (so it imports again), all or one stage's, with where each
   * candidate stands and why one ended; for the city and above.
   */
  @Transactional(readOnly = true)
  public byte[] export(long roundId, Stage stage, String userId) {
    progress(roundId, userId); // the same reach as the progress
    Map<CandidateRow, CandidateRecord> byRow = new IdentityHashMap<>();
    List<CandidateRow> rows = rows(mapper.candidates(roundId, stage), byRow);
    return CandidateWorkbook.write(stage == null ? CandidateWorkbook.SHEET : stage.label(), rows,
        List.of("当前环节", "状态", "原因", "报名审核所用决策版本"), row -> {
          CandidateRecord c = byRow.get(row);
          return List.of(c.stage().label(), c.outcome().label(), c.reason() == null ? "" : c.reason(),
              c.screeningDecisions() == null ? "" : c.screeningDecisions());
        });
  }

  /**
   * A stage's results as .xlsx: each candidate who has one, in the candidate file's layout followed by the results
   * file's own columns (是否通过, 成绩, 备注), so that the sheet reads back as that stage's results file; for the city
   * and above.
   */
  @Transactional(readOnly = true)
  public byte[] exportResults(long roundId, Stage stage, String userId) {
    requireAdvancing(stage);
    progress(roundId, userId);
    Map<Long, RecruitmentMapper.ResultRow> results = new HashMap<>();
    mapper.resultsAt(roundId, stage).forEach(result -> results.put(result.candidateId(), result));
    Map<CandidateRow, CandidateRecord> byRow = new IdentityHashMap<>();
    List<CandidateRow> rows = rows(mapper.candidatesWithResult(roundId, stage), byRow);
    return CandidateWorkbook.write(stage.label() + "结果", rows,
        List.of(StageResults.PASSED, StageResults.SCORE, StageResults.NOTE), row -> {
          RecruitmentMapper.ResultRow result = results.get(byRow.get(row).id());
          return Arrays.asList(result.passed(), result.score(), result.note());
        });
  }

  /**
   * Stored candidates as the file's rows, each row remembered with its candidate (by the row object: two imports of
   * one round both start at row 2).
   */
  private List<CandidateRow> rows(List<CandidateRecord> candidates, Map<CandidateRow, CandidateRecord> byRow) {
    List<CandidateRow> rows = new ArrayList<>();
    for (CandidateRecord c : candidates) {
      CandidateRow row = new CandidateRow(c.fileRow(), c.name(), c.identityNumber(), c.birthDate(),
          IdentityNumber.ageOn(c.identityNumber(), today()), c.education(), c.unionWorkYears(), c.workYears(),
          c.certificates() == null ? List.of() : List.of(c.certificates().split("、")), c.socialWorkBachelor(),
          c.examEligible(), c.yearsInLevel3(), c.yearsInLevel2(), c.unitCode(),
          Grade.valueOf(c.appliedGrade()), c.phone());
      byRow.put(row, c);
      rows.add(row);
    }
    return rows;
  }

  /** Where a round stands: its candidates by stage and outcome, and how many are not started yet. */
  @Transactional(readOnly = true)
  public Progress progress(long roundId, String userId) {
    RoundRow round = mapper.round(roundId).orElseThrow(() -> Refusal.notFound("recruitment", "没有这个招聘: " + roundId));
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("招聘进度由各级工会的经办人员和审核人员查看");
    }
    if (!reach.includes(round.cityCode())) {
      throw Refusal.notFound("recruitment", "没有这个招聘: " + roundId);
    }
    return new Progress(round.id(), round.procurementRoundId(), round.cityCode(), mapper.unstartedCount(roundId),
        mapper.tally(roundId));
  }

  /** A round's progress. */
  public record Progress(long id, long procurementRoundId, String cityCode, int notStarted,
      List<RecruitmentMapper.Tally> candidates) {
  }

  private static void requireAdvancing(Stage stage) {
    if (stage == null || stage.message() == null) {
      throw Refusal.invalid("stage", "须为 APTITUDE_TEST、INTERVIEW、MEDICAL_CHECK、LABOUR_CONTRACT 或 ON_POST");
    }
  }

  /**
   * On post (上岗): the candidate enters the talent database on the post given to it at the sign-off, employed under
   * that post's contract; the post is then filled. A post given but no longer free (filled or withdrawn since, or its
   * contract ended) is given again under the round's lock, before the hire: a refusal inside the hire would fail the
   * whole batch job on every retry. No post left is a conflict the job reports (an incident in Cockpit).
   */
  private void hire(CandidateRecord c) {
    Long postId = c.postId();
    Long contractId = c.contractId();
    Boolean freeAhead = postStillFreeAhead.find(c.id());
    if (postId == null || !(freeAhead != null ? freeAhead : stillFree(postId, contractId))) {
      // Signed off before posts were given at the sign-off (V46), or the post is gone: choose again for this one.
      RoundRow round = mapper.lock(c.recruitmentRoundId()).orElseThrow();
      mapper.takeBackPost(c.id());
      GivenPost given = givePosts(round, c.id()).get(c.id());
      postId = given.postId();
      contractId = given.contractId();
    }
    talent.placeOnPost(new NewWorker(c.identityNumber(), c.name(), c.education(), c.certificates() == null ? List.of()
        : List.of(c.certificates().split("、")), Grade.valueOf(c.appliedGrade()), postId, contractId, null, null,
        null, null, today(), WorkerSource.RECRUITMENT), "recruitment");
  }

  /** The post is active, held by no one, and its contract is active and still serves it: one statement. */
  private boolean stillFree(long postId, Long contractId) {
    return contractId != null && mapper.stillFree(postId, contractId);
  }

  /**
   * Gives each candidate who passed post training (or only {@code onlyCandidate}, if not null) a free, active post of
   * the round's active contracts at the unit and grade applied for, with the contract serving it, in file order, once
   * for the whole round and under its lock, so that the batch jobs moving them on hire side by side without choosing
   * (found by the benchmark: choosing in the jobs made them take turns, or pick the same post and fail on every
   * retry). Refused, naming each unit and grade short of posts, if there are not enough. Answers what it gave.
   */
  private Map<Long, GivenPost> givePosts(RoundRow round, Long onlyCandidate) {
    PurchaseRounds.Awarded awarded = purchases.awarded(round.procurementRoundId()).orElseThrow();
    Set<Long> given = new HashSet<>(mapper.postsGiven(round.id()));
    Map<String, Deque<Long>> free = new HashMap<>();
    Map<Long, GivenPost> choice = new LinkedHashMap<>();
    Map<String, Integer> missing = new TreeMap<>();
    for (CandidateRecord c : mapper.passingAt(round.id(), Stage.ON_POST)) {
      if (c.postId() != null || (onlyCandidate != null && !onlyCandidate.equals(c.id()))) {
        continue;
      }
      Grade grade = Grade.valueOf(c.appliedGrade());
      Long post = free.computeIfAbsent(c.unitCode() + "|" + grade.name(), key -> {
        List<Long> offered = posts.within(c.unitCode()).stream()
            .filter(p -> p.unitCode().equals(c.unitCode()) && p.grade() == grade && Post.ACTIVE.equals(p.status())
                && awarded.contractOfPost().containsKey(p.id()) && !given.contains(p.id()))
            .map(Post::id).toList();
        Set<Long> filled = talent.filledPosts(offered);
        return offered.stream().filter(id -> !filled.contains(id)).collect(Collectors.toCollection(ArrayDeque::new));
      }).poll();
      if (post == null) {
        missing.merge(c.unitCode() + " 的" + grade.label(), 1, Integer::sum);
      } else {
        choice.put(c.id(), new GivenPost(c.id(), post, awarded.contractOfPost().get(post)));
      }
    }
    if (!missing.isEmpty()) {
      StringBuilder text = new StringBuilder("本轮采购的岗位不够上岗：");
      missing.forEach((where, count) -> text.append(where).append("缺 ").append(count).append(" 个空岗；"));
      throw Refusal.conflict("no_free_post", "stage", text.toString());
    }
    List<GivenPost> rows = new ArrayList<>(choice.values());
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      mapper.givePosts(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
    }
    return choice;
  }

  /** A stage's advance under way: the engine's batch and how many candidates it moves. */
  public record Advance(String batchId, int candidates) {
  }

  /**
   * Moves every candidate waiting at the stage on, by one engine batch (the stage's message delivered to each,
   * {@link StageAdvanceBatch}: jobs on every node, surviving restarts, its progress in Cockpit); refused while any of
   * them has no result.
   */
  @Transactional
  public Advance advance(long roundId, Stage stage, String userId) {
    RoundRow round = mapper.lock(roundId).orElseThrow(() -> Refusal.notFound("recruitment", "没有这个招聘: " + roundId));
    requireCityClerk(userId, round.cityCode());
    requireAdvancing(stage);
    int missing = mapper.withoutResult(roundId, stage);
    if (missing > 0) {
      throw Refusal.conflict("results_missing", "stage", stage.label() + "还有 " + missing + " 名考生没有导入结果");
    }
    List<String> waiting = mapper.waitingAt(roundId, stage).stream().map(CandidateRecord::processInstanceId).toList();
    if (waiting.isEmpty()) {
      throw Refusal.conflict("nobody_waiting", "stage", "没有考生在等待" + stage.label() + "的结果");
    }
    if (stage == Stage.ON_POST) {
      givePosts(round, null);
    }
    Batch batch = AsPlatform.call(identity, () -> StageAdvanceBatch.start(engine, stage.message(), waiting));
    return new Advance(batch.getId(), waiting.size());
  }

  /**
   * Files change a round only at its step: candidates while it waits at the import, a stage's results while it waits
   * at that stage's sign-off. Found by an adversarial test: a candidate imported after the import was signed off
   * waited forever at a stage already moved on.
   */
  private void requireStep(long roundId, String taskKey, String refusal) {
    long open = AsPlatform.call(identity, () -> runtime.createExecutionQuery()
        .processDefinitionKey(RecruitmentRoundProcess.KEY)
        .processVariableValueEquals(RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID.name(), Math.toIntExact(roundId))
        .activityId(taskKey)
        .count());
    if (open == 0) {
      throw Refusal.conflict("not_at_step", refusal);
    }
  }

  private void requireCityClerk(String userId, String cityCode) {
    Reach reach = access.reachOf(userId);
    boolean clerk = reach.roles().contains(Roles.CLERK) && cityCode.equals(reach.homeOrg());
    if (!reach.admin() && !clerk) {
      throw Refusal.forbidden("招聘由组织采购的市级工会经办人员办理");
    }
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), CHINA);
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }
}
