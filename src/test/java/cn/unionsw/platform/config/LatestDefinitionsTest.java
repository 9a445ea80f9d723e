package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.junit.jupiter.api.Test;

/** Which queries for a latest version are kept, and under which question. */
class LatestDefinitionsTest {

  private static final LatestDefinitions.Shape DECISION = new LatestDefinitions.Shape(DecisionDefinitionQueryImpl.class);
  private static final LatestDefinitions.Shape PROCESS = new LatestDefinitions.Shape(ProcessDefinitionQueryImpl.class);
  private static final Page SINGLE = new Page(0, 2);

  @Test
  void shouldKeepOnlyTheLatestVersionOfOneKeyWithoutTenantFromItsFirstRow() {
    assertThat(matches(DECISION, decision(), SINGLE)).isTrue();
    assertThat(matches(DECISION, decision(), null)).isTrue();
    assertThat(matches(PROCESS, process(), SINGLE)).isTrue();

    assertThat(matches(DECISION, decision(), new Page(1, 1))).as("a later page").isFalse();
    assertThat(matches(DECISION, decision().versionTag("v1"), SINGLE)).as("one more criterion").isFalse();
    assertThat(matches(DECISION, decision().decisionDefinitionName("名"), SINGLE)).isFalse();
    assertThat(matches(DECISION, decision().orderByDecisionDefinitionVersion().asc(), SINGLE)).as("sorted").isFalse();
    assertThat(matches(DECISION, new DecisionDefinitionQueryImpl().decisionDefinitionKey("k").latestVersion(), SINGLE))
        .as("of any tenant").isFalse();
    assertThat(matches(DECISION, new DecisionDefinitionQueryImpl().decisionDefinitionKey("k").tenantIdIn("t")
        .latestVersion(), SINGLE)).as("of a tenant").isFalse();
    assertThat(matches(DECISION, new DecisionDefinitionQueryImpl().decisionDefinitionKey("k").tenantIdIn()
        .latestVersion(), SINGLE)).as("of no tenant listed: of any tenant in Camunda's SQL").isFalse();
    assertThat(matches(PROCESS, new ProcessDefinitionQueryImpl().processDefinitionKey("k").tenantIdIn()
        .latestVersion(), SINGLE)).isFalse();
    assertThat(matches(DECISION, new DecisionDefinitionQueryImpl().decisionDefinitionKey("k").withoutTenantId(),
        SINGLE)).as("every version").isFalse();
    assertThat(matches(PROCESS, process().suspended(), SINGLE)).isFalse();
    assertThat(matches(PROCESS, process().startablePermissionCheck(), SINGLE)).isFalse();
    assertThat(matches(PROCESS, process().processDefinitionKeyIn("k", "l"), SINGLE)).isFalse();
    assertThat(matches(PROCESS, decision(), SINGLE)).as("another query's class").isFalse();
  }

  @Test
  void shouldAskOneQuestionPerCallerGroupsAndTenants() {
    String asked = question("u", List.of("a", "b"), tenants(true, "t"));

    assertThat(question("u", List.of("b", "a"), tenants(true, "t"))).isEqualTo(asked);
    assertThat(question("v", List.of("a", "b"), tenants(true, "t"))).isNotEqualTo(asked);
    assertThat(question("u", List.of("a"), tenants(true, "t"))).isNotEqualTo(asked);
    assertThat(question("u", List.of("a", "b"), tenants(true))).isNotEqualTo(asked);
    assertThat(question("u", List.of("a", "b"), tenants(false))).isNotEqualTo(asked);
    assertThat(GrantAnswers.latestQuestion("process", "k", check("u", List.of("a", "b"),
        Resources.DECISION_DEFINITION), tenants(true, "t"))).as("another kind").isNotEqualTo(asked);
    assertThat(GrantAnswers.latestQuestion("decision", "k2", check("u", List.of("a", "b"),
        Resources.DECISION_DEFINITION), tenants(true, "t"))).as("another key").isNotEqualTo(asked);

    assertThat(GrantAnswers.latestQuestion("decision", "k", check("u", List.of(), Resources.TASK), tenants(false)))
        .as("filtered by grants that do not move the stamp").isNull();
    assertThat(GrantAnswers.latestQuestion("decision", "k", new AuthorizationCheck(), tenants(false)))
        .as("unchecked: the same for everyone").isEqualTo(GrantAnswers.latestQuestion("decision", "k",
            new AuthorizationCheck(), tenants(false)))
        .isNotEqualTo(question("u", List.of(), tenants(false)));
  }

  private static boolean matches(LatestDefinitions.Shape shape, Object query, Page page) {
    return shape.matches((AbstractQuery<?, ?>) query, page);
  }

  private static DecisionDefinitionQueryImpl decision() {
    return (DecisionDefinitionQueryImpl) new DecisionDefinitionQueryImpl().decisionDefinitionKey("k").withoutTenantId()
        .latestVersion();
  }

  private static ProcessDefinitionQueryImpl process() {
    return (ProcessDefinitionQueryImpl) new ProcessDefinitionQueryImpl().processDefinitionKey("k").withoutTenantId()
        .latestVersion();
  }

  private static String question(String user, List<String> groups, TenantCheck tenants) {
    return GrantAnswers.latestQuestion("decision", "k", check(user, groups, Resources.DECISION_DEFINITION), tenants);
  }

  /** Camunda's check of a definitions' query: READ on the type, by the row's key. */
  private static AuthorizationCheck check(String user, List<String> groups, Resources type) {
    PermissionCheck read = new PermissionCheck();
    read.setResource(type);
    read.setPermission(Permissions.READ);
    read.setResourceIdQueryParam("RES.KEY_");
    CompositePermissionCheck checks = new CompositePermissionCheck();
    checks.addAtomicCheck(read);
    AuthorizationCheck check = new AuthorizationCheck(user, groups, checks, false);
    // As Camunda's AuthorizationManager leaves it: enabled, shouldPerformAuthorizatioCheck untouched (false).
    check.setAuthorizationCheckEnabled(true);
    return check;
  }

  private static TenantCheck tenants(boolean enabled, String... ids) {
    TenantCheck tenants = new TenantCheck();
    tenants.setTenantCheckEnabled(enabled);
    tenants.setAuthTenantIds(List.of(ids));
    return tenants;
  }
}
