package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The engine holds every deployment to the model rules, whichever door it came through: here engine REST's
 * {@code /deployment/create}, which the desktop Camunda Modeler calls. A broken rule is a 400 naming the rule and the
 * element, and nothing is deployed.
 */
@PlatformIT
class ModelRulesIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;

  static String probe(String body) {
    return ModelRulesTest.bpmn("camunda:historyTimeToLive=\"P180D\"", body).replace("rules-probe", "rules-it-probe");
  }

  @Test
  void shouldRefuseAGeneratedIdThroughEngineRest() {
    ResponseEntity<JsonNode> response = deploy("rules-it-generated", "rules-it-probe.bpmn",
        probe("<userTask id=\"Activity_0x1abcd\"/>"));

    assertRefused(response, "meaningful-id", "Activity_0x1abcd");
    assertThat(repository.createDeploymentQuery().deploymentName("rules-it-generated").count()).isZero();
  }

  @Test
  void shouldRefuseCamundaClassThroughEngineRest() {
    ResponseEntity<JsonNode> response = deploy("rules-it-class", "rules-it-probe.bpmn",
        probe("<serviceTask id=\"approve-by-class\" camunda:class=\"cn.unionsw.platform.posts.Approve\"/>"));

    assertRefused(response, "no-camunda-class", "approve-by-class");
  }

  @Test
  void shouldRefuseARenamedContractOutputThroughEngineRest() throws Exception {
    int version = repository.createDecisionDefinitionQuery().decisionDefinitionKey("post-quota").latestVersion()
        .singleResult().getVersion();
    String renamed = Files.readString(Path.of("dmn/post-quota.dmn")).replace("name=\"maxPosts\"", "name=\"postLimit\"");

    ResponseEntity<JsonNode> response = deploy("rules-it-contract", "post-quota.dmn", renamed);

    assertRefused(response, "contract-outputs", "post-quota");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("post-quota").latestVersion()
        .singleResult().getVersion()).as("still the running version").isEqualTo(version);
  }

  @Test
  void shouldDeployAModelThatKeepsTheRules() {
    ResponseEntity<JsonNode> response = deploy("rules-it-kept", "rules-it-probe.bpmn", probe(""));

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    repository.deleteDeployment(response.getBody().path("id").asText(), true);
  }

  @Test
  void shouldHoldAChangedHistoryTimeToLiveToTheRule() {
    String deployment = deploy("rules-it-ttl", "rules-it-probe.bpmn", probe("")).getBody().path("id").asText();
    try {
      String id = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();

      assertRefused(setTimeToLive("/engine-rest/process-definition/key/rules-it-probe/history-time-to-live", 0),
          "history-time-to-live", id, "invalid_historyTimeToLive");
      assertRefused(setTimeToLive("/engine-rest/process-definition/" + id + "/history-time-to-live", 179),
          "history-time-to-live", id, "invalid_historyTimeToLive");
      assertThat(repository.getProcessDefinition(id).getHistoryTimeToLive()).as("unchanged").isEqualTo(180);

      assertThat(setTimeToLive("/engine-rest/process-definition/" + id + "/history-time-to-live", 365)
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(repository.getProcessDefinition(id).getHistoryTimeToLive()).isEqualTo(365);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private ResponseEntity<JsonNode> setTimeToLive(String path, int days) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("admin", "demo").exchange(path, HttpMethod.PUT,
        new HttpEntity<>("{\"historyTimeToLive\":" + days + "}", headers), JsonNode.class);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String rule, String element) {
    assertRefused(response, rule, element, "invalid_model");
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String rule, String element, String error) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("error").asText()).isEqualTo(error);
    assertThat(response.getBody().path("message").asText()).contains(rule).contains(element);
    assertThat(response.getBody().path("errors").findValuesAsText("column")).contains(rule);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).contains(element);
  }

  private ResponseEntity<JsonNode> deploy(String name, String fileName, String content) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", name);
    form.add("deployment-source", "Camunda Modeler");
    form.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(form, headers), JsonNode.class);
  }
}
