package cn.unionsw.platform.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@PlatformIT
class OrgIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;

  @Test
  void shouldListACitysCountiesAndOwnUnits() {
    JsonNode children = Api.as(rest, "sjzreviewer").get("/api/orgs?parent=HE-SJZ").getBody();

    assertThat(children).extracting(c -> c.path("code").asText())
        .contains("HE-SJZ-ZD", "HE-SJZ-LC", "HE-SJZ-JG", "HE-SJZ-FWZX");
    assertThat(children).filteredOn(c -> c.path("code").asText().equals("HE-SJZ-ZD")).singleElement()
        .satisfies(zd -> {
          assertThat(zd.path("name").asText()).isEqualTo("正定县总工会");
          assertThat(zd.path("type").asText()).isEqualTo("COUNTY");
        });
  }

  @Test
  void shouldGiveEachDemoCountyAtLeastTwoBasicUnits() {
    for (String county : new String[] {"HE-SJZ-ZD", "HE-SJZ-LC", "HE-BD-ZZ", "HE-DZ"}) {
      JsonNode units = Api.as(rest, "hereviewer").get("/api/orgs?parent=" + county).getBody();

      assertThat(units).as(county).hasSizeGreaterThanOrEqualTo(2);
      assertThat(units).allSatisfy(u -> assertThat(OrgType.valueOf(u.path("type").asText()).isBasicUnit()).isTrue());
    }
  }

  @Test
  void shouldStartFromTheCallersOwnOrganisation() {
    JsonNode own = Api.as(rest, "zdclerk").get("/api/orgs").getBody();

    assertThat(own).extracting(o -> o.path("code").asText()).containsExactly("HE-SJZ-ZD");
  }

  @Test
  void shouldRegisterAnOrganisationWithItsGroup() {
    var response = Api.as(rest, "admin").put("/api/orgs/HE-SJZ-ZD-NBX",
        "{\"name\":\"南楼乡工会\",\"type\":\"TOWNSHIP_STREET\",\"legalEntityCount\":40,\"employeeCount\":900}",
        MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "zdclerk").get("/api/orgs/HE-SJZ-ZD-NBX").getBody().path("employeeCount").asInt())
        .isEqualTo(900);
    assertThat(identityService.createGroupQuery().groupId("HE-SJZ-ZD-NBX").singleResult().getType())
        .isEqualTo(OrgAccess.ORG_GROUP_TYPE);
  }

  @Test
  void shouldRefuseAnOrganisationInTheWrongPlaceAndWriteNothing() {
    var admin = Api.as(rest, "admin");

    var wrongParent = admin.put("/api/orgs/HE-SJZ-ZD-QY",
        "{\"parentCode\":\"HE-SJZ\",\"name\":\"曲阳桥乡工会\",\"type\":\"TOWNSHIP_STREET\"}", MediaType.APPLICATION_JSON);
    var wrongType = admin.put("/api/orgs/HE-SJZ-ZD-QY",
        "{\"name\":\"曲阳桥乡工会\",\"type\":\"CITY\"}", MediaType.APPLICATION_JSON);
    var negative = admin.put("/api/orgs/HE-SJZ-ZD-QY",
        "{\"name\":\"曲阳桥乡工会\",\"type\":\"TOWNSHIP_STREET\",\"employeeCount\":-5}", MediaType.APPLICATION_JSON);
    var unknownType = admin.put("/api/orgs/HE-SJZ-ZD-QY",
        "{\"name\":\"曲阳桥乡工会\",\"type\":\"VILLAGE\"}", MediaType.APPLICATION_JSON);

    assertThat(wrongParent.getBody().path("error").asText()).isEqualTo("invalid_parentCode");
    assertThat(wrongType.getBody().path("error").asText()).isEqualTo("invalid_type");
    assertThat(negative.getBody().path("error").asText()).isEqualTo("invalid_employeeCount");
    assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin.get("/api/orgs/HE-SJZ-ZD-QY").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(identityService.createGroupQuery().groupId("HE-SJZ-ZD-QY").count()).isZero();
  }

  @Test
  void shouldAnswer404ForAnUnknownParent() {
    var response = Api.as(rest, "admin").get("/api/orgs?parent=HE-XX");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().path("error").asText()).isEqualTo("org_not_found");
  }
}
