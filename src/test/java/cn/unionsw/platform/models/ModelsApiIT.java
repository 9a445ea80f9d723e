package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/models}: administrators list, read, try, deploy and roll back models; the answer of the next
 * evaluation through engine REST follows the deployment and the rollback. Changes to {@code post-quota} are undone
 * before the test ends (the database is shared by every test of the run).
 */
@PlatformIT
class ModelsApiIT {

  static final String UNION_OFFICE_RULE = "rule-union-office";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;

  @Test
  void shouldRefuseAnyoneButAdministrators() {
    assertThat(Api.as(rest, "hereviewer").get("/api/models?type=dmn").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "zdclerk").post("/api/models/dry-run", Map.of("type", "dmn", "content", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.anonymous(rest).get("/api/models?type=dmn").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldListAndReadEveryKindOfModel() {
    JsonNode decisions = admin().get("/api/models?type=dmn").getBody();
    JsonNode forms = admin().get("/api/models?type=form").getBody();
    JsonNode processes = admin().get("/api/models?type=bpmn").getBody();

    assertThat(decisions.findValuesAsText("key")).contains("post-quota", "post-quota-jiangsu");
    assertThat(forms.findValuesAsText("key")).contains("post-application-review");
    assertThat(processes.findValuesAsText("key")).contains("post-application");
    JsonNode latest = admin().get("/api/models/dmn/post-quota").getBody();
    assertThat(latest.path("content").asText()).contains("name=\"maxPosts\"");
    assertThat(admin().get("/api/models/form/post-application-review/versions/1").getBody().path("content").asText())
        .contains("\"id\"");
  }

  @Test
  void shouldShowTheDiffAndTheChangedCasesWithoutDeploying() {
    int version = latestVersion();

    JsonNode trial = admin().post("/api/models/dry-run", Map.of("type", "dmn", "content", unionOfficeGets(4)))
        .getBody();

    assertThat(trial.path("ok").asBoolean()).as(trial.toString()).isTrue();
    JsonNode change = trial.path("diffs").get(0).path("rules").get(0);
    assertThat(change.path("ruleId").asText()).isEqualTo(UNION_OFFICE_RULE);
    assertThat(change.path("change").asText()).isEqualTo("CHANGED");
    JsonNode cases = trial.path("cases").get(0);
    assertThat(cases.path("changed").asInt()).isOne();
    assertThat(cases.path("results").findValuesAsText("name")).contains("总工会机关");
    assertThat(latestVersion()).as("nothing deployed").isEqualTo(version);
  }

  @Test
  void shouldRefuseABrokenModelInTheDryRunAndTheDeployment() {
    String renamed = admin().get("/api/models/dmn/post-quota").getBody().path("content").asText()
        .replace("name=\"maxPosts\"", "name=\"postLimit\"");
    String generated = ModelRulesTest.bpmn("camunda:historyTimeToLive=\"P180D\"", "<userTask id=\"Activity_0x1abcd\"/>");

    JsonNode trial = admin().post("/api/models/dry-run", Map.of("type", "dmn", "content", renamed)).getBody();
    ResponseEntity<JsonNode> deployed = admin().post("/api/models/deployments",
        Map.of("type", "bpmn", "content", generated, "comment", "试验"));

    assertThat(trial.path("ok").asBoolean()).isFalse();
    assertThat(trial.path("violations").findValuesAsText("rule")).contains("contract-outputs");
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(deployed.getBody().path("message").asText()).contains("meaningful-id").contains("Activity_0x1abcd");
  }

  @Test
  void shouldDeployWithACommentAndRollBack() {
    String original = admin().get("/api/models/dmn/post-quota").getBody().path("content").asText();
    int version = latestVersion();
    try {
      ResponseEntity<JsonNode> deployed = admin().post("/api/models/deployments",
          Map.of("type", "dmn", "content", unionOfficeGets(4), "comment", "试行：总工会机关岗位上限调为4"));
      assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
      assertThat(deployed.getBody().path("records").get(0).path("version").asInt()).isEqualTo(version + 1);
      assertThat(unionOfficeQuota()).as("the next evaluation through engine REST").isEqualTo(4);

      ResponseEntity<JsonNode> rolledBack = admin().post("/api/models/dmn/post-quota/rollback",
          Map.of("comment", "撤回试行"));

      assertThat(rolledBack.getStatusCode()).as(String.valueOf(rolledBack.getBody())).isEqualTo(HttpStatus.OK);
      assertThat(unionOfficeQuota()).isEqualTo(3);
      assertThat(latestVersion()).isEqualTo(version + 2);
      JsonNode record = admin().get("/api/models/deployments?type=dmn&key=post-quota").getBody();
      assertThat(record.get(0).path("action").asText()).isEqualTo("ROLLBACK");
      assertThat(record.get(0).path("fromVersion").asInt()).isEqualTo(version);
      assertThat(record.get(0).path("deployedBy").asText()).isEqualTo("admin");
      assertThat(record.get(1).path("commentText").asText()).isEqualTo("试行：总工会机关岗位上限调为4");
    } finally {
      if (!original.equals(admin().get("/api/models/dmn/post-quota").getBody().path("content").asText())) {
        repository.createDeployment().name("ModelsApiIT: restore").addString("post-quota.dmn", original).deploy();
      }
    }
  }

  @Test
  void shouldRequireAComment() {
    ResponseEntity<JsonNode> response = admin().post("/api/models/deployments",
        Map.of("type", "dmn", "content", unionOfficeGets(4), "comment", " "));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo("comment");
  }

  @Test
  void shouldBringTheFormsAProcessBindsToItsDryRun() {
    String process = admin().get("/api/models/bpmn/post-application").getBody().path("content").asText();

    JsonNode trial = admin().post("/api/models/dry-run", Map.of("type", "bpmn", "content", process)).getBody();

    assertThat(trial.path("ok").asBoolean()).as(trial.toString()).isTrue();
    assertThat(trial.path("formsAdded").toString()).contains("post-application-review.form");
  }

  @Test
  void shouldOfferTheQuotaDecisionsAProvinceMayChoose() {
    JsonNode policy = admin().get("/api/models/policy").getBody();

    assertThat(policy.path("quotaDecisions").findValuesAsText("key"))
        .contains("post-quota", "post-quota-jiangsu", "post-quota-mianyang").doesNotContain("post-pay");
    assertThat(policy.path("settings").isArray()).isTrue();
  }

  @Test
  void shouldRefuseARollbackWithoutAnEarlierVersion() {
    ResponseEntity<JsonNode> response = admin().post("/api/models/dmn/post-quota/rollback",
        Map.of("comment", "回退", "version", latestVersion()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private Api admin() {
    return Api.as(rest, "admin");
  }

  private int latestVersion() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("post-quota").latestVersion()
        .singleResult().getVersion();
  }

  private String unionOfficeGets(int posts) {
    String xml = admin().get("/api/models/dmn/post-quota").getBody().path("content").asText();
    String rule = "<outputEntry id=\"rule-union-office-out-maxPosts\">";
    int at = xml.indexOf(rule);
    int text = xml.indexOf("<text>", at);
    int end = xml.indexOf("</text>", text);
    return xml.substring(0, text) + "<text>" + posts + xml.substring(end);
  }

  private int unionOfficeQuota() {
    var body = Map.of("variables", Map.of("unitType", Map.of("value", "UNION_OFFICE", "type", "String")));
    JsonNode answer = admin().post("/engine-rest/decision-definition/key/post-quota/evaluate", body).getBody();
    return answer.get(0).path("maxPosts").path("value").asInt();
  }
}
