package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.recruitment.RecruitmentRoundProcess;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The recruitment the matrix's rows work on: an awarded purchase round of Dingzhou without recruitment for each
 * start cell that may open one (refused cells share one), and one opened recruitment that only reading cells look at.
 */
final class MatrixRecruitment {

  static final String START = "/engine-rest/process-definition/key/" + RecruitmentRoundProcess.KEY + "/start";
  /**
   * A candidate file refused whole (its one identity number is not one), so that an upload cell changes nothing:
   * whoever passes the door gets 400, whoever may not 403 or 404 first.
   */
  static final byte[] REFUSED_CANDIDATES = ("姓名,身份证号,学历,工会工作年限,工作年限,证书,社会工作专业全日制本科,可报考职业资格,"
      + "三级岗年限,二级岗年限,报考单位,报考岗位等级,联系电话\r\n矩阵考生,130682199001010000,本科,3,8,,否,是,0,0,HE-DZ,初级岗,\r\n")
      .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  /** A stage's results refused whole, likewise. */
  static final byte[] REFUSED_RESULTS = "身份证号,是否通过,成绩\r\n130682199001010000,是,80\r\n"
      .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private final TestRestTemplate rest;
  private final Procurements rounds;
  private String shared;

  MatrixRecruitment(TestRestTemplate rest) {
    this.rest = rest;
    this.rounds = new Procurements(rest);
  }

  /** A fresh awarded round of Dingzhou: {procurementRound}. */
  Setup awarded() {
    return Matrix.sharedByRefusals(user -> Map.of("procurementRound", String.valueOf(award())));
  }

  /** An opened recruitment of Dingzhou: {recruitment}. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        ResponseEntity<JsonNode> started = Api.as(rest, "dzclerk").post(START, Matrix.json(startBody(
            String.valueOf(award()))));
        assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
        shared = Api.as(rest, "dzclerk").get("/engine-rest/process-instance/" + started.getBody().path("id").asText()
            + "/variables/recruitmentRoundId").getBody().path("value").asText();
      }
      return Map.of("recruitment", shared);
    };
  }

  static String startBody(String procurementRound) {
    return "{\"variables\":{\"procurementRoundId\":{\"value\":" + procurementRound + ",\"type\":\"Integer\"}}}";
  }

  private long award() {
    rounds.closeOpenRounds("HE-DZ");
    rounds.unboughtPosts("HE-DZ", "矩阵招聘街道工会", "ENTRY", 1);
    String contractor = rounds.contractor("矩阵招聘服务社");
    ResponseEntity<JsonNode> started = rounds.start("dzclerk", MatrixRounds.YEAR, MatrixRounds.YEAR + "-01-01");
    assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().path("id").asText();
    rounds.advance(instance, ProcurementProcess.Elements.RECORD_BID);
    assertThat(rounds.complete("dzclerk", rounds.task("dzclerk", instance, ProcurementProcess.Elements.RECORD_BID),
        Procurements.bid(contractor, 1000, "80", "80", "80", false)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rounds.complete("dzclerk", rounds.task("dzclerk", instance,
        ProcurementProcess.Elements.AWARD_CONTRACT), Map.of(ProcurementProcess.Vars.AWARD_DECISION.name(), "AWARD"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (JsonNode round : Api.as(rest, "admin").get("/api/procurement/rounds").getBody()) {
      if (round.path("processInstanceId").asText().equals(instance)) {
        return round.path("id").asLong();
      }
    }
    throw new IllegalStateException("no round for " + instance);
  }
}
