package cn.unionsw.platform.policy;

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
 * The per-province quota setting ({@code /api/policy/settings}) and the quota it selects ({@code /api/policy/quota}).
 * Hebei's setting is only read here; switching is tried on provinces of this test's own.
 */
@PlatformIT
class PolicySettingsIT {

  /** Provinces of this test only, each with a city and a township of 6500 employees. */
  static final String MIANYANG_LIKE = "PQMY";
  static final String JIANGSU_LIKE = "PQJS";
  static final String UNSET = "PQXX";

  @Autowired
  TestRestTemplate rest;

  @Autowired
  OrgService orgs;

  @BeforeEach
  void provinces() {
    for (String province : new String[] {MIANYANG_LIKE, JIANGSU_LIKE, UNSET}) {
      save(province, null, OrgType.PROVINCE, null);
      save(province + "-C", province, OrgType.CITY, null);
      save(province + "-C-T", province + "-C", OrgType.TOWNSHIP_STREET, 6500);
    }
  }

  @Test
  void shouldNameTheHebeiQuotaDecision() {
    ResponseEntity<JsonNode> response = as("hereviewer").getForEntity("/api/policy/settings/HE/quota-decision",
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("settingValue").asText()).isEqualTo("post-quota");
  }

  @Test
  void shouldGiveAHebeiUnitItsQuota() {
    ResponseEntity<JsonNode> response = as("sjzreviewer").getForEntity("/api/policy/quota?unitCode=HE-SJZ-ZD-GXQ",
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("maxPosts").asInt()).isEqualTo(3);
    assertThat(response.getBody().path("decisionKey").asText()).isEqualTo("post-quota");
    assertThat(response.getBody().path("unitType").asText()).isEqualTo("DEV_ZONE");
  }

  @Test
  void shouldRefuseAQuotaOutsideTheCallersReach() {
    assertThat(as("bdreviewer").getForEntity("/api/policy/quota?unitCode=HE-SJZ-ZD-GXQ", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldSwitchAProvinceToTheMianyangQuota() {
    assertThat(quota(UNSET + "-C-T", "").path("maxPosts").asInt()).as("Hebei default: ceil(6500 / 3000)").isEqualTo(3);

    ResponseEntity<JsonNode> put = put("admin", MIANYANG_LIKE, "quota-decision", "post-quota-mianyang");

    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put.getBody().path("updatedBy").asText()).isEqualTo("admin");
    JsonNode quota = quota(MIANYANG_LIKE + "-C-T", "");
    assertThat(quota.path("decisionKey").asText()).isEqualTo("post-quota-mianyang");
    assertThat(quota.path("maxPosts").asInt()).as("1 + floor(4500 / 3000)").isEqualTo(2);
  }

  @Test
  void shouldAskAJiangsuProvinceForItsUnionCount() {
    assertThat(put("admin", JIANGSU_LIKE, "quota-decision", "post-quota-jiangsu").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> missing = as("admin").getForEntity("/api/policy/quota?unitCode=" + JIANGSU_LIKE + "-C-T",
        JsonNode.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().path("field").asText()).isEqualTo("separateUnionCount");
    assertThat(quota(JIANGSU_LIKE + "-C-T", "&separateUnionCount=450").path("maxPosts").asInt()).isEqualTo(2);
  }

  @Test
  void shouldRefuseNonAdministrators() {
    ResponseEntity<JsonNode> response = put("hereviewer", "HE", "quota-decision", "post-quota-jiangsu");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(hebeiQuotaDecision()).isEqualTo("post-quota");
  }

  @ParameterizedTest(name = "{0} / {1} = {2} → 400 on {3}")
  @CsvSource({
      "HE,    quota-decision, no-such-decision, settingValue",
      "HE,    quota-decision, funding-split,    settingValue",
      "HE,    quota-decision, '',               settingValue",
      "HE,    quota-limit,    post-quota,       settingKey",
      "he,    quota-decision, post-quota,       provinceCode",
      "HE-SJZ, quota-decision, post-quota,      provinceCode",
  })
  void shouldRefuseBadSettingsAndWriteNothing(String province, String key, String value, String field) {
    ResponseEntity<JsonNode> response = put("admin", province, key, value);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(hebeiQuotaDecision()).isEqualTo("post-quota");
    JsonNode settings = as("admin").getForEntity("/api/policy/settings?province={p}", JsonNode.class, province)
        .getBody();
    assertThat(settings).noneMatch(s -> s.path("settingKey").asText().equals(key)
        && s.path("settingValue").asText().equals(value) && !value.equals("post-quota"));
  }

  private String hebeiQuotaDecision() {
    return as("hereviewer").getForEntity("/api/policy/settings/HE/quota-decision", JsonNode.class).getBody()
        .path("settingValue").asText();
  }

  private JsonNode quota(String unit, String extra) {
    ResponseEntity<JsonNode> response = as("admin").getForEntity("/api/policy/quota?unitCode=" + unit + extra,
        JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> put(String user, String province, String key, String value) {
    return as(user).exchange("/api/policy/settings/{p}/{k}", HttpMethod.PUT,
        new HttpEntity<>(Map.of("settingValue", value)), JsonNode.class, province, key);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private void save(String code, String parent, OrgType type, Integer employees) {
    if (orgs.find(code).isEmpty()) {
      orgs.save(new Organisation(code, parent, code + " 测试", type, employees == null ? null : 1, employees, employees));
    }
  }
}
