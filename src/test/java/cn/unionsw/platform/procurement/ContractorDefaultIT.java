package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.procurement.ContractorDefaultProcess.Elements;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contractor-default process through engine REST as the demo users, on the real contracts, registry and
 * decision: who may report a default for which contract, one open case per contract, the whole not-corrected path
 * (termination, province-wide bar, successor contract) and a bad credit code at the transfer step.
 */
@PlatformIT
class ContractorDefaultIT {

  static final String START = "/engine-rest/process-definition/key/" + ContractorDefaultProcess.KEY + "/start";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Contracts contracts;
  @Autowired
  ContractorRegistry registry;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  DataSource dataSource;

  ContractFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ContractFixtures(new JdbcTemplate(dataSource), contracts, registry);
  }

  @Test
  void shouldTerminateBarAndTransferAContractWhoseContractorDidNotCorrect() {
    Contract contract = fixtures.contract("HE-SJZ-ZD");
    String next = fixtures.contractor("接手的服务社");

    var started = start("sjzreviewer", contract.id(), "BOTH");
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String id = started.getBody().path("id").asText();
    assertThat(started.getBody().path("businessKey").asText()).startsWith("违约〔");
    assertThat(runtime.getVariable(id, CORRECTION_WORKING_DAYS.name())).isEqualTo(15);
    assertThat((String) runtime.getVariable(id, CORRECTION_ORDER.name())).contains(contract.contractNumber(), "第三十条");
    assertThat(taskOf("lcclerk", id, Elements.VERIFY_CORRECTION)).isNull();
    var transferMeanwhile = Api.as(rest, "zdclerk").post("/api/procurement/contracts/" + contract.id() + "/transfer",
        Map.of("contractorCreditCode", next, "reason", "绕过违约处理"));
    assertThat(transferMeanwhile.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(transferMeanwhile.getBody().path("error").asText()).isEqualTo("contract_in_default_case");

    String verify = taskOf("zdclerk", id, Elements.VERIFY_CORRECTION);
    assertThat(complete("zdclerk", verify, Map.of(CORRECTED.name(), flag(false), VERIFICATION.name(),
        text("期限届满，仍欠 8、9 月工资和社保"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Contract terminated = contracts.find(contract.id()).orElseThrow();
    assertThat(terminated.status()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(terminated.endedOn()).isEqualTo(TODAY);
    assertThat(terminated.endReason()).contains("第三十条", started.getBody().path("businessKey").asText());

    String transfer = taskOf("zdclerk", id, Elements.TRANSFER_CONTRACT);
    var same = complete("zdclerk", transfer, Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(),
        text(contract.contractorCreditCode()), TRANSFER_REASON.name(), text("转回原承接主体")));
    var malformed = complete("zdclerk", transfer, Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(),
        text("91130100MA000000XX"), TRANSFER_REASON.name(), text("代码有误")));
    for (var refused : java.util.List.of(same, malformed)) {
      assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("field").asText()).isEqualTo(NEW_CONTRACTOR_CREDIT_CODE.name());
    }
    assertThat(taskOf("zdclerk", id, Elements.TRANSFER_CONTRACT)).as("still open").isEqualTo(transfer);
    assertThat(complete("zdclerk", transfer, Map.of(NEW_CONTRACTOR_CREDIT_CODE.name(), text(next),
        TRANSFER_REASON.name(), text("由次优中标人承接剩余期限"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String confirm = taskOf("hereviewer", id, Elements.CONFIRM_BAR);
    // The city's reviewer started the case and follows it (ADR 0017): they see the province's step, read-only.
    assertThat(taskOf("sjzreviewer", id, Elements.CONFIRM_BAR)).isEqualTo(confirm);
    assertThat(complete("sjzreviewer", confirm, Map.of("decision", text("APPROVE"))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete("hereviewer", confirm, Map.of("decision", text("APPROVE"), "comment",
        text("情节属实"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(Elements.END_TERMINATED);
    Contract successor = contracts.inReach("zdclerk", ContractStatus.ACTIVE).stream()
        .filter(c -> Long.valueOf(contract.id()).equals(c.predecessorId())).findFirst().orElseThrow();
    assertThat(successor.contractNumber()).isEqualTo(contract.contractNumber() + "-Z1");
    assertThat(successor.contractorCreditCode()).isEqualTo(next);
    assertThat(successor.startsOn()).isEqualTo(TODAY.plusDays(1));
    JsonNode barredNow = Api.as(rest, "hereviewer").get("/api/contractors?province=HE").getBody();
    JsonNode old = java.util.stream.StreamSupport.stream(barredNow.spliterator(), false)
        .filter(c -> c.path("creditCode").asText().equals(contract.contractorCreditCode())).findFirst().orElseThrow();
    assertThat(old.path("barred").asBoolean()).isTrue();
    assertThat(old.path("bar").path("barredBy").asText()).isEqualTo("hereviewer");
    assertThat(old.path("bar").path("reason").asText()).contains(contract.contractNumber(), "情节属实");
  }

  @Test
  void shouldEndACaseWhoseContractorCorrected() {
    Contract contract = fixtures.contract("HE-DZ");

    String id = start("dzclerk", contract.id(), "SOCIAL_INSURANCE").getBody().path("id").asText();
    String verify = taskOf("dzclerk", id, Elements.VERIFY_CORRECTION);
    complete("dzclerk", verify, Map.of(CORRECTED.name(), flag(true), VERIFICATION.name(), text("已补缴，见社保缴费凭证")));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo(Elements.END_CORRECTED);
    assertThat(contracts.find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
  }

  @Test
  void shouldLetOnlyThePurchaserReportAnActiveContractOnceAtATime() {
    Contract contract = fixtures.contract("HE-SJZ-ZD");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(ContractorDefaultProcess.KEY)
        .count();

    for (String outsider : java.util.List.of("lcclerk", "hereviewer", "bdreviewer", "dzclerk")) {
      var refused = start(outsider, contract.id(), "WAGES");
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().path("field").asText()).isEqualTo(CONTRACT_ID.name());
    }
    var missing = start("zdclerk", Integer.MAX_VALUE, "WAGES");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().path("field").asText()).isEqualTo(CONTRACT_ID.name());
    assertThat(start("zdworker", contract.id(), "WAGES").getStatusCode().is4xxClientError()).isTrue();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ContractorDefaultProcess.KEY)
        .count()).as("nothing started").isEqualTo(before);

    assertThat(start("zdclerk", contract.id(), "WAGES").getStatusCode()).isEqualTo(HttpStatus.OK);
    var second = start("sjzreviewer", contract.id(), "SOCIAL_INSURANCE");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("error").asText()).isEqualTo("default_case_open");
    assertThat(second.getBody().path("field").asText()).isEqualTo(CONTRACT_ID.name());

    Contract transferred = fixtures.contract("HE-SJZ-ZD");
    contracts.transfer(transferred.id(), fixtures.contractor("接手的服务社"), "无法履行", "zdclerk");
    var ended = start("zdclerk", transferred.id(), "WAGES");
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ended.getBody().path("field").asText()).isEqualTo(CONTRACT_ID.name());
  }

  private ResponseEntity<JsonNode> start(String user, long contractId, String kind) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CONTRACT_ID.name(), Map.of("value", contractId, "type", "Integer"));
    variables.put(DEFAULT_KIND.name(), text(kind));
    variables.put(FACTS.name(), text("自本月起拖欠 2 名工会社工工资，社保未缴"));
    return Api.as(rest, user).post(START, Map.of("variables", variables));
  }

  private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
    return Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  private String taskOf(String user, String processInstanceId, String taskKey) {
    JsonNode tasks = Api.as(rest, user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey + "&maxResults=10").getBody();
    return tasks == null || !tasks.isArray() || tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> flag(boolean value) {
    return Map.of("value", value, "type", "Boolean");
  }
}
