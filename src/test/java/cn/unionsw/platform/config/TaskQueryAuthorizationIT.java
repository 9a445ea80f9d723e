package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees a task through the task query, and a case's variables through the variable query, by each way Camunda
 * grants them (the task's own grant to a group or a user,
 * READ_TASK on its process definition, a grant on every task), and who does not (no grant, a grant without READ).
 * The same answers on H2, where Camunda's own join runs, and on MariaDB, where the platform asks by look-ups
 * ({@link AuthorizationJoinAsExists}): list, count and a Tasklist filter.
 */
@PlatformIT
class TaskQueryAuthorizationIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcTemplate jdbc;

  private ProbeGrants probes;
  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void applicationAtTheCity() {
    probes = new ProbeGrants(identityService, authorizationService);
    PostApplications applications = new PostApplications(rest);
    processInstanceId = applications.start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_3").path("id").asText();
    taskId = applications.taskOf("sjzreviewer", processInstanceId, "municipal-review");
    assertThat(taskId).isNotBlank();
  }

  @AfterEach
  void removeUsersAndGrants() {
    probes.removeAll();
  }

  @Test
  void shouldShowTheTaskToItsCandidateGroupByTheTasksOwnGrant() {
    assertThat(visible("sjzreviewer", List.of("HE-SJZ", "reviewer"))).containsExactly(taskId);
  }

  @Test
  void shouldShowTheTaskToTheUserItIsGrantedTo() {
    // The starter follows the case (a user's grant on the task, ADR 0017).
    assertThat(visible("zdclerk", List.of("HE-SJZ-ZD", "clerk"))).containsExactly(taskId);
  }

  @Test
  void shouldHideTheTaskFromAnotherLevel() {
    assertThat(visible("hereviewer", List.of("HE", "reviewer"))).isEmpty();
    assertThat(visible("lcclerk", List.of("HE-SJZ-LC", "clerk"))).isEmpty();
  }

  @Test
  void shouldShowTheTaskByReadTaskOnItsProcessDefinition() {
    String user = probes.user();
    probes.grant(user, Resources.PROCESS_DEFINITION, "post-application", ProcessDefinitionPermissions.READ_TASK);

    assertThat(visible(user, List.of())).containsExactly(taskId);
  }

  @Test
  void shouldShowTheTaskByAGrantOnEveryTask() {
    String user = probes.user();
    probes.grant(user, Resources.TASK, "*", Permissions.READ);

    assertThat(visible(user, List.of())).containsExactly(taskId);
  }

  @Test
  void shouldShowTheCasesVariablesByEachGrantOnIt() {
    // The city reads the case (its grant on the process instance), and the step's variables through the task.
    assertThat(variables("sjzreviewer", List.of("HE-SJZ", "reviewer"))).contains("unitCode", "proposedGrade");
    assertThat(variables("hereviewer", List.of("HE", "reviewer"))).contains("unitCode");
    assertThat(variables("lcclerk", List.of("HE-SJZ-LC", "clerk"))).isEmpty();
    String definitionReader = probes.user();
    probes.grant(definitionReader, Resources.PROCESS_DEFINITION, "post-application", ProcessDefinitionPermissions.READ_INSTANCE);
    assertThat(variables(definitionReader, List.of())).contains("unitCode");
    String everyInstance = probes.user();
    probes.grant(everyInstance, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    assertThat(variables(everyInstance, List.of())).contains("unitCode");
    String none = probes.user();
    probes.grant(none, Resources.PROCESS_DEFINITION, "post-application", ProcessDefinitionPermissions.READ);
    assertThat(variables(none, List.of())).isEmpty();
  }

  @Test
  void shouldHideTheTaskFromAGrantWithoutRead() {
    String user = probes.user();
    probes.grant(user, Resources.TASK, taskId, TaskPermissions.TASK_WORK);
    probes.grant(user, Resources.PROCESS_DEFINITION, "post-application", ProcessDefinitionPermissions.READ);

    assertThat(visible(user, List.of())).isEmpty();
  }

  @Test
  void shouldAnswerTheReviewersInboxAndFilterThroughEngineRest() {
    JsonNode page = Api.as(rest, "sjzreviewer").get("/engine-rest/task?candidateGroup=HE-SJZ"
        + "&processInstanceId=" + processInstanceId + "&sortBy=dueDate&sortOrder=asc&maxResults=15").getBody();
    JsonNode count = Api.as(rest, "sjzreviewer").get("/engine-rest/task/count?candidateGroup=HE-SJZ"
        + "&processInstanceId=" + processInstanceId).getBody();
    JsonNode other = Api.as(rest, "hereviewer").get("/engine-rest/task/count?processInstanceId="
        + processInstanceId).getBody();
    // Tasklist's 本单位待办 for the case: the filter's own query extended by the case.
    String extended = "{\"processInstanceId\":\"" + processInstanceId + "\"}";
    JsonNode filtered = Api.as(rest, "sjzreviewer").post("/engine-rest/filter/reviewer-unit-tasks/list?firstResult=0&maxResults=15",
        Api.json(extended)).getBody();
    JsonNode filteredCount = Api.as(rest, "sjzreviewer").post("/engine-rest/filter/reviewer-unit-tasks/count",
        Api.json(extended)).getBody();
    JsonNode filteredElsewhere = Api.as(rest, "hereviewer").post("/engine-rest/filter/reviewer-unit-tasks/count",
        Api.json(extended)).getBody();

    assertThat(page).as(String.valueOf(page)).hasSize(1);
    assertThat(page.get(0).path("id").asText()).isEqualTo(taskId);
    assertThat(count.path("count").asLong()).isEqualTo(1);
    assertThat(other.path("count").asLong()).isZero();
    assertThat(filtered).hasSize(1);
    assertThat(filtered.get(0).path("id").asText()).isEqualTo(taskId);
    assertThat(filteredCount.path("count").asLong()).isEqualTo(1);
    assertThat(filteredElsewhere.path("count").asLong()).isZero();
  }

  @Test
  void shouldPageTasksOfferedToTwoOfTheUsersGroupsEachOnceInOrder() {
    // Seven tasks, each offered to both groups (the candidate join meets each twice), due a day apart; the fourth
    // also claimed. Pages of three, ascending and descending, as a reviewer with both groups asks them.
    String group = "PAGE-" + System.nanoTime();
    List<String> due = new java.util.ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      Task task = taskService.newTask();
      task.setName("分页 " + day);
      task.setDueDate(java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2031, 1, day, 9, 0)));
      taskService.saveTask(task);
      taskService.addCandidateGroup(task.getId(), group);
      taskService.addCandidateGroup(task.getId(), group + "-2");
      due.add(task.getId());
    }
    taskService.claim(due.get(3), "sjzreviewer");
    try {
      identityService.setAuthentication("sjzreviewer", List.of(group, group + "-2"));
      List<String> ascending = new java.util.ArrayList<>();
      List<String> descending = new java.util.ArrayList<>();
      for (int first = 0; first < 9; first += 3) {
        ascending.addAll(pageOf(group, first, true));
        descending.addAll(pageOf(group, first, false));
      }

      assertThat(ascending).containsExactlyElementsOf(due);
      List<String> latestFirst = new java.util.ArrayList<>(due);
      java.util.Collections.reverse(latestFirst);
      assertThat(descending).containsExactlyElementsOf(latestFirst);
    } finally {
      identityService.clearAuthentication();
      due.forEach(id -> taskService.deleteTask(id, true));
    }
  }

  private List<String> pageOf(String group, int first, boolean ascending) {
    TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(List.of(group, group + "-2"))
        .includeAssignedTasks().orderByDueDate();
    return (ascending ? query.asc() : query.desc()).listPage(first, 3).stream().map(Task::getId).toList();
  }

  @Test
  void shouldAskByLookUpsOnMySqlAndByCamundasJoinOnH2() {
    String sql = renderedAsTheReviewer(0, context -> {
      TaskQueryImpl query = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroup("HE-SJZ");
      context.getAuthorizationManager().configureTaskQuery(query);
      return query;
    });
    String variableSql = renderedAsTheReviewer(2, context -> {
      VariableInstanceQueryImpl query = (VariableInstanceQueryImpl) runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(processInstanceId);
      configureVariableInstanceQuery(context.getAuthorizationManager(), query);
      return query;
    });

    // Shapes the page rewrite leaves alone: more than the task's columns selected for the sort.
    String byName = renderedAsTheReviewer(0, context -> {
      TaskQueryImpl query = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroup("HE-SJZ")
          .orderByTaskNameCaseInsensitive().asc();
      context.getAuthorizationManager().configureTaskQuery(query);
      return query;
    });
    String byVariable = renderedAsTheReviewer(0, context -> {
      TaskQueryImpl query = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroup("HE-SJZ")
          .orderByProcessVariable("caseNumber", ValueType.STRING).asc();
      context.getAuthorizationManager().configureTaskQuery(query);
      return query;
    });
    assertThat(byName).contains("LOWER_NAME_").doesNotContain("PAGE_");
    assertThat(byVariable).contains("ACT_RU_VARIABLE").doesNotContain("PAGE_");

    if (TestDatabase.isMySql()) {
      assertThat(sql).startsWith(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE);
      assertThat(variableSql).startsWith(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE);
      assertThat(sql).contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = RES.ID_")
          .contains(") PAGE_ on PAGE_.ID_ = RES.ID_ order by")
          .doesNotContain("AUTH ON", "AUTH.");
      assertThat(variableSql).contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = RES.TASK_ID_")
          .doesNotContain("AUTH ON", "AUTH.");
    } else {
      assertThat(sql).contains("AUTH ON").doesNotContain("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION", "PAGE_");
      assertThat(variableSql).contains("AUTH ON");
    }
  }

  @Test
  void shouldRunTheLookUpsWithoutMariaDbsSubqueryCache() {
    if (!TestDatabase.isMySql()) {
      return;
    }
    if (!jdbc.queryForObject("select version()", String.class).contains("MariaDB")) {
      // MySQL has no such cache and reads the setting as a comment: the statement runs as it is.
      String check = "select count(*) from ACT_RU_TASK RES where RES.CASE_EXECUTION_ID_ is not null"
          + " or exists (select 1 from ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = RES.ID_)";
      assertThat(jdbc.queryForObject(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE + check, Long.class))
          .isEqualTo(jdbc.queryForObject(check, Long.class));
      return;
    }
    // A look-up per row by that row's own id under an OR, as the check makes it: with the cache MariaDB counts 200
    // misses a statement (then gives up on it), in a counter of the whole server.
    String lookUps = "select count(*) from seq_1_to_300 S where S.seq < 0 or exists (select 1 from"
        + " ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = concat('no-such-resource-', S.seq))";
    long plain = subqueryCacheMisses(lookUps);
    long withSetting = subqueryCacheMisses(AuthorizationJoinAsExists.WITHOUT_SUBQUERY_CACHE + lookUps);

    assertThat(plain).as("misses without the setting, five statements").isGreaterThanOrEqualTo(1_000);
    assertThat(withSetting).as("misses with it (other sessions may add a few)").isLessThan(plain / 2);
  }

  /** MariaDB's subquery cache misses, server-wide, while the statement runs five times. */
  private long subqueryCacheMisses(String sql) {
    String misses = "show global status like 'Subquery_cache_miss'";
    long before = jdbc.queryForObject(misses, (row, n) -> row.getLong(2));
    for (int i = 0; i < 5; i++) {
      assertThat(jdbc.queryForObject(sql, Long.class)).isZero();
    }
    return jdbc.queryForObject(misses, (row, n) -> row.getLong(2)) - before;
  }

  /** The SQL the engine sends for that statement of {@link AuthorizationJoinAsExists#STATEMENTS}, as sjzreviewer. */
  private String renderedAsTheReviewer(int statement, Function<CommandContext, Object> query) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      // Authenticated inside the command: the platform's guard lets only administrators run commands of their own.
      identityService.setAuthentication("sjzreviewer", List.of("HE-SJZ", "reviewer"));
      try {
        return configuration.getSqlSessionFactory().getConfiguration()
            .getMappedStatement(AuthorizationJoinAsExists.STATEMENTS.get(statement)).getBoundSql(query.apply(context))
            .getSql();
      } finally {
        identityService.clearAuthentication();
      }
    });
  }

  /** The case's tasks the user sees: by list, by count and by page; all agree. */
  private List<String> visible(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      TaskQuery query = taskService.createTaskQuery().processInstanceId(processInstanceId);
      List<String> listed = query.orderByDueDate().asc().listPage(0, 50).stream().map(Task::getId).toList();
      long counted = taskService.createTaskQuery().processInstanceId(processInstanceId).count();
      List<String> paged = taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime()
          .desc().listPage(0, 15).stream().map(Task::getId).toList();
      assertThat(counted).as("count of %s", user).isEqualTo(listed.size());
      assertThat(paged).as("page of %s", user).containsExactlyInAnyOrderElementsOf(listed);
      return listed;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Camunda's own setup of the query's authorization check (protected in Camunda: the engine calls it). */
  private static void configureVariableInstanceQuery(AuthorizationManager manager, VariableInstanceQueryImpl query) {
    try {
      Method configure = AuthorizationManager.class.getDeclaredMethod("configureVariableInstanceQuery",
          VariableInstanceQueryImpl.class);
      configure.setAccessible(true);
      configure.invoke(manager, query);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the case's variables the user reads by the variable query; its count agrees. */
  private List<String> variables(String user, List<String> groups) {
    identityService.setAuthentication(user, groups);
    try {
      List<String> names = runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
          .listPage(0, 200).stream().map(VariableInstance::getName).toList();
      long counted = runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).count();
      assertThat(counted).as("variables counted for %s", user).isEqualTo(names.size());
      return names;
    } finally {
      identityService.clearAuthentication();
    }
  }


}
