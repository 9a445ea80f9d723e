package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.browser.Browser;
import cn.unionsw.platform.browser.BrowserTest;
import cn.unionsw.platform.browser.Tasklist;
import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.procurement.ProcurementProcess.Vars;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import cn.unionsw.platform.talent.IdentityNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city clerk's recruitment in Tasklist, in headless Chromium (issue 10): Dingzhou's clerk opens the import task of
 * an awarded round's recruitment, uploads a bad candidate file and reads every refused row, then a good one of 400
 * candidates and watches the progress refresh by itself until all are started and screened, the numbers on the page
 * those of {@code GET /api/recruitment/rounds/{id}}; then uploads the aptitude test's results on its sign-off task
 * and signs it off. The page calls /api with the clerk's web app session (ADR 0013). Screenshots under
 * {@code target/screenshots/<database>/}.
 */
@PlatformIT
@BrowserTest
class RecruitmentBrowserIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final int YEAR = TODAY.getYear() + 6;
  private static final int CANDIDATES = 400;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService history;

  @Test
  void shouldUploadCandidatesAndResultsInTasklistAndWatchTheProgress(Browser browser) {
    long procurementRound = awardedRound();
    ResponseEntity<JsonNode> opened = Api.as(rest, "dzclerk").post("/engine-rest/process-definition/key/"
        + RecruitmentRoundProcess.KEY + "/start", Map.of("variables", Map.of("procurementRoundId",
        Map.of("value", procurementRound, "type", "Integer"))));
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.OK);
    String roundCase = opened.getBody().path("id").asText();
    long id = Api.as(rest, "dzclerk").get("/engine-rest/process-instance/" + roundCase
        + "/variables/recruitmentRoundId").getBody().path("value").asLong();
    String unit = jdbc.queryForObject("select p.unit_code from procurement_contract_post cp join post p on p.id = "
        + "cp.post_id join procurement_contract c on c.id = cp.contract_id where c.round_id = ? limit 1",
        String.class, procurementRound);

    // The import task, from the unit's queue, claimed: the form says nothing is imported yet.
    Tasklist clerk = Tasklist.loginAs(browser, "dzclerk");
    String importTask = task(roundCase, RecruitmentRoundProcess.Elements.IMPORT_CANDIDATES);
    clerk.filter("本单位待办").show(importTask).claimShown();
    RecruitmentRoundForm form = new RecruitmentRoundForm(browser);
    assertThat(form.progressText()).contains("尚未导入考生名单");

    // A bad file: every bad row with its row, field (in Chinese) and reason; nothing imported.
    List<Map<String, Object>> bad = new ArrayList<>();
    bad.add(candidate(1, unit, false));
    String wrongCheck = identity(2).substring(0, 17) + (identity(2).endsWith("0") ? "1" : "0");
    bad.add(CandidateFiles.candidate(wrongCheck, "报考单位", unit, "报考岗位等级", "初级岗"));
    bad.add(CandidateFiles.candidate(identity(3), "报考单位", unit, "报考岗位等级", "初级岗", "证书", "驾驶证"));
    form.upload(CandidateFiles.candidatesXlsx(bad), "candidates-bad.xlsx");
    assertThat(form.uploadOutcome()).isEqualTo("refused");
    assertThat(form.refusal()).contains("未导入任何数据");
    List<List<String>> errors = form.errorRows();
    assertThat(errors).extracting(row -> row.get(0)).containsOnly("3", "4");
    assertThat(errors).anySatisfy(row -> assertThat(row).containsExactly("3", "身份证号", row.get(2)))
        .anySatisfy(row -> assertThat(row.subList(0, 2)).containsExactly("4", "证书"));
    assertThat(errors).allSatisfy(row -> assertThat(row.get(2)).matches("(?s).*\\p{IsHan}.*"));
    browser.screenshot("recruitment-import-refused");
    assertThat(progress(id).path("candidates")).isEmpty();
    assertThat(progress(id).path("notStarted").asInt()).isZero();

    // A good file of 400: the page refreshes itself while the candidates start and are screened in the background.
    List<Map<String, Object>> good = new ArrayList<>();
    for (int i = 1; i <= CANDIDATES; i++) {
      good.add(candidate(i, unit, i % 10 == 0));
    }
    form.upload(CandidateFiles.candidatesXlsx(good), "candidates.xlsx");
    assertThat(form.uploadOutcome()).as(form.uploadStatus()).isEqualTo("imported");
    assertThat(form.uploadStatus()).isEqualTo("已导入 " + CANDIDATES + " 名考生");
    form.awaitSettled();
    List<Integer> readings = form.readings();
    assertThat(readings).as("background work the page showed, reading by reading").hasSizeGreaterThan(1)
        .endsWith(0);
    assertThat(readings).as("work shown before it was done (before the upload: nothing)").anyMatch(left -> left > 0);
    JsonNode progress = progress(id);
    assertThat(progress.path("notStarted").asInt()).isZero();
    Map<String, Integer> api = new LinkedHashMap<>();
    progress.path("candidates").forEach(tally -> api.put(tally.path("stage").asText() + "/"
        + tally.path("outcome").asText(), tally.path("candidates").asInt()));
    assertThat(form.progress()).isEqualTo(api);
    assertThat(api).containsEntry("APTITUDE_TEST/IN_PROGRESS", CANDIDATES * 9 / 10)
        .containsEntry("SCREENING/FAILED", CANDIDATES / 10);
    assertThat(form.progressText()).contains("工会实务能力测试", "进行中", "报名审核", "未通过",
        "全部 " + CANDIDATES + " 名考生已启动并完成报名审核");
    assertThat(form.downloadLink().getDomAttribute("href")).isEqualTo("/api/recruitment/rounds/" + id
        + "/candidates");
    assertThat(form.fetchDownload()).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    browser.screenshot("recruitment-import-progress");
    clerk.complete(importTask);

    // Screening is the decisions' (confirmed through engine REST here); the aptitude test's results in Tasklist.
    complete(task(roundCase, "sign-off-screening"));
    String testTask = task(roundCase, "sign-off-aptitude-test");
    clerk.filter("本单位待办").show(testTask).claimShown();
    form = new RecruitmentRoundForm(browser);
    assertThat(form.downloadLink().getDomAttribute("href")).endsWith("/candidates?stage=APTITUDE_TEST");
    StringBuilder results = new StringBuilder("身份证号,是否通过,成绩,备注\r\n");
    results.append(identity(CANDIDATES + 1)).append(",是,90,\r\n");
    form.upload(results.toString().getBytes(StandardCharsets.UTF_8), "aptitude-bad.csv");
    assertThat(form.uploadOutcome()).isEqualTo("refused");
    assertThat(form.errorRows()).singleElement().satisfies(row -> assertThat(row.subList(0, 2))
        .containsExactly("2", "身份证号"));
    results = new StringBuilder("身份证号,是否通过,成绩,备注\r\n");
    int passing = 0;
    for (int i = 1; i <= CANDIDATES; i++) {
      if (i % 10 != 0) {
        boolean passes = i % 9 != 0;
        passing += passes ? 1 : 0;
        results.append(identity(i)).append(passes ? ",是,85," : ",否,40,未达合格线").append("\r\n");
      }
    }
    form.upload(results.toString().getBytes(StandardCharsets.UTF_8), "aptitude.csv");
    assertThat(form.uploadOutcome()).as(form.uploadStatus()).isEqualTo("imported");
    assertThat(form.uploadStatus()).isEqualTo("已导入 " + CANDIDATES * 9 / 10 + " 条结果");
    form.note("结果已与考务签字表核对");
    browser.screenshot("recruitment-aptitude-test-results");
    clerk.complete(testTask);
    int interviewing = passing;
    await(id, p -> count(p, "INTERVIEW", "IN_PROGRESS") == interviewing);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(roundCase).variableName(
        RecruitmentRoundProcess.Vars.SIGN_OFF_NOTE.name()).singleResult().getValue()).isEqualTo("结果已与考务签字表核对");
  }

  private long awardedRound() {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "定州市浏览器招聘街道工会", "ENTRY", 3);
    String contractor = rounds.contractor("定州市浏览器招聘服务社");
    String instance = rounds.start("dzclerk", YEAR, YEAR + "-01-01").getBody().path("id").asText();
    rounds.advance(instance, Elements.RECORD_BID);
    assertThat(rounds.complete("dzclerk", rounds.task("dzclerk", instance, Elements.RECORD_BID),
        Procurements.bid(contractor, 1000, "80 80 80", "80 80 80", "80 80 80", false)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rounds.complete("dzclerk", rounds.task("dzclerk", instance, Elements.AWARD_CONTRACT),
        Map.of(Vars.AWARD_DECISION.name(), "AWARD")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return jdbc.queryForObject("select id from procurement_round where process_instance_id = ?", Long.class,
        instance);
  }

  /** The n-th candidate: born in the 1990s (or 57 years ago without union work, screened out), for the unit. */
  private static Map<String, Object> candidate(int n, String unit, boolean tooOld) {
    return tooOld
        ? CandidateFiles.candidate(identity(n), "姓名", "考生" + n, "报考单位", unit, "报考岗位等级", "初级岗",
            "工会工作年限", 0, "工作年限", 5)
        : CandidateFiles.candidate(identity(n), "姓名", "考生" + n, "报考单位", unit, "报考岗位等级", "初级岗");
  }

  /** A Dingzhou (130682) identity number, unique per n: a birth day per hundred, a serial within it. */
  private static String identity(int n) {
    LocalDate born = n % 10 == 0 && n <= CANDIDATES ? TODAY.minusYears(57).minusDays(n)
        : LocalDate.of(1992, 1, 1).plusDays(n / 100);
    String first17 = "130682" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 100 + 100);
    return first17 + IdentityNumber.checkCharacter(first17);
  }

  private void await(long id, java.util.function.Predicate<JsonNode> done) {
    RoundProgress.await("the stage's batch", () -> progress(id), done, java.time.Duration.ofSeconds(120));
  }

  private static int count(JsonNode progress, String stage, String outcome) {
    return RoundProgress.count(progress, stage, outcome);
  }

  private JsonNode progress(long id) {
    return Api.as(rest, "dzclerk").get("/api/recruitment/rounds/" + id).getBody();
  }

  private String task(String roundCase, String taskKey) {
    JsonNode tasks = Api.as(rest, "dzclerk").get("/engine-rest/task?processInstanceId=" + roundCase
        + "&taskDefinitionKey=" + taskKey + "&maxResults=5").getBody();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private void complete(String taskId) {
    ResponseEntity<JsonNode> done = Api.as(rest, "dzclerk").post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of()));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

}
