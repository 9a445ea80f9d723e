package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.ProbeGrants;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whether a caller may work a task, by each way Camunda grants it (the user, a group or everyone; on the task, on
 * every task, on its definition, on every definition; by TASK_WORK or UPDATE) and by ways that must not (another
 * permission, task, group, user or resource type): the same answers on H2, where Camunda's statement runs, and on
 * MariaDB, where the platform asks by look-ups ({@link PermissionCheckAsLookUps}). On MariaDB, the two statements
 * also answer alike for random grants and checks.
 */
@PlatformIT
class PermissionCheckAsLookUpsIT {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  DataSource dataSource;

  private ProbeGrants probes;
  private final List<String> globalGrants = new ArrayList<>();
  private String task;
  private String key;

  @BeforeEach
  void probes() {
    probes = new ProbeGrants(identityService, authorizationService);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    // Resource ids of no real task or definition: global grants on them reach no other test.
    task = "probe-task-" + suffix;
    key = "probe-key-" + suffix;
  }

  @AfterEach
  void removeGrants() {
    globalGrants.forEach(authorizationService::deleteAuthorization);
    globalGrants.clear();
    probes.removeAll();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByTheirGrantOnIt() {
    String user = probes.user();
    probes.grant(user, Resources.TASK, task, TaskPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of())).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByAGroupsUpdateOnIt() {
    String user = probes.user();
    String group = probes.group();
    probes.grantGroup(group, Resources.TASK, task, Permissions.UPDATE);

    assertThat(mayWork(user, List.of(probes.group(), group))).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByTheirGrantOnEveryTask() {
    String user = probes.user();
    probes.grant(user, Resources.TASK, Authorization.ANY, TaskPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of())).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByAGroupsGrantOnItsDefinition() {
    String user = probes.user();
    String group = probes.group();
    probes.grantGroup(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.UPDATE_TASK);

    assertThat(mayWork(user, List.of(group))).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByAGroupsGrantOnEveryDefinition() {
    String user = probes.user();
    String group = probes.group();
    probes.grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of(group))).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByAGlobalGrantOnIt() {
    String user = probes.user();
    globalGrant(Resources.TASK, task, Permissions.UPDATE);

    assertThat(mayWork(user, List.of())).isTrue();
  }

  @Test
  void shouldLetTheUserWorkTheTaskByAGlobalGrantOnItsDefinition() {
    String user = probes.user();
    globalGrant(Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of(probes.group()))).isTrue();
  }

  @Test
  void shouldNotLetTheUserWorkTheTaskWithoutAGrant() {
    assertThat(mayWork(probes.user(), List.of(probes.group()))).isFalse();
  }

  @Test
  void shouldNotLetTheUserWorkTheTaskByAGrantToReadIt() {
    String user = probes.user();
    String group = probes.group();
    probes.grant(user, Resources.TASK, task, Permissions.READ);
    probes.grantGroup(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_TASK);
    globalGrant(Resources.TASK, task, TaskPermissions.READ_VARIABLE);

    assertThat(mayWork(user, List.of(group))).isFalse();
  }

  @Test
  void shouldNotLetTheUserWorkTheTaskByAGrantOnAnotherTaskOrDefinition() {
    String user = probes.user();
    probes.grant(user, Resources.TASK, task + "-other", TaskPermissions.TASK_WORK);
    probes.grant(user, Resources.PROCESS_DEFINITION, key + "-other", ProcessDefinitionPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of())).isFalse();
  }

  @Test
  void shouldNotLetTheUserWorkTheTaskByAnotherUsersOrGroupsGrant() {
    String user = probes.user();
    String group = probes.group();
    probes.grant(probes.user(), Resources.TASK, task, TaskPermissions.TASK_WORK);
    probes.grantGroup(probes.group(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.TASK_WORK);

    assertThat(mayWork(user, List.of(group))).isFalse();
  }

  @Test
  void shouldNotLetTheUserWorkTheTaskByAGrantOfAnotherResourceTypeUnderItsId() {
    String user = probes.user();
    // A process instance and a definition-type grant named as the task, a task-type grant named as the definition.
    probes.grant(user, Resources.PROCESS_INSTANCE, task, Permissions.UPDATE);
    probes.grant(user, Resources.TASK, key, Permissions.UPDATE);

    assertThat(mayWork(user, List.of())).isFalse();
  }

  @Test
  void shouldAskByLookUpsOnMySqlOnly() {
    MappedStatement statement = statement();
    if (TestDatabase.isMySql()) {
      assertThat(statement.getSqlSource()).isInstanceOf(PermissionCheckAsLookUps.LookUps.class);
      String sql = statement.getSqlSource().getBoundSql(check(probes.user(), List.of("g1", "g2"))).getSql();
      assertThat(sql).startsWith("SELECT CASE WHEN EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A FORCE INDEX ("
          + EngineIndexes.AUTHORIZATION_BY_RESOURCE + ")").doesNotContain("IFNULL");
    } else {
      assertThat(statement.getSqlSource()).isNotInstanceOf(PermissionCheckAsLookUps.LookUps.class);
    }
  }

  /** Camunda's statement and the look-ups give the same answer for every one of 400 random checks. */
  @Test
  void shouldAnswerAsCamundaForRandomGrantsAndChecks() throws SQLException {
    assumeTrue(TestDatabase.isMySql(), "the look-ups are MySQL's and MariaDB's; H2 runs Camunda's statement");
    Random random = new Random(20261203L);
    List<String> users = List.of(probes.user(), probes.user(), probes.user());
    List<String> groups = List.of(probes.group(), probes.group(), probes.group(), probes.group());
    List<String> tasks = List.of(task, task + "-2", Authorization.ANY);
    List<String> keys = List.of(key, key + "-2", Authorization.ANY);
    Set<String> held = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      boolean onTask = random.nextBoolean();
      Resource resource = onTask ? Resources.TASK : Resources.PROCESS_DEFINITION;
      String id = (onTask ? tasks : keys).get(random.nextInt(3));
      Permission permission = randomPermission(random, onTask);
      int holder = random.nextInt(8);
      if (holder == 7 && !id.equals(Authorization.ANY) && held.add("*/" + resource + "/" + id)) {
        globalGrant(resource, id, permission);
      } else if (holder < 3 && held.add("u" + holder + "/" + resource + "/" + id)) {
        probes.grant(users.get(holder), resource, id, permission);
      } else if (holder >= 3 && holder < 7 && held.add("g" + holder + "/" + resource + "/" + id)) {
        probes.grantGroup(groups.get(holder - 3), resource, id, permission);
      }
    }
    MappedStatement statement = statement();
    PermissionCheckAsLookUps.LookUps lookUps = (PermissionCheckAsLookUps.LookUps) statement.getSqlSource();
    int granted = 0;
    int refused = 0;
    for (int i = 0; i < 400; i++) {
      CompositePermissionCheck permissions = new CompositePermissionCheck(true);
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        boolean onTask = random.nextBoolean();
        permissions.addAtomicCheck(atomic(onTask ? Resources.TASK : Resources.PROCESS_DEFINITION,
            (onTask ? tasks : keys).get(random.nextInt(3)), randomPermission(random, onTask)));
      }
      List<String> callerGroups = groups.stream().filter(g -> random.nextInt(3) == 0).toList();
      String user = random.nextInt(5) == 0 ? "nobody-" + i : users.get(random.nextInt(3));
      AuthorizationCheck check = new AuthorizationCheck(user, new ArrayList<>(callerGroups), permissions, false);

      boolean camunda = answer(statement, lookUps.camunda().getBoundSql(check), check);
      boolean asked = answer(statement, lookUps.getBoundSql(check), check);

      assertThat(asked).as("check %d: %s", i, lookUps.getBoundSql(check).getSql()).isEqualTo(camunda);
      if (camunda) {
        granted++;
      } else {
        refused++;
      }
    }
    assertThat(granted).as("checks granted").isGreaterThan(80);
    assertThat(refused).as("checks refused").isGreaterThan(80);
  }

  @Test
  void shouldLeaveOtherShapesToCamunda() {
    CompositePermissionCheck conjunctive = new CompositePermissionCheck(false);
    conjunctive.addAtomicCheck(atomic(Resources.TASK, task, Permissions.READ));
    conjunctive.addAtomicCheck(atomic(Resources.TASK, task, Permissions.UPDATE));
    CompositePermissionCheck disjunctive = new CompositePermissionCheck(true);
    disjunctive.addAtomicCheck(atomic(Resources.TASK, task, Permissions.READ));
    CompositePermissionCheck onAColumn = new CompositePermissionCheck(true);
    PermissionCheck column = atomic(Resources.TASK, null, Permissions.READ);
    column.setResourceIdQueryParam("RES.ID_");
    onAColumn.addAtomicCheck(column);

    assertThat(PermissionCheckAsLookUps.LookUps.fits(new AuthorizationCheck("u", List.of(), conjunctive, false)))
        .isFalse();
    assertThat(PermissionCheckAsLookUps.LookUps.fits(new AuthorizationCheck("u", List.of(), disjunctive, true)))
        .as("revocations checked").isFalse();
    assertThat(PermissionCheckAsLookUps.LookUps.fits(new AuthorizationCheck("u", List.of(), disjunctive, false)))
        .isTrue();
    assertThat(PermissionCheckAsLookUps.LookUps.fits(new AuthorizationCheck("u", List.of(), onAColumn, false)))
        .as("a query's column").isFalse();
    CompositePermissionCheck notFoundAnswered = new CompositePermissionCheck(true);
    PermissionCheck answered = atomic(Resources.TASK, task, Permissions.READ);
    answered.setAuthorizationNotFoundReturnValue(0L);
    notFoundAnswered.addAtomicCheck(answered);
    notFoundAnswered.addAtomicCheck(atomic(Resources.TASK, task, Permissions.UPDATE));
    assertThat(PermissionCheckAsLookUps.LookUps.fits(new AuthorizationCheck("u", List.of(), notFoundAnswered,
        false))).as("an answer of its own for no grant found").isFalse();
  }

  private boolean mayWork(String user, List<String> groups) {
    AuthorizationCheck check = check(user, groups);
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().isAuthorized(user, groups, check.getPermissionChecks()));
  }

  /** What Camunda asks before a task is completed, claimed or its variables set ({@code checkTaskWork}). */
  private AuthorizationCheck check(String user, List<String> groups) {
    CompositePermissionCheck taskWork = new CompositePermissionCheck(true);
    taskWork.addAtomicCheck(atomic(Resources.TASK, task, TaskPermissions.TASK_WORK));
    taskWork.addAtomicCheck(atomic(Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.TASK_WORK));
    taskWork.addAtomicCheck(atomic(Resources.TASK, task, Permissions.UPDATE));
    taskWork.addAtomicCheck(atomic(Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.UPDATE_TASK));
    return new AuthorizationCheck(user, new ArrayList<>(groups), taskWork, false);
  }

  private static PermissionCheck atomic(Resource resource, String id, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(id);
    check.setPermission(permission);
    return check;
  }

  private void globalGrant(Resource resource, String id, Permission permission) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    grant.setUserId(Authorization.ANY);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(permission);
    globalGrants.add(authorizationService.saveAuthorization(grant).getId());
  }

  private static Permission randomPermission(Random random, boolean onTask) {
    Permission[] permissions = onTask
        ? new Permission[] {Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK,
            TaskPermissions.TASK_ASSIGN, TaskPermissions.READ_VARIABLE}
        : new Permission[] {Permissions.READ, ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
            ProcessDefinitionPermissions.CREATE_INSTANCE};
    return permissions[random.nextInt(permissions.length)];
  }

  private MappedStatement statement() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
        .getConfiguration().getMappedStatement(PermissionCheckAsLookUps.STATEMENT);
  }

  /** The statement run as the engine runs it: granted when a row answers 1 ({@code DbEntityManager.selectBoolean}). */
  private boolean answer(MappedStatement statement, BoundSql bound, AuthorizationCheck check) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement sql = connection.prepareStatement(bound.getSql())) {
      new DefaultParameterHandler(statement, check, bound).setParameters(sql);
      try (ResultSet rows = sql.executeQuery()) {
        boolean granted = false;
        while (rows.next()) {
          granted |= rows.getInt(1) == 1 && !rows.wasNull();
        }
        return granted;
      }
    }
  }
}
