package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.security.Matrix.Undo;
import cn.unionsw.platform.support.Api;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;

/**
 * What the matrix's cells need before and after their request: a case in the right state, a filter, user or group to
 * act on, and putting back whatever an allowed cell changed (a password, a profile, a suspended definition). The
 * platform prepares and puts back, with no authenticated user, which the engine guard lets pass. Undos run after
 * every cell, allowed or not, so that a hole found in one cell does not leak into the next.
 */
final class MatrixChores {

  private final MatrixCases cases;
  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final IdentityService identity;
  private final FilterService filters;
  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  MatrixChores(MatrixCases cases, TestRestTemplate rest, TaskService tasks, IdentityService identity,
      FilterService filters, AuthorizationService authorizations, RepositoryService repository,
      ManagementService management, ProcessEngineConfigurationImpl engineConfiguration) {
    this.cases = cases;
    this.rest = rest;
    this.tasks = tasks;
    this.identity = identity;
    this.filters = filters;
    this.authorizations = authorizations;
    this.repository = repository;
    this.management = management;
    this.engineConfiguration = engineConfiguration;
  }


  Setup fresh() {
    return Matrix.sharedByRefusals(user -> MatrixCases.of(cases.fresh()));
  }

  Setup claimedBy(String holder) {
    return Matrix.sharedByRefusals(user -> MatrixCases.of(cases.freshClaimedBy(holder)));
  }

  Setup delegatedTo(String delegate) {
    return Matrix.sharedByRefusals(user -> MatrixCases.of(cases.freshDelegatedTo(delegate)));
  }

  /** A fresh copy of A whose review {@code adder} has given a co-reviewer (加签) through {@code /api}. */
  Setup coReviewed(String adder, String coReviewer, String position) {
    return Matrix.sharedByRefusals(user -> {
      MatrixCases.Case fresh = cases.fresh();
      var added = Api.as(rest, adder).post("/api/tasks/" + fresh.taskId() + "/co-reviewers",
          Map.of("userId", coReviewer, "position", position));
      assertThat(added.getStatusCode().value()).as("fixture: %s adds %s: %s", adder, coReviewer, added.getBody())
          .isEqualTo(200);
      return MatrixCases.of(fresh);
    });
  }

  Setup fill() {
    return Matrix.sharedByRefusals(user -> MatrixCases.of(cases.freshFill()));
  }

  Setup ended() {
    return Matrix.sharedByRefusals(user -> MatrixCases.of(cases.ended()));
  }

  Setup ownFilter() {
    return user -> {
      var filter = filters.newTaskFilter("矩阵自有").setOwner(user).setQuery(tasks.createTaskQuery());
      return Map.of("filter", filters.saveFilter(filter).getId());
    };
  }

  Setup profile() {
    return user -> {
      User stored = identity.createUserQuery().userId(user).singleResult();
      return Map.of("lastName", stored.getLastName(), "email", stored.getEmail(), "firstName", stored.getFirstName());
    };
  }

  static Setup newId() {
    return user -> Map.of("newId", uniqueId());
  }

  Setup victim() {
    return user -> {
      String id = uniqueId();
      User victim = identity.newUser(id);
      victim.setPassword(MatrixCases.COLLEAGUE_PASSWORD);
      identity.saveUser(victim);
      return Map.of("victim", id);
    };
  }

  Setup groupToJoin() {
    return user -> {
      if (!user.equals("admin")) {
        return Map.of("group", "camunda-admin");
      }
      String id = uniqueId();
      identity.saveGroup(identity.newGroup(id));
      return Map.of("group", id, "newGroup", id);
    };
  }

  /** For the administrator's cell: the row the administrator then deletes. */
  Setup adminPuts(String path, String json) {
    return user -> {
      if (!user.equals("admin")) {
        return Map.of();
      }
      var response = Api.as(rest, "admin").put(path, Matrix.json(json), MediaType.APPLICATION_JSON);
      assertThat(response.getStatusCode().is2xxSuccessful()).as("set-up PUT %s: %s", path, response.getBody())
          .isTrue();
      return Map.of();
    };
  }

  /** Deletes what the cell wrote, if it wrote anything. */
  Undo adminDeletes(String path) {
    return (values, reply) -> {
      if (reply != null && reply.status() / 100 == 2) {
        Api.as(rest, "admin").delete(path);
      }
    };
  }

  Undo restoreUser() {
    return (values, reply) -> {
      User user = identity.createUserQuery().userId(values.get("self")).singleResult();
      user.setFirstName(values.get("firstName"));
      user.setLastName(values.get("lastName"));
      user.setEmail(values.get("email"));
      user.setPassword(Api.DEMO_PASSWORD);
      // The demo password is below the policy, as DemoData sets it.
      engineConfiguration.getCommandExecutorTxRequired()
          .execute(new SaveUserCmd(user, true));
    };
  }

  Undo restoreColleague() {
    return (values, reply) -> {
      User user = identity.createUserQuery().userId(MatrixCases.COLLEAGUE).singleResult();
      user.setPassword(MatrixCases.COLLEAGUE_PASSWORD);
      identity.saveUser(user);
    };
  }

  Undo deleteTask(String key) {
    return (values, reply) -> {
      if (tasks.createTaskQuery().taskId(values.get(key)).count() > 0) {
        tasks.deleteTask(values.get(key), true);
      }
    };
  }

  Undo deleteTenant(String key) {
    return (values, reply) -> identity.deleteTenant(values.get(key));
  }

  Undo activateDefinition() {
    return (values, reply) -> repository.activateProcessDefinitionByKey("post-application");
  }

  Undo deleteUser(String key) {
    return (values, reply) -> identity.deleteUser(values.get(key));
  }

  Undo deleteGroup(String key) {
    return (values, reply) -> identity.deleteGroup(values.get(key));
  }

  Undo leaveGroup() {
    return (values, reply) -> {
      identity.deleteMembership(values.get("self"), values.get("group"));
      if (values.containsKey("newGroup")) {
        identity.deleteGroup(values.get("newGroup"));
      }
    };
  }

  Undo deleteOwnGrantOnEveryInstance() {
    return (values, reply) -> authorizations.createAuthorizationQuery().userIdIn(values.get("self"))
        .resourceType(Resources.PROCESS_INSTANCE).resourceId("*").list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  Undo deleteFilters(String name) {
    return (values, reply) -> filters.createFilterQuery().filterName(name).list()
        .forEach(filter -> filters.deleteFilter(filter.getId()));
  }

  Undo deleteProbeDeployments() {
    return (values, reply) -> repository.createDeploymentQuery().deploymentName("matrix-probe").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  Undo activateJobDefinition() {
    return (values, reply) -> management.activateJobDefinitionById(values.get("Ajobdef"));
  }

  private static String uniqueId() {
    return "mx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
