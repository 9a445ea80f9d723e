package cn.unionsw.platform.support;

import cn.unionsw.platform.evaluation.Consequences;
import cn.unionsw.platform.evaluation.EvaluationChain;
import cn.unionsw.platform.evaluation.EvaluationStatus;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Published annual evaluations for the appeal's tests, made without the annual-evaluation process: a round of the
 * deciding city and the worker's {@code annual_evaluation} row, DECIDED (or as asked) with its outcome and
 * publication time, the consequences applied as publication applies them ({@link Consequences#apply}). Workers come
 * from the talent database: the demo worker {@code zdworker}, or fresh ones with a platform account of their own on a
 * fresh township. All integration tests share one database, so every evaluation takes a year no other test uses
 * ({@link #year()}), from 2071 on, years no round of a real test is opened for.
 */
public final class PublishedEvaluations {

  /** The password of every worker account made here (meets the password policy). */
  public static final String PASSWORD = "Appeal-Passw0rd!";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger YEARS = new AtomicInteger(2070);
  private static final AtomicInteger ACCOUNTS = new AtomicInteger((int) (System.nanoTime() % 100_000));

  private final JdbcTemplate jdbc;
  private final TalentDatabase talent;
  private final Consequences consequences;
  private final IdentityService identity;
  private final OrgService orgs;
  private final EvaluationChain.Resolver chains;

  public PublishedEvaluations(JdbcTemplate jdbc, TalentDatabase talent, Consequences consequences,
      IdentityService identity, OrgService orgs, EvaluationChain.Resolver chains) {
    this.jdbc = jdbc;
    this.talent = talent;
    this.consequences = consequences;
    this.identity = identity;
    this.orgs = orgs;
    this.chains = chains;
  }

  /** A year no other evaluation of this run has. */
  public static int year() {
    int year = YEARS.incrementAndGet();
    if (year > 2100) {
      throw new IllegalStateException("the appeal tests ran out of years");
    }
    return year;
  }

  public Worker demoWorker() {
    return talent.ofUser("zdworker").orElseThrow();
  }

  /**
   * A fresh worker with an account (user id answered by {@link Worker#userId()}, password {@link #PASSWORD}) in the
   * worker role, member of a fresh township of {@code county}, on its entry post.
   */
  public Worker workerWithAccount(String county) {
    int n = ACCOUNTS.incrementAndGet();
    String unit = county + "-AP" + Integer.toString(n, 36).toUpperCase();
    orgs.save(new Organisation(unit, county, "申诉测试街道工会 " + n, OrgType.TOWNSHIP_STREET, 20, 1500, 1400));
    jdbc.update("insert into post (unit_code, grade, status, created_by_instance) values (?, 'ENTRY', 'ACTIVE', "
        + "'test:appeal')", unit);
    long post = jdbc.queryForObject("select id from post where unit_code = ?", Long.class, unit);
    String userId = "appealworker" + n;
    var user = identity.newUser(userId);
    user.setFirstName("申诉测试");
    user.setLastName("社工" + n);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(userId, Roles.WORKER);
    identity.createMembership(userId, unit);
    return talent.hire(TalentFixtures.newWorker(post, userId), "test:appeal");
  }

  /** Published {@code days} days before the engine's now, with its consequences applied: answers its id. */
  public long published(Worker worker, int year, Outcome outcome, int daysAgo) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
    return published(worker, year, outcome, now.minusDays(daysAgo));
  }

  public long published(Worker worker, int year, Outcome outcome, LocalDateTime publishedAt) {
    long id = evaluation(worker, year, EvaluationStatus.DECIDED, outcome, publishedAt);
    consequences.apply(id, "test:appeal");
    // The first application publishes at the engine's now; the fixture's publication time is the one asked for.
    jdbc.update("update annual_evaluation set published_at = ? where id = ?", publishedAt, id);
    return id;
  }

  /** Proposed by the county, not yet decided by the city. */
  public long proposed(Worker worker, int year) {
    return evaluation(worker, year, EvaluationStatus.PROPOSED, null, null);
  }

  /** The appeal window closed: the outcome stands. */
  public void finalise(long evaluationId) {
    jdbc.update("update annual_evaluation set status = 'FINAL' where id = ?", evaluationId);
  }

  /** Ties the evaluation to an instance, as annual-evaluation's own. */
  public void ownInstance(long evaluationId, String processInstanceId) {
    jdbc.update("update annual_evaluation set process_instance_id = ? where id = ?", processInstanceId, evaluationId);
  }

  private long evaluation(Worker worker, int year, EvaluationStatus status, Outcome outcome,
      LocalDateTime publishedAt) {
    EvaluationChain chain = chains.of(worker.unitCode());
    LocalDateTime now = LocalDateTime.now(BEIJING);
    Long round = jdbc.query("select id from evaluation_round where city_code = ? and year = ?",
        rs -> rs.next() ? rs.getLong(1) : null, chain.deciderCode(), year);
    if (round == null) {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        var insert = connection.prepareStatement("insert into evaluation_round (city_code, year, participants, "
            + "started, created_by, created_at) values (?, ?, 1, 1, 'test:appeal', ?)", new String[] {"id"});
        insert.setString(1, chain.deciderCode());
        insert.setInt(2, year);
        insert.setObject(3, now);
        return insert;
      }, key);
      round = key.getKey().longValue();
    } else {
      // Every evaluation is a participant of its round: the Art. 26 cap counts them.
      jdbc.update("update evaluation_round set participants = participants + 1 where id = ?", round);
    }
    long roundId = round;
    String name = outcome == null ? null : outcome.name();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into annual_evaluation (round_id, worker_id, year, unit_code, "
          + "proposer_code, grade, allowance_tier, status, score, satisfaction_rate, unreported_incidents, "
          + "key_tasks_completed, serious_misconduct, incompetent, severe, proposal_note, proposed_by, proposed_at, "
          + "suggested_outcome, decided_outcome, outcome, decided_by, published_at) values (?, ?, ?, ?, ?, ?, 1, ?, "
          + "72.50, 88.00, 0, true, false, false, false, '申诉测试的评价', 'zdclerk', ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setLong(1, roundId);
      insert.setLong(2, worker.id());
      insert.setInt(3, year);
      insert.setString(4, worker.unitCode());
      insert.setString(5, chain.proposerCode());
      insert.setString(6, worker.grade().name());
      insert.setString(7, status.name());
      insert.setObject(8, now);
      insert.setString(9, name);
      insert.setString(10, name);
      insert.setString(11, name);
      insert.setString(12, outcome == null ? null : "sjzreviewer");
      insert.setObject(13, publishedAt);
      return insert;
    }, key);
    return key.getKey().longValue();
  }
}
