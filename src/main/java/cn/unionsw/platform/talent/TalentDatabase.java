package cn.unionsw.platform.talent;

import cn.unionsw.platform.posts.Post;
import cn.unionsw.platform.procurement.Contracts;
import cn.unionsw.platform.talent.TalentMapper.PostRow;
import cn.unionsw.platform.talent.TalentMapper.Row;
import cn.unionsw.platform.talent.TalentMapper.Stored;
import cn.unionsw.platform.talent.WorkerCheck.Fault;
import cn.unionsw.platform.web.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provincial talent database (人才信息库, national guidance; Jiangsu: real-name dynamic management): every worker
 * on a post, who they are, which post and contract, and the record of what happened to them. Recruitment hires into
 * it, evaluation and appeals read it. A post has at most one worker ON_POST: a hire locks the post's row first, so
 * that of two hires of one post the second meets the first (409); the unique index on the held post stands behind.
 * One record per person (identity number): a worker who left and comes back takes up their own record again.
 */
@Service
public class TalentDatabase {

  /** How certificates are joined in their column. */
  static final String SEPARATOR = "、";

  private final TalentMapper mapper;
  private final Contracts contracts;
  private final Accounts accounts;
  private final Clock clock;

  TalentDatabase(TalentMapper mapper, Contracts contracts, Accounts accounts, Clock clock) {
    this.mapper = mapper;
    this.contracts = contracts;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * The worker takes an ACTIVE post of a grade no higher than theirs (Art. 15: a post of their grade or lower), on
   * the contract that employs them. Refused (409) when the post is held, the identity number is on another post or
   * the account belongs to another worker; bad input (400) names the field.
   */
  @Transactional
  public Worker hire(NewWorker w, String by) {
    return find(placeOnPost(w, by)).orElseThrow();
  }

  /**
   * The hire of {@link #hire}, answering the worker's id only: for those who hire many (a recruitment round, an
   * import) and need not read each record back.
   */
  @Transactional
  public long placeOnPost(NewWorker w, String by) {
    NewWorker worker = normalised(w);
    LocalDate today = today();
    List<Fault> faults = WorkerCheck.faults(worker, today);
    if (!faults.isEmpty()) {
      throw Refusal.invalid(faults.get(0).field(), faults.get(0).reason());
    }
    if (worker.postId() == null) {
      throw Refusal.invalid("postId", "须指定岗位");
    }
    PostRow post = mapper.lockPost(worker.postId());
    if (post == null) {
      throw Refusal.invalid("postId", "岗位 " + worker.postId() + " 不存在");
    }
    if (!Post.ACTIVE.equals(post.status())) {
      throw Refusal.conflict("post_not_active", "postId", "岗位 " + post.id() + " 已撤销，不能上岗");
    }
    if (post.grade().compareTo(worker.grade()) > 0) {
      throw Refusal.invalid("grade", "岗位 " + post.id() + " 为" + post.grade().label() + "，高于本人等级"
          + worker.grade().label() + "（第十五条：只能聘用于本等级或较低等级的岗位）");
    }
    // Read after the lock, in a statement of its own: a snapshot taken before the lock wait (H2 takes one per
    // statement) would miss the hire that held the lock.
    if (!mapper.held(List.of(post.id())).isEmpty()) {
      throw Refusal.conflict("post_filled", "postId", "岗位 " + post.id() + " 已有在岗社工");
    }
    Optional<Row> earlier = mapper.findByIdentity(worker.identityNumber());
    if (earlier.isPresent() && earlier.get().status() == WorkerStatus.ON_POST) {
      throw Refusal.conflict("worker_on_post", "identityNumber", "身份证号 " + worker.identityNumber() + " 的社工已在岗位 "
          + earlier.get().postId() + " 上岗（" + earlier.get().unitCode() + "），须先离岗");
    }
    accounts.requireFree(worker.userId(), earlier.map(Row::id).orElse(null));
    Stored stored = stored(earlier.map(Row::id).orElse(null), worker, post, by);
    try {
      if (earlier.isEmpty()) {
        mapper.insert(stored);
      } else if (mapper.rehire(stored) != 1) {
        throw Refusal.conflict("worker_changed", "社工 " + stored.id + " 的记录刚被修改，请重试");
      }
    } catch (DuplicateKeyException e) {
      // Another hire of this post, person or account got in between the checks and the insert.
      throw Refusal.conflict("worker_conflict", "该岗位、身份证号或平台账号刚被另一次上岗占用，请刷新后重试");
    }
    mapper.insertEvent(stored.id, TalentEventKind.HIRED, worker.onPostSince(), hiredDetail(stored), by, now());
    return stored.id;
  }

  /** The worker leaves their post (离岗) on {@code on}; the post is free from then. 409 if they have left already. */
  @Transactional
  public void leave(long workerId, LocalDate on, String reason, String by) {
    String problem = WorkerCheck.text("离岗原因", reason, WorkerCheck.MAX_REASON);
    if (problem != null) {
      throw Refusal.invalid("reason", problem);
    }
    Row worker = locked(workerId);
    if (worker.status() != WorkerStatus.ON_POST) {
      throw Refusal.conflict("worker_left", "社工 " + workerId + " 已于 " + worker.leftOn() + " 离岗");
    }
    requireDay("on", on, worker.onPostSince(), "上岗日期");
    if (mapper.leave(workerId, on, reason.strip(), by, now()) != 1) {
      throw new IllegalStateException("worker " + workerId + " changed under its own lock");
    }
    mapper.insertEvent(workerId, TalentEventKind.LEFT, on, "离开" + worker.unitCode() + " 岗位 " + worker.postId()
        + "：" + reason.strip(), by, now());
  }

  /** One entry of the dynamic record: training, pay, an evaluation, a grade change, a transfer. */
  @Transactional
  public void record(long workerId, TalentEventKind kind, LocalDate on, String detail, String by) {
    if (kind == null || kind == TalentEventKind.HIRED || kind == TalentEventKind.LEFT) {
      throw Refusal.invalid("kind", "须为培训、薪酬变动、年度评价、岗位等级变动或调动；上岗和离岗由上岗、离岗登记");
    }
    String problem = WorkerCheck.text("记录内容", detail, WorkerCheck.MAX_DETAIL);
    if (problem != null) {
      throw Refusal.invalid("detail", problem);
    }
    Row worker = locked(workerId);
    requireDay("on", on, worker.birthDate(), "出生日期");
    mapper.insertEvent(workerId, kind, on, detail.strip(), by, now());
    mapper.touch(workerId, by, now());
  }

  @Transactional(readOnly = true)
  public Optional<Worker> find(long id) {
    return mapper.find(id).map(TalentDatabase::worker);
  }

  /**
   * The record of the worker whose platform account is exactly {@code userId}, whether on post or not: MySQL's and
   * MariaDB's collations ignore trailing spaces ("x " finds "x"), Camunda's user ids do not.
   */
  @Transactional(readOnly = true)
  public Optional<Worker> ofUser(String userId) {
    return userId == null ? Optional.empty() : mapper.findByUser(userId).map(TalentDatabase::worker)
        .filter(found -> userId.equals(found.userId()));
  }

  /** The record of the person with this identity number (as normalised), whether on post or not. */
  @Transactional(readOnly = true)
  public Optional<Worker> ofIdentity(String identityNumber) {
    return identityNumber == null ? Optional.empty()
        : mapper.findByIdentity(IdentityNumber.normalise(identityNumber)).map(TalentDatabase::worker);
  }

  /** Workers of the posts at or below an organisation, of one status or (null) all, by unit. */
  @Transactional(readOnly = true)
  public List<Worker> within(String orgCode, WorkerStatus status) {
    return mapper.within(orgCode, status).stream().map(TalentDatabase::worker).toList();
  }

  public boolean isFilled(long postId) {
    return !mapper.held(List.of(postId)).isEmpty();
  }

  /** Which of these posts an ON_POST worker holds. */
  public Set<Long> filledPosts(Collection<Long> postIds) {
    return postIds.isEmpty() ? Set.of() : new TreeSet<>(mapper.held(postIds));
  }

  /** The dynamic record of a worker, oldest first. */
  public List<TalentEvent> history(long workerId) {
    return mapper.history(workerId);
  }

  private Stored stored(Long id, NewWorker w, PostRow post, String by) {
    String contractorName = w.contractorName();
    LocalDate startsOn = w.contractStartsOn();
    LocalDate endsOn = w.contractEndsOn();
    if (w.contractId() != null) {
      Contracts.Terms contract = contracts.terms(w.contractId(), post.id())
          .orElseThrow(() -> Refusal.invalid("contractId", "合同 " + w.contractId() + " 不存在"));
      if (!contract.activeForPost()) {
        throw Refusal.invalid("contractId", "合同 " + contract.contractNumber() + " 不是承接岗位 " + post.id()
            + " 的履行中合同");
      }
      contractorName = contract.contractorName();
      startsOn = contract.startsOn();
      endsOn = contract.endsOn();
    }
    return new Stored(id, w.identityNumber(), w.name(), IdentityNumber.birthDate(w.identityNumber()), w.education(),
        String.join(SEPARATOR, w.certificates()), w.grade(), post.unitCode(), post.id(), w.contractId(),
        contractorName, startsOn, endsOn, w.userId(), w.onPostSince(), w.source(), now(), by);
  }

  private static String hiredDetail(Stored w) {
    return "上岗：" + w.unitCode + " 岗位 " + w.postId + "（" + w.grade.label() + "）"
        + (w.contractorName == null ? "" : "，承接主体 " + w.contractorName + "，合同 " + w.contractStartsOn + " 至 "
            + w.contractEndsOn) + (w.source == WorkerSource.IMPORT ? "（导入）" : "");
  }

  private Row locked(long id) {
    if (mapper.lock(id) == null) {
      throw Refusal.notFound("worker", "没有这名社工: " + id);
    }
    return mapper.find(id).orElseThrow();
  }

  /** A day from {@code earliest} to today (Beijing time). */
  private void requireDay(String field, LocalDate day, LocalDate earliest, String what) {
    if (day == null) {
      throw Refusal.invalid(field, "日期不能为空");
    }
    if (day.isAfter(today())) {
      throw Refusal.invalid(field, "日期 " + day + " 晚于今天");
    }
    if (day.isBefore(earliest)) {
      throw Refusal.invalid(field, "日期 " + day + " 早于" + what + " " + earliest);
    }
  }

  static NewWorker normalised(NewWorker w) {
    return new NewWorker(IdentityNumber.normalise(w.identityNumber()), strip(w.name()), w.education(),
        w.certificates().stream().map(TalentDatabase::strip).filter(Objects::nonNull).toList(), w.grade(), w.postId(), w.contractId(),
        strip(w.contractorName()), w.contractStartsOn(), w.contractEndsOn(), strip(w.userId()), w.onPostSince(),
        w.source());
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static Worker worker(Row r) {
    List<String> certificates = r.certificates().isEmpty() ? List.of() : List.of(r.certificates().split(SEPARATOR));
    return new Worker(r.id(), r.identityNumber(), r.name(), r.birthDate(), r.education(), certificates, r.grade(),
        r.unitCode(), r.postId(), r.contractId(), r.contractorName(), r.contractStartsOn(), r.contractEndsOn(),
        r.userId(), r.status(), r.onPostSince(), r.leftOn(), r.exitReason(), r.source(), r.createdAt(), r.createdBy(),
        r.updatedAt(), r.updatedBy());
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), IdentityNumber.CHINA);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), IdentityNumber.CHINA);
  }
}
