package cn.unionsw.platform.config;

import static cn.unionsw.platform.support.WebAppSession.TASKLIST_QUERY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Tasklist filter's list tells the same count whether the database is asked for it or the page's own number is
 * taken ({@link TaskCountFromPage}, MySQL and MariaDB only): with a task the caller's groups match twice, on a page
 * past the end, for another caller in turn, for a search, and through the web apps' API as Tasklist asks; and that a
 * count for another extending query or another filter, or a second count, is asked of the database.
 */
@PlatformIT
class TaskCountFromPageIT {

  private static final String FILTER_ID = "reviewer-unit-tasks";
  private static final String MY_TASKS = "reviewer-my-tasks";
  private static final String FILTER = "/engine-rest/filter/" + FILTER_ID;
  /** Tasklist's query with the task id after its sort: pages then follow one order, ties and all. */
  private static final String BY_CREATED_THEN_ID = TASKLIST_QUERY.replace("\"sortOrder\":\"desc\"}",
      "\"sortOrder\":\"desc\"},{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskCountFromPage countFromPage;

  private final List<String> cases = new ArrayList<>();
  private final List<String> tasks = new ArrayList<>();

  @BeforeEach
  void threeApplicationsAtTheCity() {
    PostApplications applications = new PostApplications(rest);
    for (String unit : List.of("HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD-XCP", "HE-SJZ-ZD-ZDZ")) {
      String id = applications.start("zdclerk", unit, "LEVEL_3").path("id").asText();
      cases.add(id);
      tasks.add(applications.taskOf("sjzreviewer", id, "municipal-review"));
    }
  }

  @AfterEach
  void removeTheCases() {
    cases.forEach(id -> runtimeService.deleteProcessInstance(id, "TaskCountFromPageIT"));
  }

  @Test
  void shouldTellTheDatabasesCountWithEveryPage() {
    assertThat(BY_CREATED_THEN_ID).contains("{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}");
    // The city's group and the reviewers' role both offer the first task: the candidate join matches it twice.
    taskService.addCandidateGroup(tasks.get(0), "reviewer");
    long asked = count("sjzreviewer", BY_CREATED_THEN_ID);
    List<String> all = ids(list("sjzreviewer", 0, 1000, BY_CREATED_THEN_ID));
    assertThat(all).containsAll(tasks).doesNotHaveDuplicates().hasSize((int) asked);
    long before = countFromPage.answered();

    JsonNode first = list("sjzreviewer", 0, 2, BY_CREATED_THEN_ID);
    JsonNode second = list("sjzreviewer", 2, 2, BY_CREATED_THEN_ID);
    JsonNode pastTheEnd = list("sjzreviewer", (int) asked + 5, 2, BY_CREATED_THEN_ID);

    assertThat(first.path("count").asLong()).isEqualTo(asked);
    assertThat(second.path("count").asLong()).isEqualTo(asked);
    assertThat(pastTheEnd.path("count").asLong()).isEqualTo(asked);
    // The id breaks the creation time's ties (tasks created together), so the pages are slices of the whole list.
    assertThat(ids(first)).isEqualTo(all.subList(0, 2));
    assertThat(ids(second)).isEqualTo(all.subList(2, Math.min(4, all.size())));
    assertThat(ids(pastTheEnd)).isEmpty();
    // Two pages answered their counts; the empty page has no number, so its count was asked. H2 asks every count.
    assertThat(countFromPage.answered() - before).isEqualTo(TestDatabase.isMySql() ? 2 : 0);
    // The count asked by itself is the database's again.
    assertThat(count("sjzreviewer", BY_CREATED_THEN_ID)).isEqualTo(asked);
    assertThat(countFromPage.answered() - before).isEqualTo(TestDatabase.isMySql() ? 2 : 0);
  }

  @Test
  void shouldTellEachCallerTheirOwnCount() {
    long city = count("sjzreviewer");
    long province = count("hereviewer");
    assertThat(city).isGreaterThanOrEqualTo(3);

    assertThat(list("sjzreviewer", 0, 1).path("count").asLong()).isEqualTo(city);
    assertThat(list("hereviewer", 0, 1).path("count").asLong()).isEqualTo(province);
    assertThat(list("sjzreviewer", 0, 1).path("count").asLong()).isEqualTo(city);
    assertThat(ids(list("hereviewer", 0, 1000))).doesNotContainAnyElementsOf(tasks);
  }

  @Test
  void shouldAskTheDatabaseForAnotherQueryAnotherFilterOrASecondCount() {
    identityService.setAuthentication("sjzreviewer", List.of("HE-SJZ", Roles.REVIEWER));
    try {
      long city = filterService.count(FILTER_ID);
      long mine = filterService.count(MY_TASKS);
      assertThat(city).isGreaterThanOrEqualTo(3).isNotEqualTo(mine);
      long before = countFromPage.answered();

      try (var request = TaskCountFromPage.filterList()) {
        // Another extending query after the page: asked.
        assertThat(filterService.listPage(FILTER_ID, byDueDate(), 0, 1)).hasSize(1);
        assertThat(filterService.count(FILTER_ID, taskService.createTaskQuery().taskId(tasks.get(0)))).isOne();
        // Another filter after the page, with an equal query: asked.
        assertThat(filterService.listPage(FILTER_ID, byDueDate(), 0, 1)).hasSize(1);
        assertThat(filterService.count(MY_TASKS, byDueDate())).isEqualTo(mine);
        assertThat(countFromPage.answered() - before).isZero();
        // The same filter and an equal query (another object, as engine REST converts it again): answered from the
        // page, once; a second count is asked.
        assertThat(filterService.listPage(FILTER_ID, byDueDate(), 0, 1)).hasSize(1);
        assertThat(filterService.count(FILTER_ID, byDueDate())).isEqualTo(city);
        assertThat(filterService.count(FILTER_ID, byDueDate())).isEqualTo(city);
        assertThat(countFromPage.answered() - before).isEqualTo(TestDatabase.isMySql() ? 1 : 0);
      }
      // Outside a filter list request, every count is asked.
      assertThat(filterService.listPage(FILTER_ID, byDueDate(), 0, 1)).hasSize(1);
      assertThat(filterService.count(FILTER_ID, byDueDate())).isEqualTo(city);
      assertThat(countFromPage.answered() - before).isEqualTo(TestDatabase.isMySql() ? 1 : 0);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldTellTheCountOfASearch() {
    // Tasklist's search sends variable criteria, which the engine prepares in place while it runs the page (as it
    // takes an or-query's own entry out of the extending query): the page's query then differs from the count's.
    String search = "{\"processVariables\":[{\"name\":\"unitCode\",\"operator\":\"eq\",\"value\":\"HE-SJZ-ZD-ZDZ\"}],"
        + "\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    long asked = count("sjzreviewer", search);
    assertThat(asked).isGreaterThanOrEqualTo(2);
    long before = countFromPage.answered();

    JsonNode page = list("sjzreviewer", 0, 1, search);

    assertThat(page.path("count").asLong()).isEqualTo(asked);
    assertThat(ids(page)).hasSize(1);
    // Asked of the database: the page's query changed while the engine ran it. Should a Camunda upgrade stop that,
    // this fails, and the number is then the page's (still checked above).
    assertThat(countFromPage.answered() - before).isZero();
  }

  @Test
  void shouldAnswerTasklistsOwnRequestThroughTheWebAppsApi() throws Exception {
    long asked = count("sjzreviewer");
    long before = countFromPage.answered();
    var tasklist = WebAppSession.login(rest, "sjzreviewer", Api.DEMO_PASSWORD);

    var page = tasklist.post("/camunda/api/engine/engine/default/filter/reviewer-unit-tasks/list"
        + "?firstResult=0&maxResults=15", TASKLIST_QUERY, MediaType.parseMediaType("application/hal+json"));

    assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(new ObjectMapper().readTree(page.getBody()).path("count").asLong()).isEqualTo(asked);
    assertThat(countFromPage.answered() - before).isEqualTo(TestDatabase.isMySql() ? 1 : 0);
  }

  private TaskQuery byDueDate() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  private JsonNode list(String user, int first, int max) {
    return list(user, first, max, TASKLIST_QUERY);
  }

  private JsonNode list(String user, int first, int max, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<JsonNode> page = rest.withBasicAuth(user, Api.DEMO_PASSWORD).exchange(
        FILTER + "/list?firstResult=" + first + "&maxResults=" + max, HttpMethod.POST,
        new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }

  private long count(String user) {
    return count(user, TASKLIST_QUERY);
  }

  private long count(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> count = rest.withBasicAuth(user, Api.DEMO_PASSWORD).exchange(FILTER + "/count",
        HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
    return count.getBody().path("count").asLong();
  }

  private static List<String> ids(JsonNode hal) {
    List<String> ids = new ArrayList<>();
    hal.at("/_embedded/task").forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }
}
