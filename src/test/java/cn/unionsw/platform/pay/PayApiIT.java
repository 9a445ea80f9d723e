package cn.unionsw.platform.pay;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/pay}: quotes for Hebei's demo units on the seeded (illustrative) figures, which this test only reads,
 * and the administrators' tables, edited on a province of this test's own.
 */
@PlatformIT
class PayApiIT {

  static final String PROVINCE = "PQPAY";
  static final String UNIT = "PQPAY-C-K-T";

  @Autowired
  TestRestTemplate rest;

  @Autowired
  OrgService orgs;

  @BeforeEach
  void ownProvince() {
    save(PROVINCE, null, OrgType.PROVINCE);
    save(PROVINCE + "-C", PROVINCE, OrgType.CITY);
    save(PROVINCE + "-C-K", PROVINCE + "-C", OrgType.COUNTY);
    save(UNIT, PROVINCE + "-C-K", OrgType.TOWNSHIP_STREET);
  }

  @ParameterizedTest(name = "{0} as {1}, actual {2} → {3}: {4} = {5} + {6} + {7}")
  @CsvSource({
      // Seeded: HE-SJZ 2200, HE-DZ 2000 yuan; social insurance 26 %, management fee 6 %
      "HE-SJZ-ZD-ZDZ, zdclerk,     ,     COUNTY_LEVEL, 60382.48, 20127.49, 20127.49, 20127.50",
      "HE-SJZ-ZD-ZDZ, zdclerk,     4000, COUNTY_LEVEL, 68075.54, 20127.49, 20127.49, 27820.56",
      "HE-SJZ-JG,     sjzreviewer, ,     CITY_LEVEL,   60382.48, 20127.49, 40254.99, 0.00",
      "HE-SJZ-FWZX,   sjzreviewer, 4000, CITY_LEVEL,   68075.54, 20127.49, 47948.05, 0.00",
      "HE-DZ-KFQ,     dzclerk,     ,     DIRECT_CITY,  55694.52, 27847.26, 27847.26, 0.00",
      "HE-DZ-KFQ,     dzclerk,     3500, DIRECT_CITY,  59701.32, 27847.26, 31854.06, 0.00",
  })
  void shouldQuoteEachPostLocation(String unit, String user, String actual, String location, String total,
      String province, String city, String county) {
    String url = "/api/pay/quote?orgCode=" + unit + "&grade=LEVEL_2&allowanceTier=1&date=2025-06-30"
        + (actual == null ? "" : "&actualMonthlyPay=" + actual);

    ResponseEntity<JsonNode> response = as(user).getForEntity(url, JsonNode.class);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode quote = response.getBody();
    assertThat(quote.path("postLocation").asText()).isEqualTo(location);
    assertThat(quote.path("totalAnnualCost").decimalValue()).isEqualByComparingTo(total);
    assertThat(quote.path("funding").path("provinceShare").decimalValue()).isEqualByComparingTo(province);
    assertThat(quote.path("funding").path("cityShare").decimalValue()).isEqualByComparingTo(city);
    assertThat(quote.path("funding").path("countyShare").decimalValue()).isEqualByComparingTo(county);
    assertThat(quote.path("minimumWage").path("source").asText()).contains("illustrative");
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource({
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_9&allowanceTier=1,                            grade",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=5,                            allowanceTier",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=x,                            allowanceTier",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=1&actualMonthlyPay=100,       actualMonthlyPay",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=1&actualMonthlyPay=abc,       actualMonthlyPay",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=1&date=2010-01-01,            date",
      "orgCode=HE-SJZ-ZD-ZDZ&grade=LEVEL_2&allowanceTier=1&date=30.06.2025,            date",
      "orgCode=HE-SJZ-ZD&grade=LEVEL_2&allowanceTier=1,                                orgCode",
      "orgCode=hesjz&grade=LEVEL_2&allowanceTier=1,                                    orgCode",
      "grade=LEVEL_2&allowanceTier=1,                                                  orgCode",
  })
  void shouldRefuseBadQuoteInputNamingTheField(String query, String field) {
    ResponseEntity<JsonNode> response = as("zdclerk").getForEntity("/api/pay/quote?" + query, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
  }

  @Test
  void shouldRefuseAQuoteOutsideTheCallersReach() {
    assertThat(as("zdclerk").getForEntity("/api/pay/quote?orgCode=HE-BD-ZZ-STJD&grade=ENTRY&allowanceTier=1",
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldRefuseAQuoteToAWorker() {
    // Quoting evaluates the pay decisions with the caller's engine authorizations; workers hold none on decisions.
    assertThat(as("zdworker").getForEntity("/api/pay/quote?orgCode=HE-SJZ-ZD-ZDZ&grade=ENTRY&allowanceTier=1",
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetAnAdministratorKeepTheFigures() {
    ResponseEntity<JsonNode> wage = put("admin", "/api/pay/minimum-wages/" + PROVINCE + "-C/2024-01-01",
        Map.of("monthlyAmount", 2500.50, "tierLabel", "第一档", "source", "测试 test"));
    ResponseEntity<JsonNode> rate = put("admin", "/api/pay/employer-rates/" + PROVINCE + "/2024-01-01",
        Map.of("socialInsuranceRate", 0.25, "managementFeeRate", 0.05, "source", "测试 test"));

    assertThat(wage.getStatusCode()).as("%s", wage.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(wage.getBody().path("monthlyAmount").decimalValue()).isEqualByComparingTo("2500.50");
    assertThat(wage.getBody().path("updatedBy").asText()).isEqualTo("admin");
    assertThat(rate.getStatusCode()).as("%s", rate.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode quote = as("admin").getForEntity("/api/pay/quote?orgCode=" + UNIT + "&grade=ENTRY&allowanceTier=1"
        + "&date=2024-06-01", JsonNode.class).getBody();
    assertThat(quote.path("monthlyWage").decimalValue()).isEqualByComparingTo("2500.50");
    assertThat(quote.path("employerRate").path("regionCode").asText()).isEqualTo(PROVINCE);
    // 12 × 2600.50 = 31206.00; bonus 2500.50; insurance 25 % of 33706.50 = 8426.63; fee 5 % of 42133.13 = 2106.66
    assertThat(quote.path("guide").path("annualCost").decimalValue()).isEqualByComparingTo("44239.79");

    assertThat(delete("/api/pay/minimum-wages/" + PROVINCE + "-C/2024-01-01").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(delete("/api/pay/minimum-wages/" + PROVINCE + "-C/2024-01-01").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("admin").getForEntity("/api/pay/quote?orgCode=" + UNIT + "&grade=ENTRY&allowanceTier=1",
        JsonNode.class).getBody().path("field").asText()).isEqualTo("orgCode");
  }

  @ParameterizedTest(name = "{0} {1} → 400 on {3}")
  @CsvSource({
      "minimum-wages/PQPAY/2031-01-01,  monthlyAmount, -1,     monthlyAmount",
      "minimum-wages/PQPAY/2031-01-01,  monthlyAmount, 2000.123, monthlyAmount",
      "minimum-wages/PQNONE/2031-01-01, monthlyAmount, 2000,   regionCode",
      "minimum-wages/PQPAY/1999-12-31,  monthlyAmount, 2000,   effectiveFrom",
      "employer-rates/PQPAY/2031-01-01, socialInsuranceRate, 1.2, socialInsuranceRate",
  })
  void shouldRefuseBadFiguresAndWriteNothing(String path, String name, double value, String field) {
    Map<String, Object> body = path.startsWith("minimum")
        ? Map.of(name, value, "source", "测试")
        : Map.of(name, value, "managementFeeRate", 0.05, "source", "测试");

    ResponseEntity<JsonNode> response = put("admin", "/api/pay/" + path, body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    String[] parts = path.split("/");
    assertThat(as("admin").getForEntity("/api/pay/" + parts[0] + "?region=" + parts[1], JsonNode.class).getBody())
        .noneMatch(row -> row.path("regionCode").asText().equals(parts[1])
            && row.path("effectiveFrom").asText().equals(parts[2]));
  }

  @Test
  void shouldRefuseNonAdministrators() {
    ResponseEntity<JsonNode> response = put("hereviewer", "/api/pay/minimum-wages/HE/2030-01-01",
        Map.of("monthlyAmount", 9999, "source", "x"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("hereviewer").getForEntity("/api/pay/minimum-wages?region=HE", JsonNode.class).getBody())
        .noneMatch(row -> row.path("effectiveFrom").asText().equals("2030-01-01"));
  }

  private ResponseEntity<JsonNode> put(String user, String url, Map<String, Object> body) {
    return as(user).exchange(url, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  private ResponseEntity<JsonNode> delete(String url) {
    return as("admin").exchange(url, HttpMethod.DELETE, null, JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private void save(String code, String parent, OrgType type) {
    if (orgs.find(code).isEmpty()) {
      orgs.save(new Organisation(code, parent, code + " 测试", type, null, type.isBasicUnit() ? 1000 : null, null));
    }
  }
}
