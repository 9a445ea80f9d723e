package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every policy decision is deployed and evaluable through engine REST by the people who prepare and review cases
 * ({@code POST /engine-rest/decision-definition/key/{key}/evaluate}).
 */
@PlatformIT
class PolicyDecisionsRestIT {

  @Autowired
  TestRestTemplate rest;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldEvaluatePostQuotaAsAReviewer() {
    JsonNode result = evaluate("hereviewer", "post-quota", Map.of("unitType", "TOWNSHIP_STREET",
        "employeeCount", 2001));

    assertThat(result.path("maxPosts").path("value").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}: {1} employees, {2} unions → {3}")
  @CsvSource({"post-quota-jiangsu, 10000, 450, 2", "post-quota-mianyang, 5000, , 2"})
  void shouldEvaluateTheQuotaVariants(String key, int employees, Integer unions, int maxPosts) {
    Map<String, Object> variables = unions == null
        ? Map.of("unitType", "DEV_ZONE", "employeeCount", employees)
        : Map.of("unitType", "DEV_ZONE", "employeeCount", employees, "separateUnionCount", unions);

    assertThat(evaluate("sjzreviewer", key, variables).path("maxPosts").path("value").asInt()).isEqualTo(maxPosts);
  }

  @Test
  void shouldEvaluateCertificateLevelAsAClerk() {
    JsonNode result = evaluate("zdclerk", "certificate-level", Map.of("certificate", "助理社会工作师"));

    assertThat(result.path("certificateLevel").path("value").asText()).isEqualTo("LEVEL_3");
  }

  @Test
  void shouldEvaluateGradeEligibility() {
    JsonNode result = evaluate("hereviewer", "grade-eligibility", Map.of("aptitudeTestPassed", true,
        "certificateLevel", "LEVEL_1", "examEligible", false, "socialWorkBachelor", false, "workYears", 8,
        "yearsInLevel3", 3, "yearsInLevel2", 2));

    assertThat(result.path("eligibleGrade").path("value").asText()).isEqualTo("LEVEL_2");
  }

  @Test
  void shouldEvaluateCandidateEligibility() {
    JsonNode result = evaluate("zdclerk", "candidate-eligibility", Map.of("age", 46, "education", "BELOW_COLLEGE",
        "unionWorkYears", 6));

    assertThat(result.path("eligible").path("value").asBoolean()).isTrue();
    assertThat(result.path("reason").path("value").asText()).isNotBlank();
  }

  @Test
  void shouldEvaluateEvaluationOutcome() {
    JsonNode result = evaluate("sjzreviewer", "evaluation-outcome", Map.of("score", 93.5, "satisfactionRate", 89,
        "unreportedIncidents", 0, "keyTasksCompleted", true, "seriousMisconduct", false, "incompetent", false,
        "severe", false));

    assertThat(result.path("outcome").path("value").asText()).isEqualTo("QUALIFIED");
  }

  @Test
  void shouldEvaluateEvaluationConsequences() {
    JsonNode result = evaluate("sjzreviewer", "evaluation-consequences", Map.of("outcome", "BASIC",
        "previousOutcome", "BASIC", "allowanceTier", 2));

    assertThat(result.path("bonusPercent").path("value").asInt()).isEqualTo(50);
    assertThat(result.path("nextAllowanceTier").path("value").asInt()).isEqualTo(2);
    assertThat(result.path("retrainingRequired").path("value").asBoolean()).isTrue();
    assertThat(result.path("replaceWorker").path("value").asBoolean()).isTrue();
  }

  @Test
  void shouldEvaluatePostPay() {
    JsonNode result = evaluate("zdclerk", "post-pay", Map.of("postGrade", "LEVEL_1", "allowanceTier", 3,
        "minimumWage", 2200));

    assertThat(result.path("monthlyWage").path("value").decimalValue()).isEqualByComparingTo("3300");
    assertThat(result.path("monthlyAllowance").path("value").decimalValue()).isEqualByComparingTo("1400");
  }

  @Test
  void shouldEvaluateFundingSplit() {
    JsonNode result = evaluate("hereviewer", "funding-split", Map.of("postLocation", "DIRECT_CITY"));

    assertThat(result.path("provinceParts").path("value").asInt()).isEqualTo(1);
    assertThat(result.path("cityParts").path("value").asInt()).isEqualTo(1);
    assertThat(result.path("countyParts").path("value").asInt()).isZero();
    assertThat(result.path("excessBorneBy").path("value").asText()).isEqualTo("CITY");
  }

  @Test
  void shouldEvaluateBidScoringWeights() {
    JsonNode result = evaluate("hereviewer", "bid-scoring-weights", Map.of("procurementMethod", "OPEN_TENDER"));

    assertThat(result.path("minPriceWeight").path("value").asDouble()).isEqualTo(10.0);
    assertThat(result.path("maxPriceWeight").path("value").asDouble()).isEqualTo(30.0);
    assertThat(result.path("defaultCapabilityWeight").path("value").asDouble()).isEqualTo(30.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"post-quota", "post-quota-jiangsu", "post-quota-mianyang", "certificate-level", "grade-eligibility",
      "candidate-eligibility", "evaluation-outcome", "evaluation-consequences", "post-pay", "funding-split",
      "bid-scoring-weights"})
  void shouldDeployEveryDecisionWithAHistoryTimeToLive(String key) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("hereviewer", "demo")
        .getForEntity("/engine-rest/decision-definition/key/{key}", JsonNode.class, key);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("historyTimeToLive").asInt()).isEqualTo(1095);
  }

  private JsonNode evaluate(String user, String key, Map<String, Object> variables) {
    ObjectNode body = json.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.putObject(name).set("value", json.valueToTree(value)));
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/decision-definition/key/{key}/evaluate", body, JsonNode.class, key);

    assertThat(response.getStatusCode()).as("evaluate %s: %s", key, response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).as("one result").hasSize(1);
    return response.getBody().get(0);
  }
}
