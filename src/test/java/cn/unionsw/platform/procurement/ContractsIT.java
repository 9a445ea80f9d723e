package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contracts in the database and through {@code /api/procurement/contracts}: who sees which (the rule of reach, 404
 * out of it), who transfers (the purchaser, the city above a county purchaser, administrators), bad bodies, two
 * transfers at once, and a post under two active contracts.
 */
@PlatformIT
class ContractsIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String BASE = "/api/procurement/contracts";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Contracts contracts;
  @Autowired
  ContractorRegistry registry;
  @Autowired
  DataSource dataSource;

  ContractFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ContractFixtures(new JdbcTemplate(dataSource), contracts, registry);
  }

  @Test
  void shouldListAndShowContractsWithinReachOnly() {
    Contract zd = fixtures.contract("HE-SJZ-ZD");
    Contract lc = fixtures.contract("HE-SJZ-LC");
    Contract dz = fixtures.contract("HE-DZ");

    assertThat(ids("zdclerk", "")).contains(zd.id()).doesNotContain(lc.id(), dz.id());
    assertThat(ids("sjzreviewer", "")).contains(zd.id(), lc.id()).doesNotContain(dz.id());
    assertThat(ids("hereviewer", "")).contains(zd.id(), lc.id(), dz.id());
    assertThat(ids("admin", "")).contains(zd.id(), lc.id(), dz.id());
    assertThat(ids("bdreviewer", "")).doesNotContain(zd.id(), lc.id(), dz.id());
    List<Long> newestFirst = ids("hereviewer", "?status=ACTIVE");
    assertThat(newestFirst.indexOf(dz.id())).isLessThan(newestFirst.indexOf(zd.id()));
    assertThat(ids("hereviewer", "?status=TERMINATED")).doesNotContain(zd.id());

    JsonNode one = Api.as(rest, "sjzreviewer").get(BASE + "/" + zd.id()).getBody();
    assertThat(one.path("contractNumber").asText()).isEqualTo(zd.contractNumber()).endsWith("-01");
    assertThat(one.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(one.path("endsOn").asText()).isEqualTo(zd.startsOn().plusYears(3).minusDays(1).toString());
    assertThat(one.path("postIds")).hasSize(2);
    assertThat(one.path("contractorCreditCode").asText()).isEqualTo(zd.contractorCreditCode());
    for (String outsider : List.of("lcclerk", "bdreviewer", "dzclerk")) {
      var hidden = Api.as(rest, outsider).get(BASE + "/" + zd.id());
      assertThat(hidden.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(hidden.getBody().path("error").asText()).isEqualTo("contract_not_found");
    }
    assertThat(Api.as(rest, "zdclerk").get(BASE + "/" + Long.MAX_VALUE).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "zdworker").get(BASE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "zdworker").get(BASE + "/" + zd.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var badStatus = Api.as(rest, "zdclerk").get(BASE + "?status=active");
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStatus.getBody().path("field").asText()).isEqualTo("status");
  }

  @Test
  void shouldTransferByThePurchaserToAQualifiedContractor() {
    Contract old = fixtures.contract("HE-SJZ-ZD", fixtures.contractor("无法履约的服务社"),
        new BigDecimal("1096000.00"), TODAY.minusYears(1));
    String next = fixtures.contractor("接手的服务社");

    var transferred = transfer("zdclerk", old.id(), next, "原承接主体被吊销登记证书，无法履行合同");

    assertThat(transferred.getStatusCode()).as(String.valueOf(transferred.getBody())).isEqualTo(HttpStatus.OK);
    JsonNode successor = transferred.getBody();
    assertThat(successor.path("contractNumber").asText()).isEqualTo(old.contractNumber() + "-Z1");
    assertThat(successor.path("predecessorId").asLong()).isEqualTo(old.id());
    assertThat(successor.path("contractorCreditCode").asText()).isEqualTo(next);
    assertThat(successor.path("startsOn").asText()).isEqualTo(TODAY.plusDays(1).toString());
    assertThat(successor.path("endsOn").asText()).isEqualTo(old.endsOn().toString());
    assertThat(successor.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(successor.path("postIds")).extracting(JsonNode::asLong).containsExactlyElementsOf(old.postIds());
    assertThat(successor.path("amount").decimalValue()).isEqualByComparingTo(Succession.amount(old.amount(),
        old.startsOn(), old.endsOn(), TODAY.plusDays(1))).isLessThan(old.amount());
    Contract ended = contracts.find(old.id()).orElseThrow();
    assertThat(ended.status()).isEqualTo(ContractStatus.TRANSFERRED);
    assertThat(ended.endedOn()).isEqualTo(TODAY);
    assertThat(ended.endReason()).isEqualTo("原承接主体被吊销登记证书，无法履行合同");

    // The city above the county transfers the successor on; the transferred one is done.
    var second = transfer("sjzreviewer", successor.path("id").asLong(), old.contractorCreditCode(), "再次转移");
    assertThat(second.getStatusCode()).as(String.valueOf(second.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody().path("contractNumber").asText()).isEqualTo(old.contractNumber() + "-Z2");
    var again = transfer("zdclerk", old.id(), next, "重复转移");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("error").asText()).isEqualTo("contract_not_active");
  }

  @Test
  void shouldLetOnlyThePurchaserOrItsCityOrAnAdministratorTransfer() {
    Contract contract = fixtures.contract("HE-SJZ-ZD");
    String next = fixtures.contractor("接手的服务社");

    for (String other : List.of("lcclerk", "zzclerk", "dzclerk", "bdreviewer", "hereviewer", "zdworker")) {
      var refused = transfer(other, contract.id(), next, "越权转移");
      assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().path("error").asText()).isEqualTo("forbidden");
    }
    assertThat(contracts.find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(transfer("admin", contract.id(), next, "平台管理员代为转移").getStatusCode()).isEqualTo(HttpStatus.OK);
    Contract ofDingzhou = fixtures.contract("HE-DZ");
    assertThat(transfer("dzclerk", ofDingzhou.id(), next, "定州自行转移").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseABadBodyNamingTheFieldAndChangeNothing() {
    Contract contract = fixtures.contract("HE-SJZ-ZD");
    String barred = fixtures.contractor("已禁入的服务社");
    registry.bar(barred, "HE", "测试：拖欠社保", "hereviewer");
    String unknown = Xlsx.creditCode("51130000CFX999999");
    String next = fixtures.contractor("接手的服务社");

    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("{\"reason\":\"缺代码\"}", "contractorCreditCode");
    cases.put("{\"contractorCreditCode\":\"91130100MA0000000\",\"reason\":\"短一位\"}", "contractorCreditCode");
    cases.put("{\"contractorCreditCode\":\"" + unknown + "\",\"reason\":\"未登记\"}", "contractorCreditCode");
    cases.put("{\"contractorCreditCode\":\"" + contract.contractorCreditCode() + "\",\"reason\":\"同一家\"}",
        "contractorCreditCode");
    cases.put("{\"contractorCreditCode\":\"" + next + "\"}", "reason");
    cases.put("{\"contractorCreditCode\":\"" + next + "\",\"reason\":\"   \"}", "reason");
    cases.put("{\"contractorCreditCode\":\"" + next + "\",\"reason\":\"" + "理".repeat(501) + "\"}", "reason");
    cases.put("{\"contractorCreditCode\":\"" + next + "\",\"reason\":123}", "reason");
    cases.forEach((body, field) -> {
      var refused = postJson("zdclerk", BASE + "/" + contract.id() + "/transfer", body);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().path("field").asText()).as(body).isEqualTo(field);
    });
    var unqualified = transfer("zdclerk", contract.id(), barred, "转给已禁入的");
    assertThat(unqualified.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(unqualified.getBody().path("error").asText()).isEqualTo("contractor_barred");
    assertThat(unqualified.getBody().path("field").asText()).isEqualTo("contractorCreditCode");
    Contract unchanged = contracts.find(contract.id()).orElseThrow();
    assertThat(unchanged.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(unchanged.endedOn()).isNull();
  }

  @Test
  void shouldLetOneOfTwoTransfersAtOnceSucceedAndTheOtherMeetAConflict() throws Exception {
    String first = fixtures.contractor("甲服务社");
    String second = fixtures.contractor("乙服务社");
    for (int round = 0; round < 3; round++) {
      Contract contract = fixtures.contract("HE-SJZ-ZD");
      CyclicBarrier together = new CyclicBarrier(2);
      var a = CompletableFuture.supplyAsync(() -> transferWhen(together, "zdclerk", contract.id(), first));
      var b = CompletableFuture.supplyAsync(() -> transferWhen(together, "sjzreviewer", contract.id(), second));

      List<ResponseEntity<JsonNode>> answers = List.of(a.get(), b.get());

      assertThat(answers).extracting(r -> r.getStatusCode().value()).as("round %d: %s", round, answers)
          .containsExactlyInAnyOrder(200, 409);
      assertThat(answers).filteredOn(r -> r.getStatusCode().value() == 409)
          .extracting(r -> r.getBody().path("error").asText()).containsExactly("contract_not_active");
      assertThat(contracts.inReach("zdclerk", ContractStatus.ACTIVE))
          .filteredOn(c -> Long.valueOf(contract.id()).equals(c.predecessorId())).hasSize(1);
    }
  }

  @Test
  void shouldRefuseToSignAPostAnActiveContractServes() {
    Contract first = fixtures.contract("HE-SJZ-ZD");
    ContractTerms again = new ContractTerms(first.roundId(), "合同测试重复", "HE-SJZ-ZD", first.contractorId(),
        BigDecimal.TEN, TODAY, first.postIds());

    Refusal refusal = catchThrowableOfType(Refusal.class, () -> contracts.sign(again, 2));

    assertThat(refusal.error()).isEqualTo("post_under_contract");
    assertThat(contracts.ofRound(first.roundId())).extracting(Contract::id).containsExactly(first.id());
  }

  private ResponseEntity<JsonNode> transferWhen(CyclicBarrier together, String user, long id, String code) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return transfer(user, id, code, "同时转移");
  }

  private ResponseEntity<JsonNode> transfer(String user, long id, String code, String reason) {
    return Api.as(rest, user).post(BASE + "/" + id + "/transfer",
        Map.of("contractorCreditCode", code, "reason", reason));
  }

  private ResponseEntity<JsonNode> postJson(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, Api.DEMO_PASSWORD).postForEntity(path, new HttpEntity<>(json, headers),
        JsonNode.class);
  }

  private List<Long> ids(String user, String query) {
    var answer = Api.as(rest, user).get(BASE + query);
    assertThat(answer.getStatusCode()).as(user + query).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(answer.getBody().spliterator(), false).map(c -> c.path("id").asLong()).toList();
  }
}
