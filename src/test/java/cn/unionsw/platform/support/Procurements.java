package cn.unionsw.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.procurement.ProcurementProcess;
import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.procurement.ProcurementProcess.Vars;
import cn.unionsw.platform.procurement.Xlsx;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A purchase round driven through engine REST as the demo users, and the contractors and posts it needs, made
 * through the platform's own doors; named by the process's constants.
 */
public final class Procurements {

  public static final String START = "/engine-rest/process-definition/key/" + ProcurementProcess.KEY + "/start";
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final TestRestTemplate rest;

  public Procurements(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<JsonNode> start(String user, int year, String serviceStart) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.ROUND_YEAR.name(), Map.of("value", year, "type", "Integer"));
    variables.put(Vars.SERVICE_START.name(), PostApplications.text(serviceStart));
    return Api.as(rest, user).post(START, Map.of("variables", variables));
  }

  /** The open tasks of a step in the round (of every step, for null), as the user sees them. */
  public List<JsonNode> tasks(String user, String processInstanceId, String taskKey) {
    JsonNode tasks = Api.as(rest, user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey) + "&maxResults=200").getBody();
    List<JsonNode> found = new ArrayList<>();
    if (tasks != null && tasks.isArray()) {
      tasks.forEach(found::add);
    }
    return found;
  }

  public String task(String user, String processInstanceId, String taskKey) {
    List<JsonNode> found = tasks(user, processInstanceId, taskKey);
    assertThat(found).as(user + " sees " + taskKey).isNotEmpty();
    return found.get(0).path("id").asText();
  }

  public ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, value instanceof Integer number
        ? Map.of("value", number, "type", "Integer") : value instanceof Boolean flag
        ? Map.of("value", flag, "type", "Boolean") : PostApplications.text(String.valueOf(value))));
    return Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  /** Files every estimate of the round: each as its own clerk where the demo has one, else as the administrator. */
  public void fileAll(String processInstanceId, Map<String, String> clerks) {
    for (JsonNode task : tasks("admin", processInstanceId, Elements.ESTIMATE_COST)) {
      String taskId = task.path("id").asText();
      JsonNode links = Api.as(rest, "admin").get("/engine-rest/task/" + taskId + "/identity-links").getBody();
      String purchaser = links.get(0).path("groupId").asText();
      ResponseEntity<JsonNode> filed = complete(clerks.getOrDefault(purchaser, "admin"), taskId,
          Map.of(Vars.CONTACT_PERSON.name(), "联系人" + purchaser, Vars.CONTACT_PHONE.name(), "0311-8888000"));
      assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  public static Map<String, Object> bid(String creditCode, int price, String capability, String quality,
      String benefit, boolean more) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.BIDDER_CREDIT_CODE.name(), creditCode);
    variables.put(Vars.BID_PRICE.name(), String.valueOf(price));
    variables.put(Vars.SUBCONTRACTING.name(), false);
    variables.put(Vars.CAPABILITY_SCORES.name(), capability);
    variables.put(Vars.QUALITY_SCORES.name(), quality);
    variables.put(Vars.BENEFIT_SCORES.name(), benefit);
    variables.put(Vars.MORE_BIDS.name(), more);
    return variables;
  }

  /**
   * A new township under {@code parent} with approved posts not yet bought, as if approved before the platform:
   * each test buys its own (rounds buy every unbought post of their city, whichever test left it).
   */
  public String unboughtPosts(String parent, String name, String grade, int count) {
    String unit = parent + "-P" + (System.nanoTime() / 1000 + NEXT.incrementAndGet()) % 100_000_000;
    Api admin = Api.as(rest, "admin");
    ResponseEntity<JsonNode> registered = admin.put("/api/orgs/" + unit, Map.of("name", name, "type",
        "TOWNSHIP_STREET", "legalEntityCount", 50, "employeeCount", 3000, "memberCount", 2800),
        MediaType.APPLICATION_JSON);
    assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> imported = admin.put("/api/posts/imported", "unit_code,grade,posts\n" + unit + ","
        + grade + "," + count + "\n", MediaType.parseMediaType("text/csv"));
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    return unit;
  }

  /**
   * Closes every open round of the city as the administrator (estimates filed, an inquiry published, no bid, no
   * award), so that the next start of the city's round meets none: one round per city at a time.
   */
  public void closeOpenRounds(String cityCode) {
    for (JsonNode round : Api.as(rest, "admin").get("/api/procurement/rounds").getBody()) {
      String status = round.path("status").asText();
      if (round.path("cityCode").asText().equals(cityCode) && !status.equals("AWARDED") && !status.equals("FAILED")) {
        advance(round.path("processInstanceId").asText(), null);
      }
    }
  }

  /**
   * Works the round's open steps as the administrator until it waits at {@code stopAt} (or ends, for null): the
   * estimates filed, an inquiry published, recording ended without a bid, no award.
   */
  public void advance(String processInstanceId, String stopAt) {
    for (int step = 0; step < 50; step++) {
      List<JsonNode> open = tasks("admin", processInstanceId, null);
      if (open.isEmpty() || open.stream().anyMatch(t -> t.path("taskDefinitionKey").asText().equals(stopAt))) {
        return;
      }
      JsonNode task = open.get(0);
      String key = task.path("taskDefinitionKey").asText();
      Map<String, Object> variables = switch (key) {
        case Elements.ESTIMATE_COST -> Map.of(Vars.CONTACT_PERSON.name(), "收尾", Vars.CONTACT_PHONE.name(),
            "0311-8888000");
        case Elements.PUBLISH_PLAN -> Map.of(Vars.PROCUREMENT_METHOD.name(), "INQUIRY");
        case Elements.RECORD_BID -> Map.of(Vars.MORE_BIDS.name(), false);
        case Elements.AWARD_CONTRACT -> Map.of(Vars.AWARD_DECISION.name(), "FAIL", Vars.AWARD_COMMENT.name(),
            "测试收尾：不定标");
        default -> throw new IllegalStateException("unknown step " + key);
      };
      ResponseEntity<JsonNode> done = complete("admin", task.path("id").asText(), variables);
      assertThat(done.getStatusCode()).as("%s: %s", key, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    throw new IllegalStateException("round " + processInstanceId + " did not reach " + stopAt);
  }

  /** Registers a new qualified contractor of Hebei; answers its credit code. */
  public String contractor(String name) {
    String code = creditCode();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    List<Map<String, Object>> qualifications = new ArrayList<>();
    for (String kind : List.of("REGISTRATION", "CREDIT", "TAX", "SOCIAL_INSURANCE")) {
      qualifications.add(Map.of("kind", kind, "evidence", "测试 " + kind, "validFrom", today.minusYears(1).toString(),
          "validUntil", today.plusYears(3).toString()));
    }
    ResponseEntity<JsonNode> saved = Api.as(rest, "admin").put("/api/contractors/" + code, Map.of("name", name,
        "kind", "SOCIAL_ORGANISATION", "provinceCode", "HE", "qualifications", qualifications),
        MediaType.APPLICATION_JSON);
    assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
    return code;
  }

  /** A fresh valid unified social credit code (GB 32100-2015) for a test contractor. */
  public static String creditCode() {
    return Xlsx.creditCode(String.format("52130100PR%07d", (System.nanoTime() / 1000 + NEXT.incrementAndGet())
        % 10_000_000));
  }
}
