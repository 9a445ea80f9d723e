package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks without the two reads it makes before them in every command.
 *
 * <p><b>Groups as given.</b> Camunda's authorization checks without their first query. Before its first check in every command, Camunda reads
 * the id of every group that holds any authorization ({@code selectAuthorizedGroupIds}), to drop the caller's other
 * groups from the checks' {@code IN (…)} lists. Here the caller's groups go into the checks as they are: a group
 * without authorizations matches no authorization row, so every check answers the same, and the read goes. It
 * mattered: with a province's organisations each holding authorizations, that list is thousands of ids, read
 * again by every engine call a user makes (docs/benchmarks.md). The statement is {@code SELECT distinct GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}, over every row, a task's authorizations included.
 *
 * <p><b>Grants only.</b> Camunda's default ({@code authorizationCheckRevokes: auto}) also asks in every command
 * whether any REVOKE authorization names the caller or their groups. The platform grants and never revokes; here
 * a REVOKE authorization is refused when it is written (400, whichever door: Camunda Admin, engine REST, Java),
 * and the checks skip revocations ({@code never}), as Camunda's documentation advises where none are used. Should
 * an older database hold one, the engine keeps Camunda's {@code auto} and says so in the log, so that it still
 * counts.
 *
 * <p><b>Answers kept under the grant stamp.</b> A check whose answer depends only on grants that move the grant
 * stamp (filters, definitions, grants on a whole type) is answered from {@link GrantAnswers} when the same caller
 * asked it under the stamp their request read; otherwise, and for every other check, the database answers (ADR 0037).
 * Under the same stamp, the latest version of a definition by key is kept too ({@link LatestDefinitions}, ADR 0038).
 */
@Component
class AuthorizationChecks extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationChecks.class);

  private final GrantStamp grantStamp;
  private final GrantAnswers answers = new GrantAnswers();

  AuthorizationChecks(GrantStamp grantStamp) {
    this.grantStamp = grantStamp;
  }

  GrantAnswers answers() {
    return answers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, AuthorizationManager.class, () -> new GroupsAsGiven(grantStamp, answers));
    EngineSessions.replace(configuration, DecisionDefinitionManager.class,
        () -> new LatestDefinitions.Decisions(grantStamp, answers));
    EngineSessions.replace(configuration, ProcessDefinitionManager.class,
        () -> new LatestDefinitions.Processes(grantStamp, answers));
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revocations = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revocations > 0) {
      log.warn("{} REVOKE authorizations found: the engine checks revocations in every command (authorizationCheckRevokes"
          + " auto); the platform writes none and refuses new ones. Replace them with narrower grants to save the check.",
          revocations);
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
    }
  }

  /**
   * The command's authorization manager: checks with the caller's groups unfiltered, answers kept under the grant
   * stamp, writes grants only.
   */
  static final class GroupsAsGiven extends AuthorizationManager {

    private final GrantStamp grantStamp;
    private final GrantAnswers answers;

    GroupsAsGiven(GrantStamp grantStamp, GrantAnswers answers) {
      this.grantStamp = grantStamp;
      this.answers = answers;
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      // Camunda's, by way of the composite check it builds from the single one: the same statement either way.
      return !isAuthorizationEnabled() || isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      Long stamp = grantStamp.moving() && getCurrentAuthentication() instanceof GrantAnswers.Stamped request
          ? request.grantStamp() : null;
      if (stamp == null) {
        return super.isAuthorized(userId, groupIds, check);
      }
      // Camunda's refusal of a permission its resource does not have, before any answer is looked up.
      for (PermissionCheck atomic : check.getAllPermissionChecks()) {
        if (!isResourceValidForPermission(atomic)) {
          throw LOG.invalidResourceForPermission(atomic.getResource().resourceName(), atomic.getPermission().getName());
        }
      }
      String question = GrantAnswers.question(userId, groupIds, isRevokeAuthCheckEnabled(userId, groupIds), check);
      Boolean kept = question == null ? null : answers.answer(stamp, question);
      if (kept != null) {
        return kept;
      }
      boolean authorized = super.isAuthorized(userId, groupIds, check);
      if (question != null) {
        answers.keep(stamp, question, authorized);
      }
      return authorized;
    }

    @Override
    public void insert(DbEntity authorization) {
      refuseRevoke(authorization);
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    private static void refuseRevoke(DbEntity authorization) {
      if (authorization instanceof AuthorizationEntity entity
          && entity.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw Refusal.invalid("type", "平台只使用授予 (GRANT) 的授权，不使用撤销 (REVOKE)：请改为收窄授予 "
            + "(REVOKE authorizations are not used here; narrow the grants instead)");
      }
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      // Camunda's own answer for no groups: a mutable empty list (MyBatis calls size() on it by reflection).
      return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
          : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
