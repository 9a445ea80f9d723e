package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.talent.TalentDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual evaluation of a province at scale (issue 11), in one run: {@code bench.workers} workers (default 10,000)
 * on post across {@code bench.cities} new cities of Hebei with {@code bench.counties} counties each, loaded with SQL
 * (not measured); then, measured:
 * <ol>
 * <li>the province's opening, {@code POST /api/evaluations/rounds {"orgCode":"HE"}} as {@code hereviewer}, until
 * every round's progress says every instance started (background chunks of 200); beside it, for a sample of
 * {@code bench.restSample} evaluations of a city of their own, each instance started one at a time through engine
 * REST ({@code POST /engine-rest/process-definition/key/annual-evaluation/start} as {@code admin});</li>
 * <li>every proposal made (in-process task completions, two threads: setup, timed for information only), then
 * for the sample each instance moved on one at a time ({@code POST /engine-rest/message evaluation-decided} as
 * {@code admin}, the rows decided beforehand with the city's bulk update) until its consequences are applied; and
 * for the province the city's {@code decide-evaluations} completed through engine REST by each city's reviewer, one
 * per county, until every evaluation's consequences are applied ({@code consequences_at} set).</li>
 * </ol>
 * The one-by-one client is one HTTP client per user, kept for the run (keep-alive), calling one request after the
 * other; the demo worker on post leaves first, so that exactly the benchmark's workers take part. Not a test: it
 * asserts nothing and is excluded from {@code verify};
 * {@code ./mvnw -Pbenchmark test -Dtest=EvaluationBenchmark} (docs/benchmarks.md).
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics as in production (Spring's tests leave them off): their cost is part of what is measured.
@AutoConfigureObservability(tracing = false)
class EvaluationBenchmark {

  static final int WORKERS = Integer.getInteger("bench.workers", 10_000);
  static final int CITIES = Integer.getInteger("bench.cities", 4);
  static final int COUNTIES = Integer.getInteger("bench.counties", 5);
  static final int REST_SAMPLE = Integer.getInteger("bench.restSample", 500);
  static final int PROPOSE_THREADS = Integer.getInteger("bench.proposeThreads", 2);
  static final long TIMEOUT_NANOS = 3_600_000_000_000L;
  static final String PASSWORD = "Bench-Passw0rd!";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int YEAR = LocalDate.now(CHINA).getYear();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OrgService orgs;
  @Autowired
  IdentityService identity;
  @Autowired
  TalentDatabase talent;
  @Autowired
  TaskService tasks;
  @Autowired
  EvaluationRoundMapper rounds;

  final StringBuilder report = new StringBuilder();
  long cpu0;
  final Map<String, String> reviewerOf = new LinkedHashMap<>();
  /** One client per user, kept for the run as a client keeps its connection (a new one per call opens a new one). */
  final Map<String, Api> clients = new LinkedHashMap<>();
  int nextIdentity;

  @Test
  void measure() throws Exception {
    String loadBefore = loadAverage();
    // Only the benchmark's workers take part: the demo worker leaves (not measured).
    for (Long id : jdbc.queryForList("select id from talent_worker where status = 'ON_POST'", Long.class)) {
      talent.leave(id, LocalDate.now(CHINA), "基准测试：不参加本次评价", "bench");
    }
    long t0 = System.nanoTime();
    for (int c = 0; c < CITIES; c++) {
      int from = WORKERS * c / CITIES;
      city("HE-BM" + (c + 1), "基准测试" + (c + 1) + "市总工会", WORKERS * (c + 1) / CITIES - from);
    }
    System.out.printf("loaded %d workers in %.1f s%n", WORKERS, (System.nanoTime() - t0) / 1e9);

    line("| step | instances | seconds | per second | JVM CPU s |");
    line("|---|---|---|---|---|");

    // 1. The province opens its rounds; the instances start in the background.
    phase("province opens");
    long decisionsBefore = decisionsEvaluated();
    t0 = System.nanoTime();
    cpu0 = cpu();
    ResponseEntity<JsonNode> opened = as("hereviewer").post("/api/evaluations/rounds",
        Map.of("orgCode", "HE", "year", YEAR));
    if (!opened.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("opening: " + opened.getStatusCode() + " " + opened.getBody());
    }
    double answered = seconds(t0);
    List<Long> roundIds = new ArrayList<>();
    int participants = 0;
    for (JsonNode round : opened.getBody()) {
      roundIds.add(round.path("id").asLong());
      participants += round.path("participants").asInt();
    }
    int total = participants;
    await("every instance started", () -> started(roundIds) == total);
    double startedIn = seconds(t0);
    step(String.format("province opened (%d rounds; POST answered after %.1f s), every instance started in the "
        + "background", roundIds.size(), answered), total, startedIn);
    double batchStartRate = total / startedIn;
    double decisionsPerStart = (decisionsEvaluated() - decisionsBefore) / (double) total;
    for (long round : roundIds) {
      await("decisions created", () -> decideTasks(round).size() > 0);
    }

    // Beside it: a sample of instances started one at a time through engine REST.
    phase("sample loaded and started one by one");
    String sampleCounty = city("HE-BMS", "基准测试抽样市总工会", REST_SAMPLE).get(0);
    long sampleRound = sampleRound(sampleCounty);
    List<Long> sampleIds = jdbc.queryForList("select id from annual_evaluation where round_id = ? order by id",
        Long.class, sampleRound);
    List<String> samplePids = new ArrayList<>();
    Api admin = as("admin");
    admin.get("/engine-rest/version");
    t0 = System.nanoTime();
    cpu0 = cpu();
    for (long id : sampleIds) {
      ResponseEntity<JsonNode> started = admin.post("/engine-rest/process-definition/key/"
          + EvaluationProcess.KEY + "/start", Map.of("variables", Map.of(
              "evaluationId", Map.of("value", id, "type", "Integer"),
              "year", Map.of("value", YEAR, "type", "Integer"),
              "proposerCode", Map.of("value", sampleCounty, "type", "String"))));
      if (!started.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("start " + id + ": " + started.getBody());
      }
      samplePids.add(started.getBody().path("id").asText());
    }
    double oneByOne = seconds(t0);
    step("started one by one through engine REST (sample)", sampleIds.size(), oneByOne);
    double restStartRate = sampleIds.size() / oneByOne;
    List<Object[]> pids = new ArrayList<>();
    for (int i = 0; i < sampleIds.size(); i++) {
      pids.add(new Object[] {samplePids.get(i), sampleIds.get(i)});
    }
    jdbc.batchUpdate("update annual_evaluation set process_instance_id = ? where id = ?", pids);

    // Every proposal, in-process (setup: not what is compared).
    phase("proposals");
    t0 = System.nanoTime();
    cpu0 = cpu();
    int proposed = proposeAll();
    step("(setup) every proposal: propose-evaluation completed in-process, " + PROPOSE_THREADS + " threads",
        proposed, seconds(t0));

    phase("sample moved one by one");
    // 2. Beside it: the sample decided (the city's bulk update) and moved on one at a time through engine REST.
    List<Long> sampleExcellent = jdbc.queryForList("select id from annual_evaluation where round_id = ? and "
        + "suggested_outcome = 'EXCELLENT'", Long.class, sampleRound);
    rounds.decide(sampleRound, sampleCounty, sampleExcellent, "bench", now());
    t0 = System.nanoTime();
    cpu0 = cpu();
    for (String pid : samplePids) {
      ResponseEntity<JsonNode> moved = admin.post("/engine-rest/message", Map.of(
          "messageName", EvaluationProcess.DECIDED_MESSAGE, "processInstanceId", pid));
      if (!moved.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("correlate " + pid + ": " + moved.getBody());
      }
    }
    double correlated = seconds(t0);
    await("sample's consequences applied", () -> applied(List.of(sampleRound)) == sampleIds.size());
    double sampleApplied = seconds(t0);
    step(String.format("moved one by one through engine REST (sample; the calls took %.1f s), consequences "
        + "applied", correlated), sampleIds.size(), sampleApplied);
    double restApplyRate = sampleIds.size() / sampleApplied;

    phase("cities decide");
    // 3. The cities decide, one decision per county, through engine REST as Tasklist does; one batch each.
    List<String[]> decisions = new ArrayList<>();
    for (long round : roundIds) {
      String city = jdbc.queryForObject("select city_code from evaluation_round where id = ?", String.class, round);
      for (JsonNode task : decideTasks(round)) {
        String proposer = tasks.getVariable(task.path("id").asText(), "proposerCode").toString();
        List<String> excellent = jdbc.queryForList("select id from annual_evaluation where round_id = ? and "
            + "proposer_code = ? and suggested_outcome = 'EXCELLENT' order by id", String.class, round, proposer);
        decisions.add(new String[] {reviewerOf.get(city), task.path("id").asText(),
            "[" + String.join(",", excellent.stream().map(id -> "\"" + id + "\"").toList()) + "]"});
      }
    }
    decisionsBefore = decisionsEvaluated();
    t0 = System.nanoTime();
    cpu0 = cpu();
    for (String[] decision : decisions) {
      ResponseEntity<JsonNode> done = as(decision[0]).post("/engine-rest/task/" + decision[1]
          + "/complete", Map.of("variables", Map.of(
              "excellentGranted", Map.of("value", decision[2], "type", "Json"),
              "comment", Map.of("value", "基准测试：同意"))));
      if (!done.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException("decide " + decision[1] + ": " + done.getBody());
      }
    }
    double decided = seconds(t0);
    await("every consequence applied", () -> applied(roundIds) == total);
    double allApplied = seconds(t0);
    step(String.format("%d decisions (one per county, the completions took %.1f s), moved by batch, consequences "
        + "applied", decisions.size(), decided), total, allApplied);
    double batchApplyRate = total / allApplied;
    double decisionsPerApply = (decisionsEvaluated() - decisionsBefore) / (double) total;

    phase("done");
    line("");
    line("Ratios (rate of the platform's way over one by one through engine REST): start %.1f×, decide and apply "
        + "%.1f×.", batchStartRate / restStartRate, batchApplyRate / restApplyRate);
    line("Decisions evaluated (history rows): %.1f per instance started, %.1f per instance decided and applied.",
        decisionsPerStart, decisionsPerApply);
    line("At the one-by-one rates, %d instances would take %.0f s to start and %.0f s to move on.", total,
        total / restStartRate, total / restApplyRate);
    line("Load average before: %s; after: %s. %d cores, max heap %d MiB, %s.", loadBefore, loadAverage(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        TestDatabase.isMySql() ? "MySQL-compatible " + System.getProperty("it.mysql.url") : "H2 in memory");
    Path out = Path.of("target", "benchmarks", "evaluation-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /**
   * A city under Hebei with {@code workers} workers on post, spread over its counties (the sample city: one county),
   * one township per county, one entry post per worker; its reviewer. Answers its counties.
   */
  private List<String> city(String code, String name, int workers) {
    orgs.save(new Organisation(code, "HE", name, OrgType.CITY, null, null, null));
    String reviewer = "bench" + code.substring(code.lastIndexOf('-') + 1).toLowerCase();
    user(reviewer, code, Roles.REVIEWER);
    reviewerOf.put(code, reviewer);
    int counties = code.endsWith("S") ? 1 : COUNTIES;
    List<String> made = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < counties; i++) {
      String county = code + "-C" + (i + 1);
      orgs.save(new Organisation(county, code, name + "第" + (i + 1) + "县总工会", OrgType.COUNTY, null, null, null));
      String town = county + "-T1";
      orgs.save(new Organisation(town, county, name + "第" + (i + 1) + "县基准测试街道工会", OrgType.TOWNSHIP_STREET, 50,
          3000, 2800));
      int n = workers * (i + 1) / counties - workers * i / counties;
      List<Object[]> posts = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        posts.add(new Object[] {town, Grade.ENTRY.name()});
      }
      jdbc.batchUpdate("insert into post (unit_code, grade, status, created_by_instance) values (?, ?, 'ACTIVE', "
          + "'bench')", posts);
      List<Long> postIds = jdbc.queryForList("select id from post where unit_code = ? order by id", Long.class,
          town);
      List<Object[]> hires = new ArrayList<>();
      for (long post : postIds) {
        int k = nextIdentity++;
        String first17 = "130682" + LocalDate.of(1980, 1, 1).plusDays(k / 1000).format(
            DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", k % 1000);
        String identityNumber = first17 + IdentityNumber.checkCharacter(first17);
        hires.add(new Object[] {identityNumber, "社工" + k, IdentityNumber.birthDate(identityNumber), town, post, post,
            now, now});
      }
      jdbc.batchUpdate("insert into talent_worker (identity_number, name, birth_date, education, certificates, "
          + "grade, unit_code, post_id, holding_post_id, contractor_name, contract_starts_on, contract_ends_on, "
          + "status, on_post_since, source, created_at, created_by, updated_at, updated_by) values (?, ?, ?, "
          + "'BACHELOR', '助理社会工作师', 'ENTRY', ?, ?, ?, '基准测试服务社', '2025-01-01', '2027-12-31', 'ON_POST', "
          + "'2025-03-01', 'IMPORT', ?, 'bench', ?, 'bench')", hires);
      made.add(county);
    }
    return made;
  }

  /** The sample's round and its rows, as the opening writes them (tier 1: no earlier year), without its start. */
  private long sampleRound(String county) {
    String city = county.substring(0, county.lastIndexOf('-'));
    rounds.insertRound(city, YEAR, REST_SAMPLE, "bench", now());
    long id = rounds.roundOf(city, YEAR).orElseThrow().id();
    jdbc.update("insert into annual_evaluation (round_id, worker_id, year, unit_code, proposer_code, grade, "
        + "allowance_tier, status) select ?, w.id, ?, w.unit_code, ?, p.grade, 1, 'STARTED' from talent_worker w "
        + "join post p on p.id = w.post_id where w.status = 'ON_POST' and w.unit_code like ? order by w.id", id, YEAR,
        county, county + "-%");
    return id;
  }

  /**
   * Completes every open propose-evaluation in-process: per proposer, two in ten suggested EXCELLENT, one in ten
   * BASIC (two unreported incidents), the rest QUALIFIED.
   */
  private int proposeAll() throws Exception {
    List<Map<String, Object>> open = jdbc.queryForList("select t.ID_ as task, e.id as evaluation from ACT_RU_TASK t "
        + "join annual_evaluation e on e.process_instance_id = t.PROC_INST_ID_ where t.TASK_DEF_KEY_ = ? "
        + "and e.year = ? order by e.proposer_code, e.id", EvaluationProcess.Elements.PROPOSE, YEAR);
    ExecutorService pool = Executors.newFixedThreadPool(PROPOSE_THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < PROPOSE_THREADS; t++) {
        int lane = t;
        done.add(pool.submit(() -> {
          for (int i = lane; i < open.size(); i += PROPOSE_THREADS) {
            int kind = i % 10;
            Map<String, Object> facts = kind < 2 ? facts(95, 96, 0) : kind == 9 ? facts(88, 95, 2) : facts(80, 92, 0);
            tasks.complete((String) open.get(i).get("task"), facts);
          }
          return null;
        }));
      }
      for (Future<?> lane : done) {
        lane.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return open.size();
  }

  private static Map<String, Object> facts(int score, int satisfaction, int incidents) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("score", score);
    facts.put("satisfactionRate", satisfaction);
    facts.put("unreportedIncidents", incidents);
    facts.put("keyTasksCompleted", true);
    facts.put("seriousMisconduct", false);
    facts.put("incompetent", false);
    facts.put("severe", false);
    facts.put("proposalNote", "基准测试");
    return facts;
  }

  /** The rounds' progress as the province reads it. */
  private int started(List<Long> roundIds) {
    int started = 0;
    for (long round : roundIds) {
      started += as("hereviewer").get("/api/evaluations/rounds/" + round).getBody().path("started").asInt();
    }
    return started;
  }

  /** Decision evaluations so far, as history level full keeps each (ACT_HI_DECINST: root decisions only). */
  private long decisionsEvaluated() {
    return jdbc.queryForObject("select count(*) from ACT_HI_DECINST where ROOT_DEC_INST_ID_ is null", Long.class);
  }

  private int applied(List<Long> roundIds) {
    int applied = 0;
    for (long round : roundIds) {
      applied += jdbc.queryForObject("select count(*) from annual_evaluation where round_id = ? and "
          + "consequences_at is not null", Integer.class, round);
    }
    return applied;
  }

  private JsonNode decideTasks(long round) {
    String instance = jdbc.queryForObject("select process_instance_id from evaluation_round where id = ?",
        String.class, round);
    return as("admin").get("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + EvaluationRoundProcess.Elements.DECIDE + "&maxResults=100").getBody();
  }

  /** The run's client of a demo user (password demo) or of a user of the benchmark's own. */
  private Api as(String user) {
    return clients.computeIfAbsent(user, u -> reviewerOf.containsValue(u) ? Api.as(rest, u, PASSWORD)
        : Api.as(rest, u));
  }

  private void user(String id, String org, String role) {
    var user = identity.newUser(id);
    user.setFirstName("基准测试");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, org);
    identity.createMembership(id, role);
  }

  /** A mark in the log between the steps (to count a step's statements with debug logging). */
  private static void phase(String name) {
    System.out.println("=== bench phase: " + name);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
  }

  private static String loadAverage() {
    try {
      return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    } catch (Exception e) {
      return "?";
    }
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + TIMEOUT_NANOS;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("timed out waiting for: " + what);
      }
      Thread.sleep(250);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void step(String what, int instances, double seconds) {
    line("| %s | %d | %.1f | %.0f | %.0f |", what, instances, seconds, instances / seconds, (cpu() - cpu0) / 1e9);
  }

  /** CPU time of this JVM (the platform and the benchmark's client), less affected than wall time by the others. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private void line(String format, Object... args) {
    report.append(String.format(format, args)).append('\n');
  }
}
