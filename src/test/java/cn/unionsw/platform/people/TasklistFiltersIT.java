package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The shared Tasklist filters as users see them who did not exist when the platform started: a reviewer and a clerk
 * of an organisation registered during the test, through engine REST and Tasklist's own API, authorizations on.
 */
@PlatformIT
class TasklistFiltersIT {

  private static final String PASSWORD = "Str0ng!Passw0rd";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  TasklistFilterSetup setup;

  private final ObjectMapper json = new ObjectMapper();

  /** A city registered just now (PUT /api/orgs), with a county and one of its units, a city reviewer, a county clerk. */
  private record NewCity(String code, String unit, String reviewer, String clerk) {
  }

  @Test
  void shouldListTheNewCitysTaskInItsNewReviewersDefaultFilterAndNoOtherCitys() throws Exception {
    NewCity city = newCity();
    String task = startApplication(city.clerk(), PASSWORD, city.unit());
    String sjzTask = startApplication("zdclerk", Api.DEMO_PASSWORD, "HE-SJZ-ZD-XCP");

    var reviewer = Api.as(rest, city.reviewer(), PASSWORD);
    JsonNode filters = filtersOf(reviewer);
    JsonNode byDefault = filters.get(0);

    assertThat(names(filters)).containsExactly("本单位待办", "我的待办", "即将到期", "已超期", "我发起的", "我经办的",
        "抄送我的");
    String unitTasks = byDefault.path("id").asText();
    assertThat(unitTasks).isEqualTo("reviewer-unit-tasks");
    assertThat(byDefault.path("owner").isNull()).isTrue();
    assertThat(byDefault.at("/properties/refresh").asBoolean()).isTrue();
    assertThat(byDefault.at("/properties/variables").findValuesAsText("name"))
        .containsExactly("caseNumber", "applicationSummary", "unitName");
    assertThat(count(reviewer, unitTasks)).isEqualTo(1);
    assertThat(list(reviewer, unitTasks)).containsExactly(task);
    assertThat(list(Api.as(rest, "sjzreviewer"), unitTasks)).contains(sjzTask).doesNotContain(task);

    // Tasklist itself: its session login, its extending query, and the HAL count it shows beside the filter.
    var tasklist = WebAppSession.login(rest, city.reviewer(), PASSWORD);
    var page = tasklist.post("/camunda/api/engine/engine/default/filter/" + unitTasks + "/list?firstResult=0&maxResults=15",
        WebAppSession.TASKLIST_QUERY, MediaType.parseMediaType("application/hal+json"));
    JsonNode hal = json.readTree(page.getBody());
    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(hal.path("count").asLong()).isEqualTo(1);
    assertThat(ids(hal.at("/_embedded/task"))).containsExactly(task);
  }

  @Test
  void shouldSortClaimedDueAndOverdueTasksIntoTheirFilters() {
    NewCity city = newCity();
    String task = startApplication(city.clerk(), PASSWORD, city.unit());
    var reviewer = Api.as(rest, city.reviewer(), PASSWORD);

    assertThat(count(reviewer, "reviewer-my-tasks")).isZero();
    var claim = reviewer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", city.reviewer()));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count(reviewer, "reviewer-my-tasks")).isEqualTo(1);
    assertThat(count(reviewer, "reviewer-unit-tasks")).as("claimed tasks stay in the unit's list").isEqualTo(1);

    dueIn(task, Duration.ofDays(10));
    assertThat(lateness(reviewer)).isEqualTo("due soon 0, overdue 0");
    flag(task, "DUE_SOON");
    assertThat(lateness(reviewer)).isEqualTo("due soon 1, overdue 0");
    flag(task, "OVERDUE");
    assertThat(lateness(reviewer)).isEqualTo("due soon 0, overdue 1");
    flag(task, "ESCALATED");
    assertThat(lateness(reviewer)).isEqualTo("due soon 0, overdue 1");
    flag(task, null);
    dueIn(task, Duration.ofDays(1));
    assertThat(lateness(reviewer)).isEqualTo("due soon 1, overdue 0");
    dueIn(task, Duration.ofDays(-1));
    assertThat(lateness(reviewer)).isEqualTo("due soon 0, overdue 1");
  }

  @Test
  void shouldOpenClerksAndWorkersOnTheirOwnTasks() {
    NewCity city = newCity();

    JsonNode clerkFilters = filtersOf(Api.as(rest, city.clerk(), PASSWORD));

    assertThat(ids(clerkFilters)).containsExactly("my-tasks", "clerk-unit-tasks", "cases-started", "cases-handled",
        "cases-copied");
    assertThat(names(clerkFilters)).containsExactly("我的待办", "本单位待办", "我发起的", "我经办的", "抄送我的");
    assertThat(ids(filtersOf(Api.as(rest, "zdworker")))).containsExactly("my-tasks", "cases-started", "cases-copied");
  }

  /**
   * 我发起的, 我经办的, 抄送我的 (ADR 0017): the open steps of the cases one started, acted on, or had copied, claimed or
   * not, each with its case number, whoever holds it and its due date; read-only (the guard refuses the rest).
   */
  @Test
  void shouldListTheStepsOfTheCasesEachFollows() {
    String city = startApplication("zdclerk", Api.DEMO_PASSWORD, "HE-SJZ-ZD-XCP");
    String id = processOf(city);
    var zdclerk = Api.as(rest, "zdclerk");
    var sjzreviewer = Api.as(rest, "sjzreviewer");
    var lcclerk = Api.as(rest, "lcclerk");
    assertThat(list(zdclerk, "cases-started")).contains(city);
    assertThat(list(lcclerk, "cases-copied")).doesNotContain(city);

    var copy = zdclerk.post("/api/cases/" + id + "/copies", Map.of("users", List.of("lcclerk")));
    assertThat(copy.getStatusCode()).as(String.valueOf(copy.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(list(lcclerk, "cases-copied")).contains(city);
    var review = sjzreviewer.post("/engine-rest/task/" + city + "/complete", Map.of("variables",
        Map.of("decision", Map.of("value", "APPROVE", "type", "String"))));
    assertThat(review.getStatusCode()).as(String.valueOf(review.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    String province = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
    Task claimed = taskService.createTaskQuery().taskId(province).singleResult();
    taskService.claim(province, "hereviewer");

    assertThat(list(zdclerk, "cases-started")).contains(province).doesNotContain(city);
    assertThat(list(sjzreviewer, "cases-handled")).as("claimed by the province, still listed").contains(province);
    assertThat(list(lcclerk, "cases-copied")).contains(province);
    assertThat(list(lcclerk, "cases-started")).doesNotContain(province);
    assertThat(list(Api.as(rest, "zzclerk"), "cases-copied")).doesNotContain(province);
    assertThat(list(sjzreviewer, "cases-copied")).doesNotContain(province);
    JsonNode shown = lcclerk.get("/engine-rest/filter/cases-copied/list?firstResult=0&maxResults=100").getBody();
    JsonNode task = StreamSupport.stream(shown.spliterator(), false)
        .filter(item -> item.path("id").asText().equals(province)).findFirst().orElseThrow();
    assertThat(task.path("assignee").asText()).isEqualTo("hereviewer");
    assertThat(task.path("due").isNull()).isFalse();
    assertThat(task.path("name").asText()).isEqualTo(claimed.getName());
    var caseNumber = lcclerk.get("/engine-rest/task/" + province + "/variables/caseNumber");
    assertThat(caseNumber.getBody().path("value").asText()).startsWith("岗申〔");
    assertThat(lcclerk.post("/engine-rest/task/" + province + "/complete", Map.of("variables",
        Map.of("decision", Map.of("value", "APPROVE", "type", "String")))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldShowAUserOfNoGroupAnEmptyUnitFilterNotAFailure() {
    // An administrator may grant READ on a shared filter to one user; ${currentUserGroups()} is then empty, which
    // Camunda's candidate-group criterion refused (a 500 at both doors).
    var probes = new ProbeGrants(identityService, authorizationService);
    String user = probes.user();
    probes.grant(user, Resources.FILTER, "clerk-unit-tasks", Permissions.READ);
    probes.grant(user, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    try {
      var engineRest = Api.as(rest, user, ProbeGrants.PASSWORD);
      var count = engineRest.get("/engine-rest/filter/clerk-unit-tasks/count");
      var list = engineRest.post("/engine-rest/filter/clerk-unit-tasks/list?firstResult=0&maxResults=15",
          Api.json(WebAppSession.TASKLIST_QUERY));
      var tasklist = WebAppSession.login(rest, user, ProbeGrants.PASSWORD)
          .get("/camunda/api/engine/engine/default/filter/clerk-unit-tasks/count");

      assertThat(count.getStatusCode()).as(String.valueOf(count.getBody())).isEqualTo(HttpStatus.OK);
      assertThat(count.getBody().path("count").asLong()).isZero();
      assertThat(list.getStatusCode()).as(String.valueOf(list.getBody())).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody().isArray() && list.getBody().isEmpty()).as(list.getBody().toString()).isTrue();
      assertThat(tasklist.getStatusCode()).as(tasklist.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(Api.json(tasklist.getBody()).path("count").asLong()).isZero();
      // Everyone in a group still gets their groups' tasks: the clerk's own unit filter is answered as before.
      assertThat(Api.as(rest, "zdclerk").get("/engine-rest/filter/clerk-unit-tasks/count").getStatusCode())
          .isEqualTo(HttpStatus.OK);
    } finally {
      probes.removeAll();
    }
  }

  @Test
  void shouldLetNoOneButAdministratorsWriteFilters() {
    NewCity city = newCity();
    var reviewer = Api.as(rest, city.reviewer(), PASSWORD);
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("resourceType", "Task");
    filter.put("name", "全部");
    filter.put("query", Map.of("assigneeExpression", "${currentUser()}"));

    var create = reviewer.post("/engine-rest/filter/create", filter);
    var update = reviewer.put("/engine-rest/filter/reviewer-unit-tasks", filter, MediaType.APPLICATION_JSON);
    var delete = reviewer.delete("/engine-rest/filter/reviewer-unit-tasks");

    // The engine guard refuses filter writes to everyone but administrators, and no role holds a grant to them.
    for (var refused : List.of(create, update, delete)) {
      assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().path("error").asText()).isEqualTo("forbidden");
    }
    assertThat(filterService.createFilterQuery().filterName("全部").count()).isZero();
    assertThat(filterService.getFilter("reviewer-unit-tasks").getName()).isEqualTo("本单位待办");
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).list())
        .filteredOn(grant -> !Roles.ADMIN.equals(grant.getGroupId()))
        .allMatch(grant -> !grant.isPermissionGranted(Permissions.CREATE) && !grant.isPermissionGranted(Permissions.UPDATE)
            && !grant.isPermissionGranted(Permissions.DELETE));
  }

  @Test
  void shouldRemoveFiltersUsersOwnAndFilterWritesOnStartAndLeaveTheSharedOnesAlone() {
    // What earlier versions gave every demo user: a filter they own, and so may change.
    Filter owned = filterService.newTaskFilter("我的待办").setOwner("zdworker")
        .setQuery(taskService.createTaskQuery().taskAssignee("zdworker"));
    filterService.saveFilter(owned);
    Filter administrators = filterService.newTaskFilter("全部任务").setOwner("admin")
        .setQuery(taskService.createTaskQuery());
    filterService.saveFilter(administrators);
    Authorization createForClerks = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    createForClerks.setGroupId(Roles.CLERK);
    createForClerks.setResource(Resources.FILTER);
    createForClerks.setResourceId("*");
    createForClerks.addPermission(Permissions.CREATE);
    authorizationService.saveAuthorization(createForClerks);
    int revision = ((FilterEntity) filterService.getFilter("reviewer-unit-tasks")).getRevision();

    setup.run(null);

    assertThat(filterService.getFilter(owned.getId())).isNull();
    assertThat(filterService.getFilter(administrators.getId())).as("administrators may keep their own").isNotNull();
    assertThat(authorizationService.createAuthorizationQuery().userIdIn("zdworker").resourceType(Resources.FILTER).count())
        .isZero();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Roles.CLERK).resourceType(Resources.FILTER)
        .resourceId("*").singleResult().isPermissionGranted(Permissions.CREATE)).isFalse();
    assertThat(((FilterEntity) filterService.getFilter("reviewer-unit-tasks")).getRevision())
        .as("an unchanged shared filter is not rewritten").isEqualTo(revision);
    assertThat(TasklistFilters.ALL).allMatch(shared -> filterService.getFilter(shared.id()) != null);
    filterService.deleteFilter(administrators.getId());
  }

  private NewCity newCity() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    String city = "HE-T" + suffix.toUpperCase();
    putOrg(city, "{\"name\":\"测试市总工会\",\"type\":\"CITY\"}");
    putOrg(city + "-X", "{\"name\":\"测试县总工会\",\"type\":\"COUNTY\"}");
    putOrg(city + "-X-Z", "{\"name\":\"测试镇工会\",\"type\":\"TOWNSHIP_STREET\",\"legalEntityCount\":98,"
        + "\"employeeCount\":2000,\"memberCount\":1710}");
    String reviewer = "rev" + suffix;
    String clerk = "clk" + suffix;
    createUser(reviewer, Roles.REVIEWER, city);
    createUser(clerk, Roles.CLERK, city + "-X");
    return new NewCity(city, city + "-X-Z", reviewer, clerk);
  }

  private void putOrg(String code, String body) {
    var response = Api.as(rest, "admin").put("/api/orgs/" + code, body, MediaType.APPLICATION_JSON);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
  }

  private void createUser(String id, String role, String orgCode) {
    var user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, role);
    identityService.createMembership(id, orgCode);
  }

  private String processOf(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
  }

  /** Starts a post application as a county clerk; answers the review task it puts in the city's queue. */
  private String startApplication(String clerk, String password, String unit) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("unitCode", Map.of("value", unit, "type", "String"));
    variables.put("applicationType", Map.of("value", "NEW", "type", "String"));
    variables.put("requestedPosts", Map.of("value", 1, "type", "Integer"));
    variables.put("proposedGrade", Map.of("value", "ENTRY", "type", "String"));
    variables.put("duties", Map.of("value", "职工维权、困难职工帮扶", "type", "String"));
    // Open applications count against a unit's quota (Art. 10): other tests may have filled it by now.
    variables.put("justification", Map.of("value", "镇域企业集中，职工维权和服务需求大", "type", "String"));
    var started = Api.as(rest, clerk, password).post("/engine-rest/process-definition/key/post-application/start",
        Map.of("variables", variables));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return taskService.createTaskQuery().processInstanceId(started.getBody().path("id").asText()).singleResult().getId();
  }

  private JsonNode filtersOf(Api user) {
    JsonNode filters = user.get("/engine-rest/filter?resourceType=Task&maxResults=100").getBody();
    // Tasklist lists by ascending priority and opens the first.
    List<JsonNode> sorted = StreamSupport.stream(filters.spliterator(), false)
        .sorted((a, b) -> Integer.compare(a.at("/properties/priority").asInt(), b.at("/properties/priority").asInt()))
        .toList();
    return json.valueToTree(sorted);
  }

  private long count(Api user, String filterId) {
    var response = user.get("/engine-rest/filter/" + filterId + "/count");
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody().path("count").asLong();
  }

  /** The filter's first 100 tasks, the newest first: the other tests' cases share the database and may be more. */
  private List<String> list(Api user, String filterId) {
    var response = user.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=100",
        Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return ids(response.getBody());
  }

  private String lateness(Api reviewer) {
    return "due soon " + count(reviewer, "reviewer-due-soon") + ", overdue " + count(reviewer, "reviewer-overdue");
  }

  private void dueIn(String taskId, Duration fromNow) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(fromNow)));
    taskService.saveTask(task);
  }

  /** What the deadline timers do; null clears the flag. */
  private void flag(String taskId, String deadlineState) {
    if (deadlineState == null) {
      taskService.removeVariableLocal(taskId, TasklistFilters.DEADLINE_STATE);
    } else {
      taskService.setVariableLocal(taskId, TasklistFilters.DEADLINE_STATE, deadlineState);
    }
  }

  private static List<String> names(JsonNode filters) {
    return StreamSupport.stream(filters.spliterator(), false).map(f -> f.path("name").asText()).toList();
  }

  private static List<String> ids(JsonNode items) {
    return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asText()).toList();
  }
}
