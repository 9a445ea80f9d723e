package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The contractor registry (Art. 18, 30) through {@code /api/contractors}, and the bid check procurement calls. */
@PlatformIT
class ContractorsIT {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ContractorRegistry registry;

  @Test
  void shouldRegisterAndListContractorsWithTheirStanding() {
    String soon = code();
    String expired = code();
    Map<String, Object> soonBody = body("即将到期的社工服务社", "SOCIAL_ORGANISATION", TODAY.plusYears(1));
    qualification(soonBody, "TAX").put("validUntil", TODAY.plusDays(10).toString());
    Map<String, Object> expiredBody = body("信用记录已过期的服务中心", "SOCIAL_ORGANISATION", TODAY.plusYears(1));
    qualification(expiredBody, "CREDIT").put("validUntil", TODAY.minusDays(1).toString());

    var saved = Api.as(rest, "hereviewer").put("/api/contractors/" + soon, soonBody, MediaType.APPLICATION_JSON);
    Api.as(rest, "admin").put("/api/contractors/" + expired, expiredBody, MediaType.APPLICATION_JSON);

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody().path("qualifications")).hasSize(4);
    JsonNode listed = Api.as(rest, "zdclerk").get("/api/contractors?province=HE").getBody();
    JsonNode first = find(listed, soon);
    assertThat(first.path("qualified").asBoolean()).as("valid today, lapsing soon").isTrue();
    assertThat(first.path("barred").asBoolean()).isFalse();
    assertThat(first.path("lapsed")).extracting(q -> q.path("kind").asText()).containsExactly("TAX");
    JsonNode second = find(listed, expired);
    assertThat(second.path("qualified").asBoolean()).isFalse();
    assertThat(second.path("lapsed")).extracting(q -> q.path("kind").asText()).containsExactly("CREDIT");
    assertThat(Api.as(rest, "sjzreviewer").get("/api/contractors?province=HE").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "zdworker").get("/api/contractors?province=HE").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldReplaceTheQualificationsOnUpdateAndRefuseAnAgencyWithoutItsLicence() {
    String agency = code();
    Map<String, Object> body = body("冀才人力资源有限公司", "HR_AGENCY", TODAY.plusYears(2));
    Api.as(rest, "admin").put("/api/contractors/" + agency, body, MediaType.APPLICATION_JSON);
    ((List<?>) body.get("qualifications")).removeIf(q -> "HR_SERVICE_LICENCE".equals(((Map<?, ?>) q).get("kind")));

    var refused = Api.as(rest, "admin").put("/api/contractors/" + agency, body, MediaType.APPLICATION_JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("qualifications");
    assertThat(refused.getBody().path("message").asText()).contains("人力资源服务许可证");
    assertThat(find(Api.as(rest, "hereviewer").get("/api/contractors?province=HE").getBody(), agency)
        .path("qualifications")).as("unchanged").hasSize(5);
  }

  @Test
  void shouldImportAGoodFileAndRefuseABadOneWritingNothing() {
    String one = code();
    String two = code();
    List<List<Object>> rows = new ArrayList<>(Xlsx.qualifiedRows(one, "石家庄市职工服务社", "SOCIAL_ORGANISATION",
        TODAY.minusYears(1), TODAY.plusYears(2)));
    rows.addAll(Xlsx.qualifiedRows(two, "保定人力资源有限公司", "HR_AGENCY", TODAY.minusYears(1), TODAY.plusYears(2)));

    var imported = upload("hereviewer", Xlsx.register(rows));

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).extracting(c -> c.path("creditCode").asText()).containsExactly(one, two);
    assertThat(imported.getBody()).allSatisfy(c -> assertThat(c.path("qualified").asBoolean()).isTrue());

    String three = code();
    List<List<Object>> bad = new ArrayList<>(Xlsx.qualifiedRows(three, "新登记的服务社", "SOCIAL_ORGANISATION",
        TODAY, TODAY.plusYears(1)));
    bad.add(List.of(one, "石家庄市职工服务社", "SOCIAL_ORGANISATION", "未知资质", "x", TODAY, TODAY));
    bad.add(List.of(two, "保定人力资源有限公司", "HR_AGENCY", "TAX", "x", "2026-13-01", TODAY));
    bad.add(List.of(three.substring(0, 17) + "I", "坏代码", "SOCIAL_ORGANISATION", "TAX", "x", TODAY, TODAY));

    var refused = upload("admin", Xlsx.register(bad));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("file");
    assertThat(refused.getBody().path("errors")).extracting(e -> e.path("row").asInt() + " " + e.path("field")
        .asText())// Row 7 is all the file gives the agency, so it would lose its licence too.
        .containsExactly("6 qualificationKind", "7 validFrom", "7 qualifications", "8 creditCode");
    JsonNode listed = Api.as(rest, "hereviewer").get("/api/contractors?province=HE").getBody();
    assertThat(listed).extracting(c -> c.path("creditCode").asText()).doesNotContain(three);
    assertThat(find(listed, one).path("qualifications")).as("the good rows were not written either").hasSize(4);
    assertThat(upload("zdclerk", Xlsx.register(rows)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("sjzreviewer", Xlsx.register(rows)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldBarOnceForTheWholeProvinceAndRefuseItsBidsEverywhereThere() {
    String contractor = code();
    Api.as(rest, "hereviewer").put("/api/contractors/" + contractor,
        body("拖欠工资的服务社", "SOCIAL_ORGANISATION", TODAY.plusYears(1)), MediaType.APPLICATION_JSON);
    assertThat(registry.requireQualified(contractor, "HE-SJZ-ZD", TODAY).qualified()).isTrue();
    Map<String, String> reason = Map.of("reason", "拒不补缴社会保险费，合同已解除");

    assertThat(Api.as(rest, "sjzreviewer").post("/api/contractors/" + contractor + "/bar", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "admin").post("/api/contractors/" + contractor + "/bar", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var barred = Api.as(rest, "hereviewer").post("/api/contractors/" + contractor + "/bar", reason);
    var again = Api.as(rest, "hereviewer").post("/api/contractors/" + contractor + "/bar", reason);

    assertThat(barred.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(barred.getBody().path("barredBy").asText()).isEqualTo("hereviewer");
    assertThat(barred.getBody().path("provinceCode").asText()).isEqualTo("HE");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    for (String city : List.of("HE", "HE-SJZ", "HE-BD-ZZ", "HE-DZ")) {
      Refusal refusal = catchThrowableOfType(Refusal.class,
          () -> registry.requireQualified(contractor, city, TODAY));
      assertThat(refusal.kind()).as(city).isEqualTo(Refusal.Kind.CONFLICT);
      assertThat(refusal.error()).isEqualTo("contractor_barred");
      assertThat(refusal.getMessage()).contains("拒不补缴社会保险费");
    }
    JsonNode listed = find(Api.as(rest, "zdclerk").get("/api/contractors?province=HE").getBody(), contractor);
    assertThat(listed.path("barred").asBoolean()).isTrue();
    assertThat(listed.path("qualified").asBoolean()).isFalse();
    assertThat(listed.path("bar").path("reason").asText()).isEqualTo("拒不补缴社会保险费，合同已解除");
  }

  @Test
  void shouldRefuseABidWhoseQualificationLapsedOrWhoseLicenceIsMissing() {
    String contractor = code();
    Map<String, Object> body = body("纳税记录将过期的服务社", "SOCIAL_ORGANISATION", TODAY.plusYears(1));
    qualification(body, "TAX").put("validUntil", TODAY.plusDays(5).toString());
    Api.as(rest, "admin").put("/api/contractors/" + contractor, body, MediaType.APPLICATION_JSON);

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> registry.requireQualified(contractor, "HE-TS", TODAY.plusDays(6)));

    assertThat(refusal.error()).isEqualTo("contractor_unqualified");
    assertThat(refusal.getMessage()).contains("纳税记录已于 " + TODAY.plusDays(5) + " 失效");
    assertThat(catchThrowableOfType(Refusal.class, () -> registry.requireQualified(code(), "HE", TODAY)).kind())
        .isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldKeepRegistrationForAdministratorsAndProvincialReviewers() {
    Map<String, Object> body = body("无权登记的服务社", "SOCIAL_ORGANISATION", TODAY.plusYears(1));
    for (String user : List.of("sjzreviewer", "zdclerk", "zdworker")) {
      assertThat(Api.as(rest, user).put("/api/contractors/" + code(), body, MediaType.APPLICATION_JSON)
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  private static String code() {
    return Xlsx.creditCode(String.format("51130000CT%07d", NEXT.incrementAndGet()));
  }

  private static Map<String, Object> body(String name, String kind, LocalDate until) {
    List<Map<String, Object>> qualifications = new ArrayList<>();
    for (QualificationKind q : QualificationKind.requiredFor(ContractorKind.valueOf(kind))) {
      Map<String, Object> qualification = new LinkedHashMap<>();
      qualification.put("kind", q.name());
      qualification.put("evidence", q.label() + " 冀" + NEXT.get());
      qualification.put("validFrom", TODAY.minusYears(1).toString());
      qualification.put("validUntil", until.toString());
      qualifications.add(qualification);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("kind", kind);
    body.put("provinceCode", "HE");
    body.put("qualifications", qualifications);
    return body;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> qualification(Map<String, Object> body, String kind) {
    return ((List<Map<String, Object>>) body.get("qualifications")).stream()
        .filter(q -> kind.equals(q.get("kind"))).findFirst().orElseThrow();
  }

  private static JsonNode find(JsonNode contractors, String creditCode) {
    for (JsonNode contractor : contractors) {
      if (creditCode.equals(contractor.path("creditCode").asText())) {
        return contractor;
      }
    }
    throw new AssertionError(creditCode + " not listed in " + contractors);
  }

  private ResponseEntity<JsonNode> upload(String user, byte[] xlsx) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new ByteArrayResource(xlsx) {
      @Override
      public String getFilename() {
        return "承接主体名录.xlsx";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, Api.DEMO_PASSWORD).postForEntity("/api/contractors/import?province=HE",
        new HttpEntity<>(form, headers), JsonNode.class);
  }
}
