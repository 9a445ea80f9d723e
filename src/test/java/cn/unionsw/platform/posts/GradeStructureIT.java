package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The province's grade structure for a year (Art. 13): set by administrators, read by every user. */
@PlatformIT
class GradeStructureIT {

  @Autowired
  TestRestTemplate rest;

  @Test
  void shouldLetAnAdministratorSetAYearAndEveryoneReadIt() {
    var saved = Api.as(rest, "admin").put("/api/grade-structure/HE/2090",
        Map.of("ENTRY", 45, "LEVEL_3", 30, "LEVEL_2", 20, "LEVEL_1", 5), MediaType.APPLICATION_JSON);

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    var read = Api.as(rest, "zdclerk").get("/api/grade-structure/HE/2090");
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().path("ENTRY").asInt()).isEqualTo(45);
    assertThat(read.getBody().path("LEVEL_1").asInt()).isEqualTo(5);
    assertThat(read.getBody()).hasSize(4);
  }

  @Test
  void shouldLetOnlyAdministratorsSetIt() {
    var response = Api.as(rest, "hereviewer").put("/api/grade-structure/HE/2091",
        Map.of("ENTRY", 40, "LEVEL_3", 35, "LEVEL_2", 20, "LEVEL_1", 10), MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "hereviewer").get("/api/grade-structure/HE/2091").getBody()).isEmpty();
  }

  @Test
  void shouldRefuseANumberOutOfRangeAndWriteNothing() {
    var response = Api.as(rest, "admin").put("/api/grade-structure/HE/2093",
        "{\"ENTRY\":99999999999,\"LEVEL_3\":35,\"LEVEL_2\":20,\"LEVEL_1\":10}", MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("error").asText()).isEqualTo("invalid_ENTRY");
    assertThat(response.getBody().path("field").asText()).isEqualTo("ENTRY");
    assertThat(Api.as(rest, "admin").get("/api/grade-structure/HE/2093").getBody()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ceilings short of 100 %   | HE     | 2092 | {"ENTRY":40,"LEVEL_3":30,"LEVEL_2":20,"LEVEL_1":5}  | structure
      a grade missing           | HE     | 2092 | {"ENTRY":40,"LEVEL_3":40,"LEVEL_2":20}              | LEVEL_1
      a ceiling over 100        | HE     | 2092 | {"ENTRY":101,"LEVEL_3":0,"LEVEL_2":0,"LEVEL_1":0}   | ENTRY
      a grade that is no grade  | HE     | 2092 | {"ENTRY":40,"LEVEL_9":35,"LEVEL_2":20,"LEVEL_1":10} | LEVEL_9
      a share that is no number | HE     | 2092 | {"ENTRY":"四十","LEVEL_3":35,"LEVEL_2":20,"LEVEL_1":10} | ENTRY
      a share that is a boolean | HE     | 2092 | {"ENTRY":true,"LEVEL_3":35,"LEVEL_2":20,"LEVEL_1":10}  | ENTRY
      a city, not a province    | HE-SJZ | 2092 | {"ENTRY":40,"LEVEL_3":35,"LEVEL_2":20,"LEVEL_1":10} | provinceCode
      a year out of range       | HE     | 2101 | {"ENTRY":40,"LEVEL_3":35,"LEVEL_2":20,"LEVEL_1":10} | year
      """)
  void shouldRefuseABadStructureNamingTheFieldAndWriteNothing(String why, String province, int year, String body,
      String field) {
    var response = Api.as(rest, "admin").put("/api/grade-structure/" + province + "/" + year, body,
        MediaType.APPLICATION_JSON);

    assertThat(response.getStatusCode()).as(why).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).as(why).isEqualTo(field);
    assertThat(response.getBody().path("message").asText()).as(why).startsWith(field + ": ");
    var stored = Api.as(rest, "admin").get("/api/grade-structure/" + province + "/" + year);
    // A year out of range cannot even be asked for: nothing can have been stored under it.
    assertThat(stored.getStatusCode() == HttpStatus.BAD_REQUEST || stored.getBody().isEmpty()).as(why).isTrue();
  }
}
