package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.Procurements;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The purchase rounds the matrix's procurement rows work on. A city has one open round at a time, so every cell of a
 * start or step row gets the city to itself, refused cells too (they cannot share a round the next cell's set-up
 * closes): the city's open round closed by the administrator, posts of a new township to buy, and for a step a fresh
 * round started by the city's clerk through engine REST and worked as the administrator up to the step the row is
 * about. Reading cells share one round of Dingzhou.
 */
final class MatrixRounds {

  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 3;

  private final Procurements rounds;
  private final TestRestTemplate rest;
  private String shared;

  MatrixRounds(TestRestTemplate rest) {
    this.rest = rest;
    this.rounds = new Procurements(rest);
  }

  /** Dingzhou with no open round and posts to buy: a clerk of Dingzhou may start one. */
  Setup startable() {
    return user -> {
      fresh("HE-DZ", "HE-DZ");
      return Map.of();
    };
  }

  /** A fresh round of the city, started by its clerk and waiting at {@code taskKey}: {pi}, {task}, {round}. */
  Setup roundAt(String city, String unitParent, String clerk, String taskKey) {
    return user -> {
      fresh(city, unitParent);
      ResponseEntity<JsonNode> started = rounds.start(clerk, YEAR, YEAR + "-01-01");
      assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
      String pi = started.getBody().path("id").asText();
      rounds.advance(pi, taskKey);
      String task = rounds.tasks("admin", pi, taskKey).stream()
          .filter(t -> taskKey.equals(Elements.ESTIMATE_COST) ? purchaser(t).equals(unitParent) : true)
          .findFirst().orElseThrow().path("id").asText();
      return Map.of("pi", pi, "task", task, "round", roundId(pi), "next", rounds.contractor("矩阵测试投标服务社"));
    };
  }

  /** A round of Dingzhou that only reading cells look at. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        fresh("HE-DZ", "HE-DZ");
        ResponseEntity<JsonNode> started = rounds.start("dzclerk", YEAR, YEAR + "-01-01");
        assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
        shared = roundId(started.getBody().path("id").asText());
      }
      return Map.of("round", shared);
    };
  }

  /** Leaves no round of the matrix open for the tests after it. */
  void close() {
    rounds.closeOpenRounds("HE-DZ");
    rounds.closeOpenRounds("HE-SJZ");
  }

  static String startBody() {
    return "{\"variables\":{\"roundYear\":{\"value\":" + YEAR + ",\"type\":\"Integer\"},"
        + "\"serviceStart\":{\"value\":\"" + YEAR + "-01-01\",\"type\":\"String\"}}}";
  }

  private void fresh(String city, String unitParent) {
    rounds.closeOpenRounds(city);
    rounds.unboughtPosts(unitParent, "矩阵测试街道工会", "ENTRY", 1);
  }

  /** The estimate task's purchaser: its candidate organisation. */
  private String purchaser(JsonNode task) {
    JsonNode links = Api.as(rest, "admin").get("/engine-rest/task/" + task.path("id").asText() + "/identity-links")
        .getBody();
    return links.get(0).path("groupId").asText();
  }

  private String roundId(String pi) {
    for (JsonNode round : Api.as(rest, "admin").get("/api/procurement/rounds").getBody()) {
      if (round.path("processInstanceId").asText().equals(pi)) {
        return round.path("id").asText();
      }
    }
    throw new IllegalStateException("no round for " + pi);
  }
}
