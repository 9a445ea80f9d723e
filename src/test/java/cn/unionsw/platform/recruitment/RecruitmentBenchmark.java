package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import cn.unionsw.platform.talent.IdentityNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recruitment round of {@code bench.candidates} candidates (default 2,000) through the platform in one run: the
 * candidate file checked and imported, every candidate started and screened in the background, and each stage's
 * results imported and the stage moved on by one engine batch; beside it, the same stage move done one candidate at
 * a time through engine REST ({@code POST /engine-rest/message}) for a sample. Not a test: it asserts nothing and is
 * excluded from {@code verify}; {@code ./mvnw -Pbenchmark test -Dtest=RecruitmentBenchmark} (docs/benchmarks.md).
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics as in production (Spring's tests leave them off): their cost is part of what is measured.
@AutoConfigureObservability(tracing = false)
class RecruitmentBenchmark {

  static final int CANDIDATES = Integer.getInteger("bench.candidates", 2_000);
  static final int REST_SAMPLE = Integer.getInteger("bench.restSample", 200);
  static final int POSTS_PER_UNIT = 999;

  @Autowired
  Recruitment recruitment;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-DZ");
    List<String> units = new ArrayList<>();
    for (int i = 0; i * POSTS_PER_UNIT < CANDIDATES + REST_SAMPLE; i++) {
      units.add(rounds.unboughtPosts("HE-DZ", "基准测试街道工会 " + i, "ENTRY", POSTS_PER_UNIT));
    }
    long procurementRound = award(rounds);
    Map<String, Object> started = startRound(procurementRound);
    long id = ((Number) started.get("id")).longValue();
    String roundCase = (String) started.get("case");

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    List<CandidateRow> rows = new ArrayList<>();
    for (int i = 0; i < CANDIDATES + REST_SAMPLE; i++) {
      String first17 = "130682" + LocalDate.of(1990, 1, 1).plusDays(i / 1000).format(
          java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", i % 1000);
      String identity = first17 + IdentityNumber.checkCharacter(first17);
      rows.add(new CandidateRow(i + 2, "考生" + i, identity, IdentityNumber.birthDate(identity),
          IdentityNumber.ageOn(identity, today), Education.BACHELOR, 0, 5, List.of(), true, false, 0, 0,
          units.get(i / POSTS_PER_UNIT), Grade.ENTRY, null));
    }
    byte[] file = CandidateWorkbook.write(rows);
    line("| step | candidates | seconds | per second |");
    line("|---|---|---|---|");
    long t0 = System.nanoTime();
    recruitment.importCandidates(id, file, "bench.xlsx", "dzclerk");
    step("import: file checked whole, rows written", rows.size(), t0);
    t0 = System.nanoTime();
    await(() -> count(id, "APTITUDE_TEST", "IN_PROGRESS") == rows.size());
    step("background start + screening (3 decisions each), 200 per job", rows.size(), t0);
    complete(roundCase, RecruitmentRoundProcess.Elements.IMPORT_CANDIDATES);
    complete(roundCase, RecruitmentRoundProcess.Elements.signOff(Stage.SCREENING));

    // Beside it: the same move one candidate at a time through engine REST, for a sample.
    List<String> sample = jdbc.queryForList("select identity_number from candidate where recruitment_round_id = ? "
        + "order by id desc limit ?", String.class, id, REST_SAMPLE);
    for (Stage stage : List.of(Stage.APTITUDE_TEST, Stage.INTERVIEW, Stage.MEDICAL_CHECK, Stage.LABOUR_CONTRACT,
        Stage.ON_POST)) {
      StringBuilder csv = new StringBuilder("身份证号,是否通过,成绩\n");
      rows.forEach(row -> csv.append(row.identityNumber()).append(",是,80\n"));
      t0 = System.nanoTime();
      recruitment.importResults(id, stage, csv.toString().getBytes(StandardCharsets.UTF_8), "r.csv", "dzclerk");
      step(stage.label() + ": results imported", rows.size(), t0);
      if (stage == Stage.APTITUDE_TEST) {
        t0 = System.nanoTime();
        for (String identity : sample) {
          String pid = jdbc.queryForObject("select process_instance_id from candidate where identity_number = ? "
              + "and recruitment_round_id = ?", String.class, identity, id);
          Api.as(rest, "admin").post("/engine-rest/message", Map.of("messageName", stage.message(),
              "processInstanceId", pid));
        }
        step(stage.label() + ": moved one by one through engine REST (sample)", sample.size(), t0);
      }
      Stage next = stage == Stage.ON_POST ? stage : Stage.values()[stage.ordinal() + 1];
      String outcome = stage == Stage.ON_POST ? "HIRED" : "IN_PROGRESS";
      t0 = System.nanoTime();
      complete(roundCase, RecruitmentRoundProcess.Elements.signOff(stage)); // the city's sign-off in Tasklist
      await(() -> count(id, next.name(), outcome) == rows.size());
      step(stage.label() + ": signed off, moved by one batch", rows.size() - (stage == Stage.APTITUDE_TEST
          ? sample.size() : 0), t0);
    }
    Path out = Path.of("target", "benchmarks", "recruitment-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  private Map<String, Object> startRound(long procurementRound) {
    JsonNode started = Api.as(rest, "dzclerk").post("/engine-rest/process-definition/key/"
        + RecruitmentRoundProcess.KEY + "/start", Map.of("variables", Map.of("procurementRoundId",
        Map.of("value", procurementRound, "type", "Integer")))).getBody();
    long id = Api.as(rest, "dzclerk").get("/engine-rest/process-instance/" + started.path("id").asText()
        + "/variables/recruitmentRoundId").getBody().path("value").asLong();
    return Map.of("id", id, "case", started.path("id").asText());
  }

  /** Completes the round's open task as Dingzhou's clerk, through engine REST as Tasklist does. */
  private void complete(String roundCase, String taskKey) {
    JsonNode tasks = Api.as(rest, "dzclerk").get("/engine-rest/task?processInstanceId=" + roundCase
        + "&taskDefinitionKey=" + taskKey + "&maxResults=5").getBody();
    if (tasks == null || !tasks.isArray() || tasks.isEmpty()) {
      throw new IllegalStateException("no task " + taskKey + " of " + roundCase + " for dzclerk: " + tasks);
    }
    String task = tasks.get(0).path("id").asText();
    var done = Api.as(rest, "dzclerk").post("/engine-rest/task/" + task + "/complete", Map.of());
    if (!done.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(taskKey + ": " + done.getBody());
    }
  }

  private long award(Procurements rounds) {
    String contractor = rounds.contractor("基准测试服务社");
    int year = LocalDate.now().getYear() + 7;
    String instance = rounds.start("dzclerk", year, year + "-01-01").getBody().path("id").asText();
    rounds.advance(instance, ProcurementProcess.Elements.RECORD_BID);
    rounds.complete("dzclerk", rounds.task("dzclerk", instance, ProcurementProcess.Elements.RECORD_BID),
        Procurements.bid(contractor, 1_000_000, "80", "80", "80", false));
    rounds.complete("dzclerk", rounds.task("dzclerk", instance, ProcurementProcess.Elements.AWARD_CONTRACT),
        Map.of(ProcurementProcess.Vars.AWARD_DECISION.name(), "AWARD"));
    return jdbc.queryForObject("select id from procurement_round where process_instance_id = ?", Long.class,
        instance);
  }

  private int count(long id, String stage, String outcome) {
    return jdbc.queryForObject("select count(*) from candidate where recruitment_round_id = ? and stage = ? and "
        + "outcome = ?", Integer.class, id, stage, outcome);
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + 1_800_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < until) {
      Thread.sleep(200);
    }
  }

  private void step(String what, int candidates, long since) {
    double seconds = (System.nanoTime() - since) / 1e9;
    line("| %s | %d | %.1f | %.0f |", what, candidates, seconds, candidates / seconds);
  }

  private void line(String format, Object... args) {
    report.append(String.format(format, args)).append('\n');
  }
}
