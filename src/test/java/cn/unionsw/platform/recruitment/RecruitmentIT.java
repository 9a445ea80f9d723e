package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.procurement.ProcurementProcess.Vars;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.talent.NewWorker;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.WorkerSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recruitment of an awarded Dingzhou round, small, end to end through /api as Dingzhou's clerk: the candidate file
 * imported whole, the candidates started in the background and screened by the decisions, each stage's results
 * imported and the stage moved on by an engine batch, one candidate on post; what is refused on the way.
 */
@PlatformIT
class RecruitmentIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final int YEAR = TODAY.getYear() + 5;

  /** The hired candidate's certificates (certificate-level: LEVEL_3 and LEVEL_2), the catalogue to read exports by. */
  static final List<String> CERTIFICATES = List.of("助理社会工作师", "社会工作师");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService history;
  @Autowired
  ProcessEngineConfigurationImpl engine;
  @Autowired
  TalentDatabase talent;
  @Autowired
  RecruitmentMapper mapper;

  @Test
  void shouldScreenImportAndAdvanceEveryStageByBatch() {
    Procurements rounds = new Procurements(rest);
    long procurementRound = awardedRound(rounds);
    String start = "/engine-rest/process-definition/key/" + RecruitmentRoundProcess.KEY + "/start";
    Map<String, Object> body = Map.of("variables", Map.of("procurementRoundId", Map.of("value", procurementRound,
        "type", "Integer")));
    assertThat(Api.as(rest, "zdclerk").post(start, body).getStatusCode()).as("another county's clerk")
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> opened = Api.as(rest, "dzclerk").post(start, body);
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "dzclerk").post(start, body).getStatusCode()).as("once per round")
        .isEqualTo(HttpStatus.CONFLICT);
    roundCase = opened.getBody().path("id").asText();
    long id = recruitmentRoundId();
    String unit = unitOf(procurementRound);

    String hired = id("13068219900101", 1);
    String old = id("13068219700101", 2);
    String failsInterview = id("13068219920202", 3);
    String failsTest = id("13068219930303", 4);
    byte[] file = CandidateWorkbook.write(List.of(
        withCertificates(candidate(2, "𠮷祥", hired, 30, unit), CERTIFICATES.toArray(String[]::new)),
        candidate(3, "年长考生", old, 56, unit),
        candidate(4, "面试未过", failsInterview, 28, unit), candidate(5, "测试未过", failsTest, 27, unit)));
    assertThat(upload("zdclerk", "/api/recruitment/rounds/" + id + "/candidates", file, "考生.xlsx")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A page of another site posting with the clerk's Basic password (a browser keeps it) is refused first.
    HttpHeaders crossSite = new HttpHeaders();
    crossSite.setOrigin("http://evil.example");
    ResponseEntity<JsonNode> forged = RoundProgress.upload(rest.withBasicAuth("dzclerk", Api.DEMO_PASSWORD),
        "/api/recruitment/rounds/" + id + "/candidates", file, "考生.xlsx", crossSite);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody().path("error").asText()).isEqualTo("cross_site");
    long decisionHistoryBefore = screeningDecisionHistory();
    ResponseEntity<JsonNode> imported = upload("dzclerk", "/api/recruitment/rounds/" + id + "/candidates", file,
        "考生.xlsx");
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().path("imported").asInt()).isEqualTo(4);

    // Started in the background, screened at once: the 56-year-old without union work is not eligible.
    await(id, progress -> progress.path("notStarted").asInt() == 0 && count(progress, "APTITUDE_TEST",
        "IN_PROGRESS") == 3);
    assertThat(count(progress(id), "SCREENING", "FAILED")).isEqualTo(1);
    // A start recorded again for a started candidate (another import's lane) updates nothing, so that the chunk which
    // tried it fails and rolls its instances back (RecruitmentStartChunkTest).
    long hiredId = jdbc.queryForObject("select id from candidate where identity_number = ?", Long.class, hired);
    String started = jdbc.queryForObject("select process_instance_id from candidate where id = ?", String.class,
        hiredId);
    assertThat(mapper.started(List.of(new RecruitmentMapper.Started(hiredId, "another-lane")))).isZero();
    assertThat(jdbc.queryForObject("select process_instance_id from candidate where id = ?", String.class, hiredId))
        .isEqualTo(started);
    signOff("import-candidates", Map.of());
    signOff("sign-off-screening", Map.of());
    assertThat(jdbc.queryForObject("select reason from candidate where identity_number = ?", String.class, old))
        .contains("不符合基本条件");
    // ADR 0032: each row names the decision versions that screened it (the failed basic check stops at the first);
    // Camunda's decision history keeps none of the screening's evaluations.
    String eligibility = latestDecision("candidate-eligibility");
    String screenedBy = eligibility + "," + latestDecision("certificate-level") + ","
        + latestDecision("grade-eligibility");
    assertThat(jdbc.queryForObject("select screening_decisions from candidate where identity_number = ?",
        String.class, old)).isEqualTo(eligibility);
    assertThat(jdbc.queryForObject("select screening_decisions from candidate where identity_number = ?",
        String.class, hired)).as("two certificates, certificate-level once").isEqualTo(screenedBy);
    assertThat(screeningDecisionHistory()).isEqualTo(decisionHistoryBefore);
    // The candidate named by the business key: the round is its only variable.
    String hiredInstance = jdbc.queryForObject("select process_instance_id from candidate where identity_number = ?",
        String.class, hired);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(hiredInstance).list())
        .extracting(HistoricVariableInstance::getName).containsExactly(RecruitmentProcess.Vars.RECRUITMENT_ROUND_ID
            .name());
    // Files change the round only at their step: no candidates after the import, no results of a later stage.
    ResponseEntity<JsonNode> late = upload("dzclerk", "/api/recruitment/rounds/" + id + "/candidates",
        CandidateWorkbook.write(List.of(candidate(2, "迟到考生", id("13068219950505", 5), 31, unit))), "迟到.xlsx");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().path("message").asText()).contains("导入考生名单");
    assertThat(upload("dzclerk", "/api/recruitment/rounds/" + id + "/results?stage=INTERVIEW",
        csv(hired + ",是,90\n"), "面试.csv").getStatusCode()).as("interview results before the test's sign-off")
        .isEqualTo(HttpStatus.CONFLICT);

    // Results are checked whole: an unknown candidate refuses the file and writes nothing.
    ResponseEntity<JsonNode> bad = upload("dzclerk", "/api/recruitment/rounds/" + id + "/results?stage=APTITUDE_TEST",
        csv(hired + ",是,88\n" + id("13068219800101", 9) + ",是,90\n"), "能力测试.csv");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors")).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from candidate_result r join candidate c on c.id = "
        + "r.candidate_id where c.recruitment_round_id = ?", Integer.class, id)).isZero();
    ResponseEntity<JsonNode> missing = complete("sign-off-aptitude-test", Map.of());
    assertThat(missing.getStatusCode()).as("results missing").isEqualTo(HttpStatus.CONFLICT);
    assertThat(missing.getBody().path("message").asText()).contains("还有 3 名考生没有导入结果");

    advance(id, "APTITUDE_TEST", hired + ",是,88\n" + failsInterview + ",是,80\n" + failsTest + ",否,52\n");
    await(id, progress -> count(progress, "INTERVIEW", "IN_PROGRESS") == 2);
    assertThat(count(progress(id), "APTITUDE_TEST", "FAILED")).isEqualTo(1);
    advance(id, "INTERVIEW", hired + ",是,90\n" + failsInterview + ",否,60\n");
    await(id, progress -> count(progress, "MEDICAL_CHECK", "IN_PROGRESS") == 1);
    advance(id, "MEDICAL_CHECK", hired + ",是,\n");
    await(id, progress -> count(progress, "LABOUR_CONTRACT", "IN_PROGRESS") == 1);
    advance(id, "LABOUR_CONTRACT", hired + ",是,\n");
    await(id, progress -> count(progress, "ON_POST", "IN_PROGRESS") == 1);
    advance(id, "ON_POST", hired + ",是,\n");
    await(id, progress -> count(progress, "ON_POST", "HIRED") == 1);

    String instance = jdbc.queryForObject("select process_instance_id from candidate where identity_number = ?",
        String.class, hired);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo(RecruitmentProcess.Elements.END_HIRED);
    // ADR 0028: the platform's engine keeps the waits and leaves out the check tasks and gateways the model marks.
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains(RecruitmentProcess.Elements.SCREEN, RecruitmentProcess.Elements.waitFor(Stage.ON_POST),
            RecruitmentProcess.Elements.END_HIRED)
        .noneMatch(activity -> activity.startsWith("check-") || activity.startsWith("passed-")
            || activity.equals("screened"));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(roundCase).singleResult().getEndTime())
        .as("the round's case ends with the last sign-off").isNotNull();
    assertThat(jdbc.queryForObject("select name from candidate where identity_number = ?", String.class, hired))
        .isEqualTo("𠮷祥");
    assertThat(jdbc.queryForObject("select screening_decisions from candidate where identity_number = ?",
        String.class, hired)).as("the stages keep the screening's versions").isEqualTo(screenedBy);
    // On post: the worker is in the talent database, on a post of the round's contract, under that contract.
    JsonNode workers = Api.as(rest, "dzclerk").get("/api/talent/workers?org=" + unit + "&status=ON_POST").getBody();
    assertThat(workers.findValuesAsText("identityNumber")).containsExactly(hired);
    assertThat(workers.get(0).path("name").asText()).isEqualTo("𠮷祥");
    assertThat(workers.get(0).path("contractId").isNull()).isFalse();
    assertThat(Api.as(rest, "zdclerk").get("/api/recruitment/rounds/" + id).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The list exports in the candidate file's layout, 𠮷 and where each stands included, and imports again.
    ResponseEntity<byte[]> list = Api.as(rest, "hereviewer").bytes("/api/recruitment/rounds/" + id + "/candidates");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<CandidateRow> back = CandidateSheet.read(list.getBody(), "名单.xlsx", TODAY, Set.copyOf(CERTIFICATES));
    assertThat(back).extracting(CandidateRow::name).containsExactly("𠮷祥", "年长考生", "面试未过", "测试未过");
    assertThat(exportedColumn(list.getBody(), "报名审核所用决策版本")).containsExactly(screenedBy, eligibility,
        screenedBy.replace("," + latestDecision("certificate-level"), ""),
        screenedBy.replace("," + latestDecision("certificate-level"), ""));
    assertThat(Api.as(rest, "zdclerk").bytes("/api/recruitment/rounds/" + id + "/candidates").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // A stage's results export as its results file: who took the test, passed or not, with score, read back whole.
    ResponseEntity<byte[]> results = Api.as(rest, "hereviewer").bytes("/api/recruitment/rounds/" + id
        + "/results?stage=APTITUDE_TEST");
    assertThat(results.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(StageResults.read(results.getBody(), "能力测试结果.xlsx"))
        .extracting(StageResults.Result::identityNumber, StageResults.Result::passed, r -> r.score().intValue())
        .containsExactly(tuple(hired, true, 88), tuple(failsInterview, true, 80), tuple(failsTest, false, 52));
    assertThat(CandidateSheet.read(results.getBody(), "能力测试结果.xlsx", TODAY, Set.copyOf(CERTIFICATES)))
        .extracting(CandidateRow::name).containsExactly("𠮷祥", "面试未过", "测试未过");
    assertThat(Api.as(rest, "zdclerk").bytes("/api/recruitment/rounds/" + id + "/results?stage=APTITUDE_TEST")
        .getStatusCode()).as("a county of another city").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "dzclerk").bytes("/api/recruitment/rounds/" + id + "/results?stage=SCREENING")
        .getStatusCode()).as("screening has no results file").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldRefuseTheOnPostSignOffWhenTheRoundHasTooFewFreePosts() {
    long procurementRound = awardedRound(new Procurements(rest));
    long id = openRecruitment(procurementRound);
    String unit = unitOf(procurementRound);
    // Four pass every stage for the unit's three posts.
    List<String> ids = new java.util.ArrayList<>();
    List<CandidateRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(id("1306821991050" + (i + 1), 10 + i));
      rows.add(candidate(2 + i, "考生" + i, ids.get(i), 35, unit));
    }
    assertThat(upload("dzclerk", "/api/recruitment/rounds/" + id + "/candidates", CandidateWorkbook.write(rows),
        "考生.xlsx").getStatusCode()).isEqualTo(HttpStatus.OK);
    await(id, progress -> count(progress, "APTITUDE_TEST", "IN_PROGRESS") == 4);
    signOff("import-candidates", Map.of());
    signOff("sign-off-screening", Map.of());
    String allPass = passEveryStageBeforeOnPost(id, ids);
    assertThat(upload("dzclerk", "/api/recruitment/rounds/" + id + "/results?stage=ON_POST", csv(allPass), "上岗.csv")
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> refused = complete("sign-off-on-post", Map.of());

    int free = jdbc.queryForObject("select count(*) from procurement_contract_post cp join procurement_contract c "
        + "on c.id = cp.contract_id join post p on p.id = cp.post_id where c.round_id = ? and p.unit_code = ? "
        + "and p.grade = 'ENTRY' and not exists (select 1 from talent_worker w where w.holding_post_id = p.id)",
        Integer.class, procurementRound, unit);
    assertThat(free).as("free posts of the round at the unit").isBetween(1, 3);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("message").asText()).contains("岗位不够上岗", unit + " 的初级岗缺 " + (4 - free)
        + " 个空岗");
    assertThat(count(progress(id), "ON_POST", "IN_PROGRESS")).as("nobody moved").isEqualTo(4);
    assertThat(jdbc.queryForObject("select count(*) from candidate where recruitment_round_id = ? and post_id is not "
        + "null", Integer.class, id)).as("no post given").isZero();
  }

  @Test
  void shouldHireOnAnotherFreePostWhenTheOneGivenAtTheSignOffIsTakenBeforeTheHire() {
    long procurementRound = awardedRound(new Procurements(rest));
    long id = openRecruitment(procurementRound);
    String unit = unitOf(procurementRound);
    String hired = id("13068219880808", 21);
    assertThat(upload("dzclerk", "/api/recruitment/rounds/" + id + "/candidates", CandidateWorkbook.write(
        List.of(candidate(2, "换岗考生", hired, 38, unit))), "考生.xlsx").getStatusCode()).isEqualTo(HttpStatus.OK);
    await(id, progress -> count(progress, "APTITUDE_TEST", "IN_PROGRESS") == 1);
    signOff("import-candidates", Map.of());
    signOff("sign-off-screening", Map.of());
    passEveryStageBeforeOnPost(id, List.of(hired));

    // The sign-off gives the post; its batch waits while another worker is placed on that very post.
    JobExecutor jobs = engine.getJobExecutor();
    long given;
    long contract;
    jobs.shutdown();
    try {
      advance(id, "ON_POST", hired + ",是,\n");
      given = jdbc.queryForObject("select post_id from candidate where identity_number = ?", Long.class, hired);
      contract = jdbc.queryForObject("select contract_id from candidate where identity_number = ?", Long.class,
          hired);
      talent.placeOnPost(new NewWorker(id("13068219870707", 22), "先到社工", Education.BACHELOR, List.of(),
          Grade.ENTRY, given, contract, null, null, null, null, TODAY, WorkerSource.IMPORT), "test");
    } finally {
      jobs.start();
    }
    await(id, progress -> count(progress, "ON_POST", "HIRED") == 1);

    long holding = jdbc.queryForObject("select holding_post_id from talent_worker where identity_number = ?",
        Long.class, hired);
    assertThat(holding).as("another post").isNotEqualTo(given);
    assertThat(jdbc.queryForObject("select unit_code from post where id = ?", String.class, holding)).isEqualTo(unit);
    assertThat(jdbc.queryForObject("select post_id from candidate where identity_number = ?", Long.class, hired))
        .as("the candidate's row follows").isEqualTo(holding);
    assertThat(jdbc.queryForObject("select count(*) from talent_worker where holding_post_id = ?", Integer.class,
        given)).as("the post given first keeps the worker who took it").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from talent_worker where holding_post_id = ?", Integer.class,
        holding)).isEqualTo(1);
  }

  /** Recruitment opened for the awarded round by Dingzhou's clerk: its case, and the recruitment's id. */
  private long openRecruitment(long procurementRound) {
    ResponseEntity<JsonNode> opened = Api.as(rest, "dzclerk").post("/engine-rest/process-definition/key/"
        + RecruitmentRoundProcess.KEY + "/start", Map.of("variables", Map.of("procurementRoundId",
        Map.of("value", procurementRound, "type", "Integer"))));
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.OK);
    roundCase = opened.getBody().path("id").asText();
    return recruitmentRoundId();
  }

  /** Each of them passes every stage before on post, moved on by the stage's batch; answers the passing rows. */
  private String passEveryStageBeforeOnPost(long id, List<String> identities) {
    String allPass = String.join(",是,90\n", identities) + ",是,90\n";
    List<String> stages = List.of("APTITUDE_TEST", "INTERVIEW", "MEDICAL_CHECK", "LABOUR_CONTRACT", "ON_POST");
    for (int i = 0; i < stages.size() - 1; i++) {
      advance(id, stages.get(i), allPass);
      String next = stages.get(i + 1);
      await(id, progress -> count(progress, next, "IN_PROGRESS") == identities.size());
    }
    return allPass;
  }

  /** The recruitment the open round case opened. */
  private long recruitmentRoundId() {
    return Api.as(rest, "dzclerk").get("/engine-rest/process-instance/" + roundCase
        + "/variables/recruitmentRoundId").getBody().path("value").asLong();
  }

  /** A unit whose posts the purchase round bought. */
  private String unitOf(long procurementRound) {
    return jdbc.queryForObject("select p.unit_code from procurement_contract_post cp join post p on p.id = "
        + "cp.post_id join procurement_contract c on c.id = cp.contract_id where c.round_id = ? limit 1",
        String.class, procurementRound);
  }

  private long awardedRound(Procurements rounds) {
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "定州市招聘测试街道工会", "ENTRY", 3);
    String contractor = rounds.contractor("定州市招聘测试服务社");
    String instance = rounds.start("dzclerk", YEAR, YEAR + "-01-01").getBody().path("id").asText();
    rounds.advance(instance, Elements.RECORD_BID);
    String bid = rounds.task("dzclerk", instance, Elements.RECORD_BID);
    assertThat(rounds.complete("dzclerk", bid, Procurements.bid(contractor, 1000, "80 80 80", "80 80 80",
        "80 80 80", false)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String award = rounds.task("dzclerk", instance, Elements.AWARD_CONTRACT);
    assertThat(rounds.complete("dzclerk", award, Map.of(Vars.AWARD_DECISION.name(), "AWARD")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return jdbc.queryForObject("select id from procurement_round where process_instance_id = ?", Long.class,
        instance);
  }

  private void advance(long id, String stage, String rows) {
    ResponseEntity<JsonNode> results = upload("dzclerk", "/api/recruitment/rounds/" + id + "/results?stage=" + stage,
        csv(rows), stage + ".csv");
    assertThat(results.getStatusCode()).as(String.valueOf(results.getBody())).isEqualTo(HttpStatus.OK);
    signOff("sign-off-" + stage.toLowerCase().replace('_', '-'), Map.of("signOffNote", Map.of("value",
        "结果已核对无误", "type", "String")));
  }

  private String roundCase;

  /** The city's one task for the step, completed by Dingzhou's clerk. */
  private void signOff(String taskKey, Map<String, Object> variables) {
    ResponseEntity<JsonNode> done = complete(taskKey, variables);
    assertThat(done.getStatusCode()).as("%s: %s", taskKey, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<JsonNode> complete(String taskKey, Map<String, Object> variables) {
    JsonNode tasks = Api.as(rest, "dzclerk").get("/engine-rest/task?processInstanceId=" + roundCase
        + "&taskDefinitionKey=" + taskKey + "&maxResults=5").getBody();
    assertThat(tasks).as("dzclerk sees %s", taskKey).hasSize(1);
    return Api.as(rest, "dzclerk").post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
        Map.of("variables", variables));
  }

  private void await(long id, Predicate<JsonNode> done) {
    RoundProgress.await("the job executor", () -> progress(id), done, Duration.ofSeconds(90));
  }

  private static int count(JsonNode progress, String stage, String outcome) {
    return RoundProgress.count(progress, stage, outcome);
  }

  private ResponseEntity<JsonNode> upload(String user, String path, byte[] file, String name) {
    return RoundProgress.upload(rest.withBasicAuth(user, Api.DEMO_PASSWORD), path, file, name, new HttpHeaders());
  }

  private JsonNode progress(long id) {
    return Api.as(rest, "dzclerk").get("/api/recruitment/rounds/" + id).getBody();
  }

  private static byte[] csv(String rows) {
    return ("身份证号,是否通过,成绩\n" + rows).getBytes(StandardCharsets.UTF_8);
  }

  /** An identity number of Hebei (130682 定州) with its check character, unique per serial. */
  private static String id(String first14, int serial) {
    String first17 = first14 + String.format("%03d", serial);
    return first17 + IdentityNumber.checkCharacter(first17);
  }

  /** The screening's decisions in Camunda's decision history, whatever instance or none they name. */
  private long screeningDecisionHistory() {
    return List.of("candidate-eligibility", "certificate-level", "grade-eligibility").stream()
        .mapToLong(key -> history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).count()).sum();
  }

  /** One column of an exported sheet, by its header, below the header. */
  private static List<String> exportedColumn(byte[] xlsx, String header) {
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = book.getFirstSheet().read();
      int column = -1;
      for (int c = 0; c < rows.get(0).getCellCount(); c++) {
        if (header.equals(rows.get(0).getCellText(c))) {
          column = c;
        }
      }
      assertThat(column).as("column %s", header).isNotNegative();
      int at = column;
      return rows.subList(1, rows.size()).stream().map(row -> row.getCellText(at)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CandidateRow withCertificates(CandidateRow row, String... certificates) {
    return new CandidateRow(row.row(), row.name(), row.identityNumber(), row.birthDate(), row.age(), row.education(),
        row.unionWorkYears(), row.workYears(), List.of(certificates), row.socialWorkBachelor(), row.examEligible(),
        row.yearsInLevel3(), row.yearsInLevel2(), row.unitCode(), row.appliedGrade(), row.phone());
  }

  private String latestDecision(String key) {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).withoutTenantId()
        .latestVersion().singleResult().getId();
  }

  private static CandidateRow candidate(int row, String name, String identity, int age, String unit) {
    return new CandidateRow(row, name, identity, IdentityNumber.birthDate(identity),
        IdentityNumber.ageOn(identity, TODAY), Education.BACHELOR, 0, Math.min(5, age - 22), List.of(), true, false,
        0, 0, unit, Grade.ENTRY, null);
  }
}
