package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post chain's rules through engine REST and /api as the demo users (Art. 10, 11; Jiangsu's quota): the quota
 * counted with the other open applications and again at the province, the city's and the province's direct grade
 * adjustments, and a province on the Jiangsu quota decision from application to registration. Each test makes its
 * own units, since every test of a run shares one registry.
 */
@PlatformIT
class PostChainRulesIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  PostApplicationService applications;
  @Autowired
  PlatformTransactionManager transactionManager;

  // Art. 10

  @Test
  void shouldCountAnOpenApplicationAgainstTheQuotaAndFlagTheSecond() {
    String unit = township(1000, null); // quota 1 (Art. 10: up to 2000 employees), no post yet
    String first = start("zdclerk", unit, "NEW", 1, "LEVEL_3", null, Map.of("employeeCount", 1200,
        "countsChangedReason", "2026 年新入驻企业 3 家")).path("id").asText();

    var unjustified = startResponse("zdclerk", unit, "NEW", 1, "ENTRY", null, Map.of());
    String second = start("zdclerk", unit, "NEW", 1, "ENTRY", "镇内新建产业园区，职工服务需求成倍增长", Map.of())
        .path("id").asText();

    assertThat(unjustified.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unjustified.getBody().path("message").asText()).contains("justification", "含其他在办申请 1 个");
    assertThat(runtime.getVariables(first)).containsEntry("overQuota", false).containsEntry("pendingPosts", 0);
    assertThat(runtime.getVariables(second)).containsEntry("overQuota", true).containsEntry("pendingPosts", 1)
        .containsEntry("maxPosts", 1);
    assertThat((String) runtime.getVariable(second, "applicationSummary"))
        .contains("现有岗位 0 个，其他在办申请另申请 1 个，定额 1 个", "【超出定额】申请后 2 个（含其他在办申请 1 个）");
    // The reviewers read what the applicant stated beside the registry's figures.
    assertThat((String) runtime.getVariable(first, "unitCounts"))
        .contains("职工人数：申报 1200，登记 1000【与登记不同】", "法人单位数：申报 未填（按登记），登记 30");

    // The province approves the first, then the second, whose flag its reviewers saw all along.
    approveUpTheChain(first);
    approveUpTheChain(second);
    assertThat(activePosts(unit)).isEqualTo(2);
  }

  @Test
  void shouldFlagTheSecondOfTwoApplicationsForTheLastFreePostAndRefuseApprovingBothUnflagged() throws Exception {
    String unit = township(1000, null);
    List<String> ids = startTogether(unit);
    String flagged = ids.stream().filter(id -> (Boolean) runtime.getVariable(id, "overQuota")).findFirst()
        .orElseThrow();
    String unflagged = ids.stream().filter(id -> !id.equals(flagged)).findFirst().orElseThrow();
    for (String id : ids) {
      review("sjzreviewer", id, "municipal-review", "APPROVE", null);
    }

    // Started at the same moment, they took turns: the second counted the first and was flagged.
    assertThat(runtime.getVariable(unflagged, "overQuota")).isEqualTo(false);
    assertThat(runtime.getVariable(flagged, "pendingPosts")).isEqualTo(1);
    assertThat(review("hereviewer", flagged, "provincial-review", "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // Approving the other as well would exceed the quota unseen by its reviewers: refused, and it stays.
    var refused = review("hereviewer", unflagged, "provincial-review", "APPROVE", null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("decision");
    assertThat(refused.getBody().path("message").asText()).contains("超出定额 1 个");
    assertThat(taskOf("hereviewer", unflagged, "provincial-review")).isNotNull();
    assertThat(activePosts(unit)).isEqualTo(1);

    // Returned for a reason, it comes back flagged, and only then may the province approve it knowingly.
    review("hereviewer", unflagged, "provincial-review", "RETURN", "定额已满，请说明增设理由");
    var resubmitted = Api.as(rest, "zdclerk").post("/engine-rest/task/" + taskOf("zdclerk", unflagged,
        "revise-application") + "/complete", Map.of("variables", Map.of(
        "revisionAction", PostApplications.text("RESUBMIT"),
        "justification", PostApplications.text("园区新增企业 40 家，需增设岗位开展集体协商"))));
    assertThat(resubmitted.getStatusCode()).as("%s", resubmitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(unflagged, "overQuota")).isEqualTo(true);
    approveUpTheChain(unflagged);
    assertThat(activePosts(unit)).isEqualTo(2);
  }

  @Test
  void shouldMakeTwoApprovalsForOneUnitTakeTurnsSoTheSecondCountsTheFirst() throws Exception {
    String unit = township(1000, null); // quota 1
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CountDownLatch firstRegistered = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);

    // Two provincial approvals of one post each, unflagged (shown 1 post after approval), in two transactions.
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
      applications.register(newPost(unit), 0, 0, "race-first-" + unit);
      firstRegistered.countDown();
      awaitQuietly(firstMayCommit);
    }));
    assertThat(firstRegistered.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status ->
        applications.register(newPost(unit), 0, 0, "race-second-" + unit)));

    // The second waits for the unit while the first holds it, then counts the first's post and is refused.
    Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
    firstMayCommit.countDown();
    first.get(30, TimeUnit.SECONDS);
    assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Refusal.class)
        .hasMessageContaining("超出定额 1 个");
    assertThat(posts(unit)).singleElement().satisfies(post ->
        assertThat(post.path("createdByInstance").asText()).isEqualTo("race-first-" + unit));
  }

  // Art. 11

  @Test
  void shouldLetTheCityApplyDirectlyToTheProvinceForACountysGradeAdjustment() {
    String unit = township(1000, null);
    importPosts(unit, "ENTRY", 2);

    var addByCity = startResponse("sjzclerk", unit, "NEW", 1, "ENTRY", "市级工会代县级申请新增岗位", Map.of());
    var noReason = startResponse("sjzreviewer", unit, "ADJUST_GRADE", 1, "LEVEL_3", null,
        Map.of("currentGrade", "ENTRY"));
    String id = start("sjzreviewer", unit, "ADJUST_GRADE", 1, "LEVEL_3", "该镇劳动关系矛盾突出，岗位难度已达三级",
        Map.of("currentGrade", "ENTRY")).path("id").asText();

    assertThat(addByCity.getBody().path("field").asText()).isEqualTo("applicationType");
    assertThat(noReason.getBody().path("field").asText()).isEqualTo("justification");
    assertThat(runtime.getVariable(id, "route")).isEqualTo("CITY_ADJUSTMENT");
    assertThat(taskOf("sjzreviewer", id, "municipal-review")).isNull();
    assertThat(review("hereviewer", id, "provincial-review", "APPROVE", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(posts(unit)).extracting(post -> post.path("grade").asText())
        .containsExactlyInAnyOrder("ENTRY", "LEVEL_3");
    assertThat(Api.as(rest, "sjzreviewer").get("/api/cases/" + id + "/reviews").getBody())
        .extracting(row -> row.path("reviewerId").asText() + " " + row.path("taskKey").asText())
        .containsExactly("hereviewer provincial-review");
  }

  @Test
  void shouldLetTheProvinceAdjustAGradeDirectlyRecordedWithItsReason() {
    String unit = township(1000, null);
    importPosts(unit, "ENTRY", 1);
    String reason = "该镇新设省级职工服务示范点，岗位难度提高";

    var addByProvince = startResponse("hereviewer", unit, "NEW", 1, "ENTRY", reason, Map.of());
    var noReason = startResponse("hereviewer", unit, "ADJUST_GRADE", 1, "LEVEL_2", null,
        Map.of("currentGrade", "ENTRY"));
    JsonNode started = start("hereviewer", unit, "ADJUST_GRADE", 1, "LEVEL_2", reason,
        Map.of("currentGrade", "ENTRY"));
    String id = started.path("id").asText();

    assertThat(addByProvince.getBody().path("field").asText()).isEqualTo("applicationType");
    assertThat(noReason.getBody().path("field").asText()).isEqualTo("justification");
    // Art. 11: adjusted at once, with no review of its own by anyone.
    assertThat(started.path("ended").asBoolean()).isTrue();
    assertThat(posts(unit)).singleElement().satisfies(post -> {
      assertThat(post.path("grade").asText()).isEqualTo("LEVEL_2");
      assertThat(post.path("changedByInstance").asText()).isEqualTo(id);
    });
    assertThat(Api.as(rest, "hereviewer").get("/api/cases/" + id + "/reviews").getBody()).isEmpty();
    String number = started.path("businessKey").asText();
    JsonNode file = Api.as(rest, "hereviewer").get("/api/cases?number=" + number).getBody();
    assertThat(file.path("starterId").asText()).isEqualTo("hereviewer");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("applicationSummary")
        .singleResult().getValue().toString()).contains("由河北省总工会直接调整（第十一条）", "理由：" + reason);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo("end-approved");
  }

  // Jiangsu (苏政办发〔2020〕41号)

  @Test
  void shouldRunTheChainToRegistrationForAProvinceOnTheJiangsuQuota() {
    // Hebei: ceil(6500 / 3000) = 3 posts; Jiangsu: 80 separate unions, 6500 employees → 1.
    String unit = township(6500, 80);
    String unregistered = township(6500, null);
    setQuotaDecision("post-quota-jiangsu");
    try {
      JsonNode quota = Api.as(rest, "zdclerk").get("/api/policy/quota?unitCode=" + unit).getBody();
      assertThat(quota.path("decisionKey").asText()).isEqualTo("post-quota-jiangsu");
      assertThat(quota.path("separateUnionCount").asInt()).isEqualTo(80);
      assertThat(quota.path("maxPosts").asInt()).isEqualTo(1);
      var missing = startResponse("zdclerk", unregistered, "NEW", 1, "ENTRY", null, Map.of());
      String id = start("zdclerk", unit, "NEW", 1, "LEVEL_3", null, Map.of()).path("id").asText();

      assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(missing.getBody().path("field").asText()).isEqualTo("separateUnionCount");
      assertThat(runtime.getVariables(id)).containsEntry("maxPosts", 1).containsEntry("overQuota", false);
      assertThat((String) runtime.getVariable(id, "unitCounts")).contains("单独工会组织数：登记 80");
      approveUpTheChain(id);
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
          .getEndActivityId()).isEqualTo("end-approved");
      assertThat(posts(unit)).singleElement().satisfies(post -> {
        assertThat(post.path("grade").asText()).isEqualTo("LEVEL_3");
        assertThat(post.path("createdByInstance").asText()).isEqualTo(id);
      });
    } finally {
      setQuotaDecision("post-quota");
    }
  }

  private static Application newPost(String unit) {
    return new Application(unit, ApplicationType.NEW, 1, Grade.ENTRY, null, null, null, null, null, "职工维权", null,
        "zdclerk");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new township union under Zhengding, registered through /api/orgs as an administrator does. */
  private String township(int employees, Integer separateUnions) {
    String code = "HE-SJZ-ZD-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("name", "测试镇工会 " + code.substring(10));
    org.put("type", "TOWNSHIP_STREET");
    org.put("legalEntityCount", 30);
    org.put("employeeCount", employees);
    org.put("memberCount", employees - 100);
    org.put("separateUnionCount", separateUnions);
    var saved = Api.as(rest, "admin").put("/api/orgs/" + code, org, MediaType.APPLICATION_JSON);
    assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody().path("separateUnionCount").asInt(-1)).isEqualTo(separateUnions == null ? -1
        : separateUnions);
    return code;
  }

  private void importPosts(String unit, String grade, int count) {
    var loaded = Api.as(rest, "admin").put("/api/posts/imported", PostImport.HEADER + "\n" + unit + "," + grade + ","
        + count + "\n", MediaType.parseMediaType("text/csv"));
    assertThat(loaded.getStatusCode()).as("%s", loaded.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void setQuotaDecision(String key) {
    var saved = Api.as(rest, "admin").put("/api/policy/settings/HE/quota-decision", Map.of("settingValue", key),
        MediaType.APPLICATION_JSON);
    assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Two applications for the unit's last free post, sent at the same moment from two threads. */
  private List<String> startTogether(String unit) throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<JsonNode>> started = List.of("LEVEL_3", "ENTRY").stream()
          .map(grade -> two.submit(() -> {
            go.await();
            return start("zdclerk", unit, "NEW", 1, grade, "两个园区同时申请，均写明理由以便比较", Map.of());
          }))
          .toList();
      go.countDown();
      return started.stream().map(future -> {
        try {
          return future.get(60, TimeUnit.SECONDS).path("id").asText();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    } finally {
      two.shutdownNow();
    }
  }

  private void approveUpTheChain(String id) {
    if (taskOf("sjzreviewer", id, "municipal-review") != null) {
      assertThat(review("sjzreviewer", id, "municipal-review", "APPROVE", null).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    var approved = review("hereviewer", id, "provincial-review", "APPROVE", "同意");
    assertThat(approved.getStatusCode()).as("%s", approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private JsonNode start(String user, String unit, String type, int posts, String grade, String justification,
      Map<String, Object> more) {
    var response = startResponse(user, unit, type, posts, grade, justification, more);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> startResponse(String user, String unit, String type, int posts, String grade,
      String justification, Map<String, Object> more) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("unitCode", PostApplications.text(unit));
    variables.put("applicationType", PostApplications.text(type));
    variables.put("requestedPosts", Map.of("value", posts, "type", "Integer"));
    variables.put("proposedGrade", PostApplications.text(grade));
    variables.put("duties", PostApplications.text("职工维权、集体协商指导、困难职工帮扶"));
    if (justification != null) {
      variables.put("justification", PostApplications.text(justification));
    }
    more.forEach((name, value) -> variables.put(name, value instanceof Integer number
        ? Map.of("value", number, "type", "Integer") : PostApplications.text((String) value)));
    return Api.as(rest, user).post(PostApplications.START, Map.of("variables", variables));
  }

  private String taskOf(String user, String id, String taskKey) {
    return new PostApplications(rest).taskOf(user, id, taskKey);
  }

  private ResponseEntity<JsonNode> review(String user, String id, String taskKey, String decision, String comment) {
    String task = taskOf(user, id, taskKey);
    assertThat(task).as("%s sees %s of %s", user, taskKey, id).isNotNull();
    return new PostApplications(rest).review(user, task, decision, comment);
  }

  private List<JsonNode> posts(String unit) {
    List<JsonNode> found = new ArrayList<>();
    Api.as(rest, "admin").get("/api/posts?org=" + unit).getBody().forEach(post -> {
      if ("ACTIVE".equals(post.path("status").asText())) {
        found.add(post);
      }
    });
    return found;
  }

  private int activePosts(String unit) {
    return posts(unit).size();
  }
}
