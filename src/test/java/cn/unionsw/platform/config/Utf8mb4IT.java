package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Names with characters outside the Basic Multilingual Plane, four bytes in UTF-8, as surnames and village names
 * have them: 𠮷 (U+20BB7, the 𠮷 of 𠮷野家) and 𡒄 (U+21484). Camunda's MySQL tables would take three bytes at most.
 */
@PlatformIT
class Utf8mb4IT {

  static final String JI = "𠮷";
  static final String DUN = "𡒄";
  static final String DUTIES = "为" + JI + "家庄镇职工提供维权与帮扶服务";
  /** What a reviewer types into Tasklist's comment box (Camunda's task comments, ACT_HI_COMMENT). */
  static final String NOTE = "请" + JI + "家庄镇补充职工名册";
  private static final String PASSWORD = "Str0ng!Passw0rd";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  DataSource dataSource;

  @Test
  void shouldMakeEveryTableAndTheConnectionUtf8mb4() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "MySQL/MariaDB only: H2 stores any Unicode");
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      List<String> tables = rows(sql, "select table_name, table_collation from information_schema.tables "
          + "where table_schema = database() and table_type = 'BASE TABLE'");
      List<String> columns = rows(sql, "select concat(table_name, '.', column_name), collation_name "
          + "from information_schema.columns where table_schema = database() and collation_name is not null");

      assertThat(tables).as("Camunda's and the platform's tables")
          .anyMatch(t -> t.startsWith("ACT_ID_USER ")).anyMatch(t -> t.startsWith("org_unit "))
          .allMatch(t -> t.endsWith(" utf8mb4_bin"));
      assertThat(columns).allMatch(c -> c.endsWith(" utf8mb4_bin"));
      assertThat(rows(sql, "select default_character_set_name, default_collation_name from "
          + "information_schema.schemata where schema_name = database()")).containsExactly("utf8mb4 utf8mb4_bin");
      // Connector/J leaves character_set_results NULL: results come in the columns' own character set.
      assertThat(rows(sql, "select @@character_set_client, @@character_set_connection, @@collation_connection, "
          + "coalesce(@@character_set_results, 'as stored')")).containsExactly("utf8mb4 utf8mb4 utf8mb4_bin as stored");
      assertThat(rows(sql, "select count(*) from information_schema.tables where table_schema = database() "
          + "and table_name = '" + Utf8mb4Schema.PENDING + "'")).containsExactly("0");
    }
  }

  @Test
  void shouldKeepFourByteCharactersThroughAWholePostApplication() {
    String unit = "HE-SJZ-ZD-JJZ";
    String unitName = JI + "家庄镇工会";
    String clerk = "jjzclerk";
    var admin = Api.as(rest, "admin");
    var registered = admin.put("/api/orgs/" + unit, Map.of("name", unitName, "type", "TOWNSHIP_STREET",
        "legalEntityCount", 60, "employeeCount", 2000, "memberCount", 1800), MediaType.APPLICATION_JSON);
    assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.OK);
    var created = admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", clerk, "firstName", JI + "祥", "lastName", DUN, "email", clerk + "@example.cn"),
        "credentials", Map.of("password", PASSWORD)));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    for (String group : List.of("clerk", "HE-SJZ-ZD")) {
      assertThat(admin.put("/engine-rest/group/" + group + "/members/" + clerk, null, MediaType.APPLICATION_JSON)
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    var started = Api.as(rest, clerk, PASSWORD).post("/engine-rest/process-definition/key/post-application/start",
        Map.of("variables", Map.of(
            "unitCode", string(unit),
            "applicationType", string("NEW"),
            "requestedPosts", Map.of("value", 1, "type", "Integer"),
            "proposedGrade", string("ENTRY"),
            "duties", string(DUTIES))));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String id = started.getBody().path("id").asText();
    String municipalComment = "同意，" + JI + "家庄镇岗位设置合理";
    String provincialComment = "核定同意。" + JI + DUN;
    String municipal = review("sjzreviewer", id, "municipal-review", municipalComment);
    String provincial = review("hereviewer", id, "provincial-review", provincialComment);

    assertThat(Api.as(rest, clerk, PASSWORD).get("/api/orgs/" + unit).getBody().path("name").asText())
        .isEqualTo(unitName);
    assertThat(admin.get("/engine-rest/group/" + unit).getBody().path("name").asText()).isEqualTo(unitName);
    JsonNode profile = admin.get("/engine-rest/user/" + clerk + "/profile").getBody();
    assertThat(profile.path("firstName").asText() + profile.path("lastName").asText()).isEqualTo(JI + "祥" + DUN);
    JsonNode reviews = Api.as(rest, clerk, PASSWORD).get("/api/post-applications/" + id + "/reviews").getBody();
    assertThat(reviews).extracting(r -> r.path("reviewComment").asText())
        .containsExactly(municipalComment, provincialComment);
    assertThat(historicVariable(id, "unitName")).isEqualTo(unitName);
    assertThat(historicVariable(id, "duties")).isEqualTo(DUTIES);
    // The record's text shown on the provincial review form (task-local) carries the city's comment.
    assertThat(historicVariable(id, "reviewHistory")).contains(municipalComment);
    assertThat(admin.get("/engine-rest/history/detail?processInstanceId=" + id
        + "&variableUpdates=true&maxResults=500").getBody())
        .filteredOn(d -> d.path("variableName").asText().equals("comment"))
        .extracting(d -> d.path("value").asText()).contains(municipalComment, provincialComment);
    JsonNode tasks = admin.get("/engine-rest/history/task?processInstanceId=" + id + "&maxResults=100").getBody();
    assertThat(tasks).extracting(t -> t.path("taskDefinitionKey").asText() + " " + t.path("assignee").asText()
        + " " + t.path("deleteReason").asText())
        .contains("municipal-review sjzreviewer completed", "provincial-review hereviewer completed");
    for (String task : List.of(municipal, provincial)) {
      assertThat(admin.get("/engine-rest/task/" + task + "/comment").getBody())
          .extracting(c -> c.path("message").asText()).containsExactly(NOTE);
    }
  }

  /** Claims, comments in Tasklist's comment box, and approves; answers the task's id. */
  private String review(String reviewer, String processInstanceId, String taskKey, String comment) {
    var api = Api.as(rest, reviewer);
    JsonNode tasks = api.get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey="
        + taskKey + "&maxResults=10").getBody();
    assertThat(tasks).as(reviewer + " sees " + taskKey).hasSize(1);
    String task = tasks.get(0).path("id").asText();
    assertThat(api.post("/engine-rest/task/" + task + "/claim", Map.of("userId", reviewer)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    var noted = api.post("/engine-rest/task/" + task + "/comment/create", Map.of("message", NOTE));
    assertThat(noted.getStatusCode()).as(String.valueOf(noted.getBody())).isEqualTo(HttpStatus.OK);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", string("APPROVE"));
    variables.put("comment", string(comment));
    var completed = api.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
    assertThat(completed.getStatusCode()).as(String.valueOf(completed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    return task;
  }

  private String historicVariable(String processInstanceId, String name) {
    JsonNode found = Api.as(rest, "admin").get("/engine-rest/history/variable-instance?processInstanceId="
        + processInstanceId + "&variableName=" + name + "&maxResults=10").getBody();
    assertThat(found).as(name).hasSize(1);
    return found.get(0).path("value").asText();
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static List<String> rows(Statement sql, String query) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(result.getString(i));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
