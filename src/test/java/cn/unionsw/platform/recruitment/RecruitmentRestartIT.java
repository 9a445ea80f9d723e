package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.NodeDatabase;
import cn.unionsw.platform.support.PlatformNode;
import cn.unionsw.platform.support.Procurements;
import cn.unionsw.platform.talent.IdentityNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: "a restart in the middle of a stage advance loses and repeats nothing". The packaged platform runs as a
 * child JVM ({@link PlatformNode}) on a MySQL or MariaDB database of the test's own; a round of 500 candidates is driven through
 * REST as Dingzhou's clerk, and the node is killed (SIGKILL) while the on-post batch (hires into the talent
 * database, the stage with the most to lose) is part done ({@code -Drestart.alsoKillAt=APTITUDE_TEST} kills in
 * another stage too). A fresh node finishes the batch once the dead node's job locks expire. Then, from the
 * database: every candidate that waited at a stage moved on from it exactly once (one ended {@code wait-<stage>} in
 * the history; the check task and gateway after it keep none, ADR 0028), none is left waiting, the candidate table's
 * tallies are those of the results, every hired candidate is one worker on one post, and there are no incidents, failed jobs or unfinished batches. A kill that missed the batch
 * (nothing moved yet, or nothing left) fails the test.
 */
@ExtendWith(TestDatabase.class)
class RecruitmentRestartIT {

  /** Enough that the on-post batch runs for seconds: some 9 batch jobs of 50 after the failures. */
  static final int CANDIDATES = Integer.getInteger("restart.candidates", 500);
  static final int POSTS_PER_UNIT = 500;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String CLERK = "dzclerk";

  private final List<PlatformNode> nodes = new ArrayList<>();
  private PlatformNode node;

  @AfterEach
  void killNodes() {
    nodes.forEach(PlatformNode::kill);
  }

  @Test
  void shouldMoveEveryCandidateExactlyOnceWhenANodeIsKilledInTheMiddleOfAStageAdvance() {
    // Embedded H2 dies with the killed node and keeps neither all nor only whole transactions of its last second
    // (seen in CI: the on-post sign-off lost with its batch; 25 candidates' rows moved without their instances), so
    // a kill tests H2, not the platform. Production runs on a database server; RecruitmentIT covers H2.
    assumeTrue(TestDatabase.isMySql(), "a node killed mid-job needs a database server that outlives it: run with "
        + "-Dit.database=mysql -Dit.mysql.url=jdbc:mysql://127.0.0.1:3306/<database> (.ci/run does)");
    NodeDatabase database = NodeDatabase.fresh("restart");
    node = start(database);

    List<Candidate> candidates = candidates(units(new Procurements(node.rest())));
    long procurementRound = awardedRound(new Procurements(node.rest()));
    JsonNode started = as(CLERK).post("/engine-rest/process-definition/key/" + RecruitmentRoundProcess.KEY
        + "/start", Map.of("variables", Map.of("procurementRoundId", Map.of("value", procurementRound, "type",
        "Integer")))).getBody();
    String roundCase = started.path("id").asText();
    long id = as(CLERK).get("/engine-rest/process-instance/" + roundCase + "/variables/recruitmentRoundId").getBody()
        .path("value").asLong();

    ResponseEntity<JsonNode> imported = upload("/api/recruitment/rounds/" + id + "/candidates",
        CandidateWorkbook.write(candidates.stream().map(Candidate::row).toList()), "考生.xlsx");
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    Map<String, Integer> expected = tally(candidates);
    await("background start and screening", id, progress -> progress.path("notStarted").asInt() == 0
        && count(progress, Stage.APTITUDE_TEST, "IN_PROGRESS") + count(progress, Stage.SCREENING, "FAILED")
        == CANDIDATES);
    complete(roundCase, RecruitmentRoundProcess.Elements.IMPORT_CANDIDATES);
    complete(roundCase, RecruitmentRoundProcess.Elements.signOff(Stage.SCREENING));

    for (Stage stage : List.of(Stage.APTITUDE_TEST, Stage.INTERVIEW, Stage.MEDICAL_CHECK, Stage.LABOUR_CONTRACT,
        Stage.ON_POST)) {
      List<Candidate> waiting = candidates.stream().filter(c -> c.reaches(stage)).toList();
      StringBuilder csv = new StringBuilder("身份证号,是否通过,成绩\n");
      waiting.forEach(c -> csv.append(c.identity()).append(c.fails() == stage ? ",否,40\n" : ",是,80\n"));
      ResponseEntity<JsonNode> results = upload("/api/recruitment/rounds/" + id + "/results?stage=" + stage.name(),
          csv.toString().getBytes(StandardCharsets.UTF_8), stage.name() + ".csv");
      assertThat(results.getStatusCode()).as(String.valueOf(results.getBody())).isEqualTo(HttpStatus.OK);
      complete(roundCase, RecruitmentRoundProcess.Elements.signOff(stage));
      if (stage == Stage.ON_POST || stage.name().equals(System.getProperty("restart.alsoKillAt"))) {
        killInTheMiddle(database, id, stage, waiting.size());
        node = start(database);
      }
      await(stage.label() + " advanced by its batch", id, progress -> count(progress, stage, "IN_PROGRESS") == 0
          && moved(progress, stage) == waiting.size());
    }
    awaitBatchesDone();
    Map<String, Integer> tallyByNode = new HashMap<>();
    for (JsonNode tally : progress(id).path("candidates")) {
      tallyByNode.put(tally.path("stage").asText() + " " + tally.path("outcome").asText(),
          tally.path("candidates").asInt());
    }
    assertThat(tallyByNode).as("the round's progress").isEqualTo(expected);
    awaitCaseJobsDone();
    // The last node is stopped as an operator stops it before the database is read (the kill that matters came
    // before).
    node.stop();

    database.read(jdbc -> {
      assertEveryStageLeftOnce(jdbc, id, candidates);
      assertThat(tallyOf(jdbc, id)).as("the candidate table's tallies").isEqualTo(expected);
      assertHiredOnce(jdbc, id, candidates);
      assertEngineClean(jdbc);
      return null;
    });
  }

  /**
   * Waits for the stage's first batch job to commit, then kills the node at once, and checks from the database that
   * the kill came in the middle: some candidates moved, some still waiting, jobs locked by the dead node.
   */
  private void killInTheMiddle(NodeDatabase database, long id, Stage stage, int waiting) {
    long until = System.nanoTime() + 180_000_000_000L;
    JsonNode progress = progress(id);
    while (moved(progress, stage) == 0) {
      assertThat(System.nanoTime()).as("no candidate moved from %s within 180 s: %s", stage, progress)
          .isLessThan(until);
      pause(20);
      progress = progress(id);
    }
    int seen = moved(progress, stage);
    node.kill();
    int movedBefore = database.read(jdbc -> jdbc.queryForObject("select count(*) from candidate c join "
        + "ACT_HI_ACTINST a on a.PROC_INST_ID_ = c.process_instance_id and a.ACT_ID_ = ? and a.END_TIME_ is not null "
        + "where c.recruitment_round_id = ?", Integer.class, RecruitmentProcess.Elements.waitFor(stage), id));
    int stillWaiting = database.read(jdbc -> jdbc.queryForObject("select count(*) from candidate where "
        + "recruitment_round_id = ? and stage = ? and outcome = 'IN_PROGRESS'", Integer.class, id, stage.name()));
    int locked = database.read(jdbc -> jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is "
        + "not null and HANDLER_TYPE_ = ?", Integer.class, StageAdvanceBatch.TYPE));
    System.out.printf("RecruitmentRestartIT: node killed in %s: %d of %d candidates moved, %d waiting, %d jobs "
        + "locked by the dead node (last progress seen: %s)%n", stage, movedBefore, waiting, stillWaiting, locked,
        progress);
    // The database server keeps every commit it answered, those the dead node had shown among them.
    assertThat(movedBefore).as("moves the node had committed and shown before the kill are still there")
        .isGreaterThanOrEqualTo(seen);
    assertThat(movedBefore).as("the kill in %s came after some candidates moved", stage).isPositive();
    assertThat(stillWaiting).as("the kill in %s came while candidates were still waiting (make the file bigger)",
        stage).isPositive();
    assertThat(movedBefore + stillWaiting).as("every candidate of %s either moved or waiting", stage)
        .isEqualTo(waiting);
    assertThat(locked).as("jobs of %s were locked by the dead node (killed mid-job)", stage).isPositive();
  }

  private static void assertEveryStageLeftOnce(JdbcTemplate jdbc, long id, List<Candidate> candidates) {
    Map<String, Candidate> byIdentity = new HashMap<>();
    candidates.forEach(c -> byIdentity.put(c.identity(), c));
    for (Stage stage : List.of(Stage.APTITUDE_TEST, Stage.INTERVIEW, Stage.MEDICAL_CHECK, Stage.LABOUR_CONTRACT,
        Stage.ON_POST)) {
      String wait = RecruitmentProcess.Elements.waitFor(stage);
      Map<String, Integer> expected = new HashMap<>();
      Map<String, Integer> actual = new HashMap<>();
      jdbc.query("select c.identity_number, count(a.ID_) as waits, count(a.END_TIME_) as ended from candidate c "
          + "left join ACT_HI_ACTINST a on a.PROC_INST_ID_ = c.process_instance_id and a.ACT_ID_ = ? "
          + "where c.recruitment_round_id = ? group by c.identity_number", row -> {
            String identity = row.getString(1);
            expected.put(identity, byIdentity.get(identity).reaches(stage) ? 1 : 0);
            actual.put(identity, row.getInt(2));
            assertThat(row.getInt(3)).as("%s of %s ended", wait, identity).isEqualTo(row.getInt(2));
          }, wait, id);
      assertThat(actual).as("%s activity instances per candidate", wait).hasSize(CANDIDATES)
          .isEqualTo(expected);
    }
    Map<String, String> ends = new HashMap<>();
    jdbc.query("select c.identity_number, p.END_ACT_ID_ from candidate c join ACT_HI_PROCINST p on p.ID_ = "
        + "c.process_instance_id where c.recruitment_round_id = ? and p.END_TIME_ is not null", row -> {
          ends.put(row.getString(1), row.getString(2));
        }, id);
    Map<String, String> expectedEnds = new HashMap<>();
    candidates.forEach(c -> expectedEnds.put(c.identity(), c.fails() == null ? RecruitmentProcess.Elements.END_HIRED
        : RecruitmentProcess.Elements.END_NOT_HIRED));
    assertThat(ends).as("every candidate's instance ended, hired or not").isEqualTo(expectedEnds);
  }

  private static void assertHiredOnce(JdbcTemplate jdbc, long id, List<Candidate> candidates) {
    long hired = candidates.stream().filter(c -> c.fails() == null).count();
    Map<String, Object> workers = jdbc.queryForMap("select count(*) as workers, count(distinct w.identity_number) "
        + "as people, count(distinct w.holding_post_id) as posts, sum(case when w.status = 'ON_POST' then 1 else 0 "
        + "end) as on_post from talent_worker w join candidate c on c.identity_number = w.identity_number "
        + "where c.recruitment_round_id = ?", id);
    Map<String, Long> counts = new LinkedHashMap<>();
    workers.forEach((key, value) -> counts.put(key.toLowerCase(), ((Number) value).longValue()));
    assertThat(counts).as("the talent database: one worker on one post per hired candidate").isEqualTo(Map.of(
        "workers", hired, "people", hired, "posts", hired, "on_post", hired));
    assertThat(jdbc.queryForObject("select count(*) from talent_worker w join candidate c on c.identity_number = "
        + "w.identity_number where c.recruitment_round_id = ? and c.outcome <> 'HIRED'", Integer.class, id))
        .as("no worker for a candidate not hired").isZero();
    assertThat(jdbc.queryForList("select w.identity_number from talent_worker w join candidate c on "
        + "c.identity_number = w.identity_number left join talent_event e on e.worker_id = w.id and e.kind = 'HIRED' "
        + "where c.recruitment_round_id = ? group by w.identity_number having count(e.id) <> 1", String.class, id))
        .as("workers hired other than once").isEmpty();
  }

  private static void assertEngineClean(JdbcTemplate jdbc) {
    assertThat(jdbc.queryForList("select INCIDENT_MSG_ from ACT_RU_INCIDENT", String.class)).as("incidents")
        .isEmpty();
    assertThat(jdbc.queryForList("select concat(JOB_DEF_TYPE_, ' ', coalesce(ACT_ID_, ''), ' ', JOB_ID_, ': ', "
        + "JOB_EXCEPTION_MSG_) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", String.class))
        .as("failed jobs in the history (kind, activity, job: message)").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ <> 'history-cleanup'",
        Integer.class)).as("jobs left").isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_BATCH", Integer.class)).as("unfinished batches")
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_BATCH where TYPE_ = ? and "
        + "END_TIME_ is not null", Integer.class, StageAdvanceBatch.TYPE)).as("one finished batch per stage")
        .isEqualTo(5);
  }

  private PlatformNode start(NodeDatabase database) {
    PlatformNode started = PlatformNode.start(nodes.size() + 1, database.nodeArguments());
    nodes.add(started);
    return started;
  }

  /** Two new units of Dingzhou with unbought entry posts, enough for every candidate to be hired. */
  private static List<String> units(Procurements rounds) {
    rounds.closeOpenRounds("HE-DZ");
    List<String> units = new ArrayList<>();
    for (int i = 0; i * POSTS_PER_UNIT < CANDIDATES; i++) {
      units.add(rounds.unboughtPosts("HE-DZ", "定州市重启测试街道工会 " + i, "ENTRY", POSTS_PER_UNIT));
    }
    return units;
  }

  private long awardedRound(Procurements rounds) {
    String contractor = rounds.contractor("定州市重启测试服务社");
    int year = TODAY.getYear() + 6;
    String instance = rounds.start(CLERK, year, year + "-01-01").getBody().path("id").asText();
    rounds.advance(instance, ProcurementProcess.Elements.RECORD_BID);
    assertThat(rounds.complete(CLERK, rounds.task(CLERK, instance, ProcurementProcess.Elements.RECORD_BID),
        Procurements.bid(contractor, 1_000_000, "80", "80", "80", false)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rounds.complete(CLERK, rounds.task(CLERK, instance, ProcurementProcess.Elements.AWARD_CONTRACT),
        Map.of(ProcurementProcess.Vars.AWARD_DECISION.name(), "AWARD")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    for (JsonNode round : as("admin").get("/api/procurement/rounds").getBody()) {
      if (round.path("processInstanceId").asText().equals(instance)) {
        return round.path("id").asLong();
      }
    }
    throw new AssertionError("no procurement round of " + instance);
  }

  /**
   * A candidate of the file, and the stage it fails (null: hired): every 25th is 56 with no union work (not
   * eligible), every 7th fails the aptitude test, every 11th the interview, every 13th on post.
   */
  record Candidate(CandidateRow row, Stage fails) {

    String identity() {
      return row.identityNumber();
    }

    boolean reaches(Stage stage) {
      return fails == null || fails.ordinal() >= stage.ordinal();
    }
  }

  private static List<Candidate> candidates(List<String> units) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      boolean old = i % 25 == 24;
      // A birth day per thousand candidates, so that identity numbers stay unique at any size.
      String first17 = "130682" + (old ? LocalDate.of(1970, 1, 1) : LocalDate.of(1991, 3, 1)).plusDays(i / 1000)
          .format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", i % 1000);
      String identity = first17 + IdentityNumber.checkCharacter(first17);
      Stage fails = old ? Stage.SCREENING : i % 7 == 3 ? Stage.APTITUDE_TEST : i % 11 == 5 ? Stage.INTERVIEW
          : i % 13 == 6 ? Stage.ON_POST : null;
      candidates.add(new Candidate(new CandidateRow(i + 2, "重启考生" + i, identity, IdentityNumber.birthDate(identity),
          IdentityNumber.ageOn(identity, TODAY), Education.BACHELOR, 0, 5, List.of(), true, false, 0, 0,
          units.get(i / POSTS_PER_UNIT), Grade.ENTRY, null), fails));
    }
    return candidates;
  }

  /** Where the candidates should end, as the progress names it: "STAGE OUTCOME" → candidates. */
  private static Map<String, Integer> tally(List<Candidate> candidates) {
    Map<String, Integer> tally = new HashMap<>();
    for (Candidate c : candidates) {
      String key = c.fails() == null ? "ON_POST HIRED" : c.fails().name() + " FAILED";
      tally.merge(key, 1, Integer::sum);
    }
    return tally;
  }

  private static Map<String, Integer> tallyOf(JdbcTemplate jdbc, long id) {
    Map<String, Integer> tally = new HashMap<>();
    jdbc.query("select stage, outcome, count(*) from candidate where recruitment_round_id = ? group by stage, outcome",
        row -> {
          tally.put(row.getString(1) + " " + row.getString(2), row.getInt(3));
        }, id);
    return tally;
  }

  /** Candidates that have left the stage: at a later one, or ended there (failed, or hired on post). */
  private static int moved(JsonNode progress, Stage stage) {
    int moved = 0;
    for (JsonNode tally : progress.path("candidates")) {
      Stage at = Stage.valueOf(tally.path("stage").asText());
      boolean waitingHere = at == stage && tally.path("outcome").asText().equals("IN_PROGRESS");
      if (at.ordinal() > stage.ordinal() || at == stage && !waitingHere) {
        moved += tally.path("candidates").asInt();
      }
    }
    return moved;
  }

  /** Until no job of a case is due (what the last batch's moves started in the background has run). */
  private void awaitCaseJobsDone() {
    awaitNoneLeft("jobs of cases due", () -> {
      List<String> due = new ArrayList<>();
      as("admin").get("/engine-rest/job?executable=true&maxResults=100").getBody().forEach(job -> {
        if (!job.path("processInstanceId").asText("").isEmpty()) {
          due.add(job.path("id").asText());
        }
      });
      return due;
    });
  }

  private void awaitBatchesDone() {
    awaitNoneLeft("batches running", () -> {
      int count = as("admin").get("/engine-rest/batch/count").getBody().path("count").asInt();
      return count == 0 ? List.of() : List.of(count + " batches");
    });
  }

  /** Asks every half second until nothing is left, for at most 180 s. */
  private static void awaitNoneLeft(String what, Supplier<List<String>> left) {
    long until = System.nanoTime() + 180_000_000_000L;
    for (List<String> now = left.get(); !now.isEmpty(); now = left.get()) {
      assertThat(System.nanoTime()).as("%s still after 180 s: %s", what, now).isLessThan(until);
      pause(500);
    }
  }

  private void await(String what, long id, Predicate<JsonNode> done) {
    long until = System.nanoTime() + 300_000_000_000L;
    JsonNode progress = progress(id);
    while (!done.test(progress)) {
      assertThat(node.alive()).as("node %d died waiting for %s; its log: %s", node.number(), what, node.log())
          .isTrue();
      assertThat(System.nanoTime()).as("%s not done after 300 s: %s (log %s)", what, progress, node.log())
          .isLessThan(until);
      pause(250);
      progress = progress(id);
    }
  }

  private static int count(JsonNode progress, Stage stage, String outcome) {
    return RoundProgress.count(progress, stage.name(), outcome);
  }

  private ResponseEntity<JsonNode> upload(String path, byte[] file, String name) {
    return RoundProgress.upload(node.rest().withBasicAuth(CLERK, Api.DEMO_PASSWORD), path, file, name,
        new HttpHeaders());
  }

  private JsonNode progress(long id) {
    ResponseEntity<JsonNode> progress = as(CLERK).get("/api/recruitment/rounds/" + id);
    assertThat(progress.getStatusCode()).as(String.valueOf(progress.getBody())).isEqualTo(HttpStatus.OK);
    return progress.getBody();
  }

  /** The round case's one task of the step, completed by Dingzhou's clerk. */
  private void complete(String roundCase, String taskKey) {
    JsonNode tasks = as(CLERK).get("/engine-rest/task?processInstanceId=" + roundCase + "&taskDefinitionKey="
        + taskKey + "&maxResults=5").getBody();
    assertThat(tasks).as("%s sees %s", CLERK, taskKey).hasSize(1);
    ResponseEntity<JsonNode> done = as(CLERK).post("/engine-rest/task/" + tasks.get(0).path("id").asText()
        + "/complete", Map.of("variables", Map.of()));
    assertThat(done.getStatusCode()).as("%s: %s", taskKey, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Api as(String user) {
    return Api.as(node.rest(), user);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
