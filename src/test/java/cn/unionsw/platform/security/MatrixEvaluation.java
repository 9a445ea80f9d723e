package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual evaluation the matrix's rows work on: 石家庄's round of {@link #YEAR} (a year no other test evaluates),
 * opened once by an administrator after three more workers took posts in 正定县, so that every allowed proposal cell
 * has a proposal of its own and some stay unproposed (the city's decision is then refused, 409, to whoever passes its
 * door: the matrix decides nothing).
 */
final class MatrixEvaluation {

  static final int YEAR = 2025;
  /** A proposal every input of evaluation-outcome given (the rate with a decimal, as Tasklist sends 92.5). */
  static final String PROPOSAL = "{\"variables\":{\"score\":{\"value\":80,\"type\":\"Integer\"},"
      + "\"satisfactionRate\":{\"value\":92.5,\"type\":\"Double\"},\"unreportedIncidents\":{\"value\":0,\"type\":\"Integer\"},"
      + "\"keyTasksCompleted\":{\"value\":true,\"type\":\"Boolean\"},\"seriousMisconduct\":{\"value\":false,\"type\":\"Boolean\"},"
      + "\"incompetent\":{\"value\":false,\"type\":\"Boolean\"},\"severe\":{\"value\":false,\"type\":\"Boolean\"},"
      + "\"proposalNote\":{\"value\":\"矩阵测试\",\"type\":\"String\"}}}";

  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;
  private final TalentFixtures fixtures;
  private final TalentDatabase talent;
  private final Set<String> taken = new HashSet<>();
  private Map<String, String> shared;

  MatrixEvaluation(TestRestTemplate rest, JdbcTemplate jdbc, TalentFixtures fixtures, TalentDatabase talent) {
    this.rest = rest;
    this.jdbc = jdbc;
    this.fixtures = fixtures;
    this.talent = talent;
  }

  /**
   * {round}: the round's id; {decide}: the city's decision for 正定县; {evaluation}: an evaluation of a worker of
   * 正定县 without an account; {own}: the demo worker's.
   */
  Setup shared() {
    return user -> round();
  }

  /** {task}: a proposal of 正定县 nobody has made yet (the refused cells share one). */
  Setup proposal() {
    return Matrix.sharedByRefusals(user -> {
      Map<String, String> values = new java.util.LinkedHashMap<>(round());
      for (String instance : jdbc.queryForList("select e.process_instance_id from annual_evaluation e join "
          + "evaluation_round r on r.id = e.round_id where r.city_code = 'HE-SJZ' and e.year = ? and "
          + "e.proposer_code = 'HE-SJZ-ZD' and e.status = 'STARTED' order by e.id", String.class, YEAR)) {
        if (taken.add(instance)) {
          JsonNode tasks = Api.as(rest, "admin").get("/engine-rest/task?processInstanceId=" + instance
              + "&taskDefinitionKey=propose-evaluation&maxResults=10").getBody();
          values.put("task", tasks.get(0).path("id").asText());
          return values;
        }
      }
      throw new IllegalStateException("no proposal of 正定县 left for the matrix");
    });
  }

  private Map<String, String> round() {
    if (shared == null) {
      for (int i = 0; i < 3; i++) {
        fixtures.worker("HE-SJZ-ZD");
      }
      ResponseEntity<JsonNode> opened = Api.as(rest, "admin").post("/api/evaluations/rounds",
          Map.of("orgCode", "HE-SJZ", "year", YEAR));
      assertThat(opened.getStatusCode()).as("fixture: %s", opened.getBody()).isEqualTo(HttpStatus.ACCEPTED);
      String round = opened.getBody().get(0).path("id").asText();
      String roundInstance = jdbc.queryForObject("select process_instance_id from evaluation_round where id = ?",
          String.class, Long.valueOf(round));
      String[] decide = new String[1];
      await().atMost(Duration.ofSeconds(90)).until(() -> {
        for (JsonNode task : Api.as(rest, "admin").get("/engine-rest/task?processInstanceId=" + roundInstance
            + "&taskDefinitionKey=decide-evaluations&maxResults=50").getBody()) {
          if (task.path("name").asText().contains("正定县")) {
            decide[0] = task.path("id").asText();
          }
        }
        return decide[0] != null && jdbc.queryForObject("select count(*) from annual_evaluation where round_id = ? "
            + "and process_instance_id is null", Integer.class, Long.valueOf(round)) == 0;
      });
      long own = talent.ofUser("zdworker").orElseThrow().id();
      shared = Map.of("round", round, "decide", decide[0],
          "evaluation", jdbc.queryForObject("select e.id from annual_evaluation e join talent_worker w on w.id = "
              + "e.worker_id where e.round_id = ? and e.proposer_code = 'HE-SJZ-ZD' and w.user_id is null "
              + "order by e.id limit 1", String.class, Long.valueOf(round)),
          "own", jdbc.queryForObject("select id from annual_evaluation where worker_id = ? and year = ?",
              String.class, own, YEAR));
    }
    return shared;
  }
}
