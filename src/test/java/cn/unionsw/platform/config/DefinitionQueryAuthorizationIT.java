package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.ProbeGrants;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Who sees a process or decision definition through the definition queries (a start or an evaluation by key through
 * engine REST asks them first), by each way Camunda grants one (on its key, on its id, on every definition), and who
 * does not (no grant, a grant without READ): list and count agree. The same answers on H2, where Camunda's own join
 * runs, and on MariaDB, where the platform asks by look-ups ({@link AuthorizationJoinAsExists}).
 */
@PlatformIT
class DefinitionQueryAuthorizationIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  private ProbeGrants probes;

  @BeforeEach
  void probes() {
    probes = new ProbeGrants(identityService, authorizationService);
  }

  @AfterEach
  void removeUsersAndGrants() {
    probes.removeAll();
  }

  @Test
  void shouldShowTheProcessDefinitionByAGrantOnItsKey() {
    String user = probes.user();
    probes.grant(user, Resources.PROCESS_DEFINITION, "post-application", Permissions.READ);

    assertThat(processes(user)).containsExactly("post-application");
  }

  @Test
  void shouldShowTheProcessDefinitionByAGrantOnItsId() {
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey("annual-evaluation")
        .latestVersion().singleResult().getId();
    String user = probes.user();
    probes.grant(user, Resources.PROCESS_DEFINITION, id, Permissions.READ);

    assertThat(processes(user)).containsExactly("annual-evaluation");
  }

  @Test
  void shouldShowEveryProcessDefinitionByAGrantOnEveryOne() {
    String user = probes.user();
    probes.grant(user, Resources.PROCESS_DEFINITION, "*", Permissions.READ);

    assertThat(processes(user)).contains("post-application", "recruitment", "evaluation-appeal")
        .hasSize((int) repositoryService.createProcessDefinitionQuery().latestVersion().count());
  }

  @Test
  void shouldHideTheProcessDefinitionsWithoutAGrantToRead() {
    String none = probes.user();
    String withoutRead = probes.user();
    probes.grant(withoutRead, Resources.PROCESS_DEFINITION, "post-application", ProcessDefinitionPermissions.CREATE_INSTANCE);

    assertThat(processes(none)).isEmpty();
    assertThat(processes(withoutRead)).isEmpty();
  }

  @Test
  void shouldShowTheDecisionDefinitionByAGrantOnItsKeyOnly() {
    String user = probes.user();
    probes.grant(user, Resources.DECISION_DEFINITION, "grade-eligibility", Permissions.READ);
    String none = probes.user();

    assertThat(decisions(user)).containsExactly("grade-eligibility");
    assertThat(decisions(none)).isEmpty();
  }

  @Test
  void shouldFindTheDefinitionByKeyThroughEngineRestForTheClerkAndNotForTheWorker() {
    // A start by key asks the latest definition by key first: the clerk applies; a worker may not read it.
    var started = Api.as(rest, "zdclerk").get("/engine-rest/process-definition/key/post-application");
    var refused = Api.as(rest, "zdworker").get("/engine-rest/process-definition/key/post-application");

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().path("key").asText()).isEqualTo("post-application");
    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldAskByLookUpsOnMySqlAndByCamundasJoinOnH2() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String sql = configuration.getCommandExecutorTxRequired().execute(context -> {
      identityService.setAuthentication("zdclerk", List.of("HE-SJZ-ZD", "clerk"));
      try {
        ProcessDefinitionQueryImpl query = (ProcessDefinitionQueryImpl) repositoryService
            .createProcessDefinitionQuery().processDefinitionKey("post-application").latestVersion();
        context.getAuthorizationManager().configureProcessDefinitionQuery(query);
        return configuration.getSqlSessionFactory().getConfiguration()
            .getMappedStatement(AuthorizationJoinAsExists.STATEMENTS.get(4)).getBoundSql(query).getSql();
      } finally {
        identityService.clearAuthentication();
      }
    });

    assertThat(AuthorizationJoinAsExists.STATEMENTS.get(4)).endsWith(".selectProcessDefinitionsByQueryCriteria");
    if (TestDatabase.isMySql()) {
      assertThat(sql).contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = RES.KEY_")
          .doesNotContain("AUTH ON", "AUTH.");
    } else {
      assertThat(sql).contains("AUTH ON").doesNotContain("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION");
    }
  }

  /** The keys of the latest process definitions the user reads; the count agrees. */
  private List<String> processes(String user) {
    identityService.setAuthentication(user, List.of());
    try {
      List<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().listPage(0, 500).stream()
          .map(ProcessDefinition::getKey).toList();
      long counted = repositoryService.createProcessDefinitionQuery().latestVersion().count();
      assertThat(counted).as("process definitions counted for %s", user).isEqualTo(keys.size());
      return keys;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The keys of the latest decision definitions the user reads; the count agrees. */
  private List<String> decisions(String user) {
    identityService.setAuthentication(user, List.of());
    try {
      List<String> keys = repositoryService.createDecisionDefinitionQuery().latestVersion().listPage(0, 500).stream()
          .map(DecisionDefinition::getKey).toList();
      long counted = repositoryService.createDecisionDefinitionQuery().latestVersion().count();
      assertThat(counted).as("decision definitions counted for %s", user).isEqualTo(keys.size());
      return keys;
    } finally {
      identityService.clearAuthentication();
    }
  }


}
