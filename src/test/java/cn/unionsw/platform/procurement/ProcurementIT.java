package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A purchase round end to end through engine REST as the demo users (Dingzhou buys its own posts), the doors it
 * adds, and what it refuses: wrong starters, a second open round, a bad date, a barred or unqualified bidder.
 */
@PlatformIT
class ProcurementIT {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void shouldRunDingzhousRoundFromEstimateToAward() throws Exception {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "定州市长安街道工会", "LEVEL_3", 3);
    String best = rounds.contractor("定州市和谐社会工作服务中心");
    String second = rounds.contractor("定州市同心社工服务社");
    String subcontracting = rounds.contractor("定州市转包服务社");
    String barred = rounds.contractor("定州市欠薪服务社");
    assertThat(Api.as(rest, "hereviewer").post("/api/contractors/" + barred + "/bar",
        Map.of("reason", "拖欠工资（第三十条）")).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> started = rounds.start("dzclerk", YEAR, YEAR + "-01-01");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    String caseNumber = started.getBody().path("businessKey").asText();
    assertThat(caseNumber).startsWith("岗购〔");

    // Dingzhou buys all its posts itself: one estimate, its own, costed by the pay service.
    List<JsonNode> estimates = rounds.tasks("dzclerk", instance, Elements.ESTIMATE_COST);
    assertThat(estimates).hasSize(1);
    String estimate = estimates.get(0).path("id").asText();
    JsonNode summary = Api.as(rest, "dzclerk").get("/engine-rest/task/" + estimate + "/variables/"
        + ESTIMATE_SUMMARY.name()).getBody();
    assertThat(summary.path("value").asText()).contains("定州市长安街道工会", "三级岗").contains("三年合计");
    assertThat(rounds.tasks("zdclerk", instance, Elements.ESTIMATE_COST)).isEmpty();
    assertThat(rounds.complete("zdclerk", estimate, Map.of(CONTACT_PERSON.name(), "张三",
        CONTACT_PHONE.name(), "0312-2345678")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> badPhone = rounds.complete("dzclerk", estimate, Map.of(CONTACT_PERSON.name(), "张三",
        CONTACT_PHONE.name(), "电话"));
    assertThat(badPhone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badPhone.getBody().path("field").asText()).isEqualTo(CONTACT_PHONE.name());
    assertThat(rounds.complete("dzclerk", estimate, Map.of(CONTACT_PERSON.name(), "张三",
        CONTACT_PHONE.name(), "0312-2345678")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String publish = rounds.task("dzclerk", instance, Elements.PUBLISH_PLAN);
    ResponseEntity<JsonNode> tooHeavy = rounds.complete("dzclerk", publish, Map.of(
        PROCUREMENT_METHOD.name(), "OPEN_TENDER", PRICE_WEIGHT.name(), 35));
    assertThat(tooHeavy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooHeavy.getBody().path("field").asText()).isEqualTo(PRICE_WEIGHT.name());
    assertThat(rounds.complete("dzclerk", publish, Map.of(PROCUREMENT_METHOD.name(), "OPEN_TENDER",
        PRICE_WEIGHT.name(), 20)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    long roundId = round(instance).path("id").asLong();
    long budget = round(instance).path("budget").decimalValue().longValue();
    ResponseEntity<JsonNode> barredBid = rounds.complete("dzclerk", rounds.task("dzclerk", instance,
        Elements.RECORD_BID), Procurements.bid(barred, (int) (budget * 9 / 10), "90", "90", "90", true));
    assertThat(barredBid.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(barredBid.getBody().path("field").asText()).isEqualTo(BIDDER_CREDIT_CODE.name());
    assertThat(barredBid.getBody().path("message").asText()).contains("禁入");
    ResponseEntity<JsonNode> badScores = rounds.complete("dzclerk", rounds.task("dzclerk", instance,
        Elements.RECORD_BID), Procurements.bid(best, (int) (budget * 9 / 10), "90 95", "90", "90", true));
    assertThat(badScores.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    record(rounds, instance, Procurements.bid(best, (int) (budget * 9 / 10), "92 90 94", "95 93 91", "90 90 90",
        true));
    ResponseEntity<JsonNode> smallerPanel = rounds.complete("dzclerk", rounds.task("dzclerk", instance,
        Elements.RECORD_BID), Procurements.bid(second, (int) (budget * 8 / 10), "80 82", "80 80", "75 79", true));
    assertThat(smallerPanel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(smallerPanel.getBody().path("message").asText()).contains("3 位专家");
    record(rounds, instance, Procurements.bid(second, (int) (budget * 8 / 10), "80 82 78", "80 80 80", "75 79 77",
        true));
    Map<String, Object> sub = new LinkedHashMap<>(Procurements.bid(subcontracting, (int) (budget / 2), "99 99 99",
        "99 99 99", "99 99 99", false));
    sub.put(SUBCONTRACTING.name(), true);
    record(rounds, instance, sub);

    String award = rounds.task("dzclerk", instance, Elements.AWARD_CONTRACT);
    JsonNode scoring = Api.as(rest, "dzclerk").get("/engine-rest/task/" + award + "/variables/"
        + SCORING_SUMMARY.name()).getBody();
    assertThat(scoring.path("value").asText()).contains("第 1 名 定州市和谐社会工作服务中心").contains("分包")
        .contains("有效投标不足三家");

    JsonNode detail = Api.as(rest, "hereviewer").get("/api/procurement/rounds/" + roundId).getBody();
    assertThat(detail.path("status").asText()).isEqualTo("SCORED");
    assertThat(detail.path("winnerCreditCode").asText()).isEqualTo(best);
    assertThat(detail.path("bids")).hasSize(3);
    assertThat(detail.path("bids").get(0).path("expertScores")).hasSize(3);
    assertThat(detail.path("bids").findValuesAsText("creditCode")).containsExactly(best, second, subcontracting);
    assertThat(detail.path("bids").get(2).path("valid").asBoolean()).isFalse();
    assertThat(Api.as(rest, "zdclerk").get("/api/procurement/rounds/" + roundId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "zdworker").get("/api/procurement/rounds").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "dzclerk").get("/api/procurement/rounds").getBody().findValuesAsText("caseNumber"))
        .contains(caseNumber);

    ResponseEntity<JsonNode> awarded = rounds.complete("dzclerk", award, Map.of(AWARD_DECISION.name(), "AWARD"));
    assertThat(awarded.getStatusCode()).as(String.valueOf(awarded.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(round(instance).path("status").asText()).isEqualTo("AWARDED");

    // Dingzhou signs one three-year contract with the winner for the whole winning price and all its posts.
    JsonNode contracts = Api.as(rest, "dzclerk").get("/api/procurement/contracts").getBody();
    List<JsonNode> ofRound = new java.util.ArrayList<>();
    contracts.forEach(contract -> {
      if (contract.path("roundId").asLong() == roundId) {
        ofRound.add(contract);
      }
    });
    assertThat(ofRound).singleElement().satisfies(contract -> {
      assertThat(contract.path("contractNumber").asText()).isEqualTo(caseNumber + "-01");
      assertThat(contract.path("purchaserCode").asText()).isEqualTo("HE-DZ");
      assertThat(contract.path("contractorCreditCode").asText()).isEqualTo(best);
      assertThat(contract.path("amount").decimalValue().longValue()).isEqualTo(budget * 9 / 10);
      assertThat(contract.path("startsOn").asText()).isEqualTo(YEAR + "-01-01");
      assertThat(contract.path("endsOn").asText()).isEqualTo((YEAR + 2) + "-12-31");
      assertThat(contract.path("postIds")).hasSize(round(instance).path("estimates").get(0).path("postCount").asInt());
    });

    // The contract prints with its Chinese text; the round's workbook has its three sheets.
    long contractId = ofRound.get(0).path("id").asLong();
    ResponseEntity<byte[]> pdf = Api.as(rest, "dzclerk").bytes("/api/procurement/contracts/" + contractId + "/pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(ContractPdfTest.text(pdf.getBody())).contains("购买工会社会工作岗位服务合同", "定州市和谐社会工作服务中心", best,
        "定州市长安街道工会", "三级岗", caseNumber + "-01");
    assertThat(Api.as(rest, "zdclerk").bytes("/api/procurement/contracts/" + contractId + "/pdf").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<byte[]> workbook = Api.as(rest, "hereviewer").bytes("/api/procurement/rounds/" + roundId
        + "/workbook");
    assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(RoundWorkbookTest.read(workbook.getBody()).keySet()).containsExactly("采购计划", "投标与评分", "定标与合同");
    assertThat(Api.as(rest, "zzclerk").bytes("/api/procurement/rounds/" + roundId + "/workbook").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Once the contracts end, their posts are bought again: a round for the next term finds them.
    ResponseEntity<JsonNode> nextTerm = rounds.start("dzclerk", YEAR + 3, (YEAR + 3) + "-01-01");
    assertThat(nextTerm.getStatusCode()).as(String.valueOf(nextTerm.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(round(nextTerm.getBody().path("id").asText()).path("estimates").get(0).path("detail").asText())
        .contains("定州市长安街道工会");
    rounds.closeOpenRounds("HE-DZ");
  }

  @Test
  void shouldNotAwardAWinnerBarredSinceItsBid() {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "定州市西城街道工会", "ENTRY", 1);
    String only = rounds.contractor("定州市后来欠薪服务社");
    String instance = rounds.start("dzclerk", YEAR, YEAR + "-02-01").getBody().path("id").asText();
    rounds.advance(instance, Elements.RECORD_BID);
    record(rounds, instance, Procurements.bid(only, 1000, "80 80 80", "80 80 80", "80 80 80", false));
    assertThat(Api.as(rest, "hereviewer").post("/api/contractors/" + only + "/bar",
        Map.of("reason", "定标前查实拖欠工资（第三十条）")).getStatusCode()).isEqualTo(HttpStatus.OK);

    String award = rounds.task("dzclerk", instance, Elements.AWARD_CONTRACT);
    ResponseEntity<JsonNode> refused = rounds.complete("dzclerk", award, Map.of(AWARD_DECISION.name(), "AWARD"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().path("field").asText()).isEqualTo(AWARD_DECISION.name());
    assertThat(refused.getBody().path("message").asText()).contains("不具备承接资格", "禁入");
    assertThat(rounds.complete("dzclerk", award, Map.of(AWARD_DECISION.name(), "FAIL", AWARD_COMMENT.name(),
        "中标候选人被禁入")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(round(instance).path("status").asText()).isEqualTo("FAILED");
  }

  @Test
  void shouldLetOnlyACitysClerkOpenOneRoundAtATime() {
    Procurements rounds = new Procurements(rest);
    rounds.closeOpenRounds("HE-SJZ");
    rounds.unboughtPosts("HE-SJZ-LC", "栾城区柳林屯乡工会", "ENTRY", 1);
    ResponseEntity<JsonNode> county = rounds.start("zdclerk", YEAR, YEAR + "-01-01");
    assertThat(county.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A reviewer neither starts nor reads the purchase process: Camunda answers as for no such process.
    assertThat(rounds.start("sjzreviewer", YEAR, YEAR + "-01-01").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    int casesBefore = count("select count(*) from case_file");
    ResponseEntity<JsonNode> badDate = rounds.start("sjzclerk", YEAR, "明年一月");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().path("field").asText()).isEqualTo(SERVICE_START.name());
    assertThat(rounds.start("sjzclerk", YEAR, (YEAR + 3) + "-01-01").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count("select count(*) from case_file")).as("a refused start leaves nothing").isEqualTo(casesBefore);

    ResponseEntity<JsonNode> first = rounds.start("sjzclerk", YEAR, YEAR + "-03-01");
    assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> again = rounds.start("sjzclerk", YEAR, YEAR + "-03-01");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("message").asText()).contains("进行中的采购轮次");

    // Shijiazhuang's counties each file their own estimate; the city's posts are the city's.
    String instance = first.getBody().path("id").asText();
    List<String> purchasers = jdbc.queryForList("select e.purchaser_code from procurement_estimate e join "
        + "procurement_round r on r.id = e.round_id where r.process_instance_id = ?", String.class, instance);
    assertThat(purchasers).contains("HE-SJZ-LC").allMatch(code -> code.startsWith("HE-SJZ"));
    assertThat(rounds.tasks("lcclerk", instance, Elements.ESTIMATE_COST)).hasSize(1);
    assertThat(rounds.tasks("zzclerk", instance, Elements.ESTIMATE_COST)).isEmpty();
    rounds.fileAll(instance, Map.of("HE-SJZ-LC", "lcclerk", "HE-SJZ-ZD", "zdclerk", "HE-SJZ", "sjzclerk"));
    String publish = rounds.task("sjzclerk", instance, Elements.PUBLISH_PLAN);
    ResponseEntity<JsonNode> noReason = rounds.complete("sjzclerk", publish, Map.of(
        PROCUREMENT_METHOD.name(), "SINGLE_SOURCE", PRICE_WEIGHT.name(), 20));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("field").asText()).isEqualTo(METHOD_REASON.name());

    // No bid comes in: the round closes without an award, and the city may open the next.
    assertThat(rounds.complete("sjzclerk", publish, Map.of(PROCUREMENT_METHOD.name(), "INQUIRY",
        PRICE_WEIGHT.name(), 20)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    record(rounds, instance, Map.of(MORE_BIDS.name(), false));
    String award = rounds.task("sjzclerk", instance, Elements.AWARD_CONTRACT);
    assertThat(rounds.complete("sjzclerk", award, Map.of(AWARD_DECISION.name(), "AWARD")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rounds.complete("sjzclerk", award, Map.of(AWARD_DECISION.name(), "FAIL",
        AWARD_COMMENT.name(), "未收到投标")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(round(instance).path("status").asText()).isEqualTo("FAILED");
    assertThat(round(instance).path("closeReason").asText()).isEqualTo("未收到投标");

    // A round whose case an administrator deletes is closed, listeners or not, and the city may start the next.
    String deleted = rounds.start("sjzclerk", YEAR, YEAR + "-03-01").getBody().path("id").asText();
    assertThat(Api.as(rest, "admin").delete("/engine-rest/process-instance/" + deleted).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(round(deleted).path("status").asText()).isEqualTo("CANCELLED");
    String skipped = rounds.start("sjzclerk", YEAR, YEAR + "-03-01").getBody().path("id").asText();
    assertThat(Api.as(rest, "admin").delete("/engine-rest/process-instance/" + skipped + "?skipCustomListeners=true")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> after = rounds.start("sjzclerk", YEAR, YEAR + "-03-01");
    assertThat(after.getStatusCode()).as(String.valueOf(after.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(round(skipped).path("status").asText()).isEqualTo("CANCELLED");

    // A county sees its own estimate of the city's round, and no bids while the city takes them.
    String open = after.getBody().path("id").asText();
    rounds.fileAll(open, Map.of("HE-SJZ-LC", "lcclerk", "HE-SJZ-ZD", "zdclerk", "HE-SJZ", "sjzclerk"));
    JsonNode luancheng = Api.as(rest, "lcclerk").get("/api/procurement/rounds/" + round(open).path("id").asText())
        .getBody();
    assertThat(luancheng.path("estimates").findValuesAsText("purchaserCode")).containsOnly("HE-SJZ-LC");
    assertThat(round(open).path("estimates").findValuesAsText("purchaserCode")).contains("HE-SJZ-LC", "HE-SJZ-ZD");
    rounds.closeOpenRounds("HE-SJZ");
  }

  private void record(Procurements rounds, String instance, Map<String, Object> bid) {
    String clerk = owner(instance);
    ResponseEntity<JsonNode> recorded = rounds.complete(clerk, rounds.task(clerk, instance, Elements.RECORD_BID), bid);
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String owner(String instance) {
    return jdbc.queryForObject("select starter_id from case_file where process_instance_id = ?", String.class,
        instance);
  }

  private JsonNode round(String instance) {
    long id = jdbc.queryForObject("select id from procurement_round where process_instance_id = ?", Long.class,
        instance);
    return Api.as(rest, "admin").get("/api/procurement/rounds/" + id).getBody();
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
