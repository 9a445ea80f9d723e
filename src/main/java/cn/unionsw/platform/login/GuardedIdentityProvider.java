package cn.unionsw.platform.login;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with two changes.
 *
 * <ul>
 *   <li>The platform's {@link LoginGuard} takes the place of Camunda's own login lock ({@code login-max-attempts},
 *       which after the last attempt stays until an administrator lifts it). Every door that checks a password
 *       passes here: HTTP Basic on {@code /api} and {@code /engine-rest}, the web apps' login form, engine REST's
 *       {@code identity/verify}, a password change.</li>
 *   <li>A user's or a group's own grants go with it. Camunda deletes the grants <em>on</em> a deleted user or group
 *       (who may read or change it) but keeps those it <em>held</em>, so a new user or group given the same id would
 *       inherit them: a county's old reviewers group, deleted and made again for another purpose, would read that
 *       county's cases at once.</li>
 * </ul>
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

  private final LoginGuard guard;

  GuardedIdentityProvider(LoginGuard guard) {
    this.guard = guard;
  }

  /** Camunda's check without its lock: neither reads nor writes {@code ACT_ID_USER}'s attempts. */
  @Override
  public boolean checkPassword(String userId, String password) {
    return guard.attempt(userId, () -> {
      UserEntity user = findUserById(userId);
      // A user an administrator made without a password has no hash to match: no password is theirs.
      return user != null && user.getPassword() != null && password != null && matchPassword(password, user);
    });
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    return withHeldGrants(super.deleteUser(userId), new AuthorizationQueryImpl().userIdIn(userId));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return withHeldGrants(super.deleteGroup(groupId), new AuthorizationQueryImpl().groupIdIn(groupId));
  }

  /**
   * Where Camunda deleted the user or group, deletes the grants it held too: as entities, in the deleting command's
   * transaction. Camunda has checked the caller's DELETE on the user or group, and the grant stamp's triggers
   * (ADR 0037) see each row go.
   */
  private IdentityOperationResult withHeldGrants(IdentityOperationResult deletion, AuthorizationQuery holder) {
    if (IdentityOperationResult.OPERATION_DELETE.equals(deletion.getOperation())) {
      var command = Context.getCommandContext();
      List<Authorization> held = command.runWithoutAuthorization(
          () -> command.getAuthorizationManager().selectAuthorizationByQueryCriteria((AuthorizationQueryImpl) holder));
      held.forEach(grant -> getDbEntityManager().delete((AuthorizationEntity) grant));
    }
    return deletion;
  }

  /**
   * Called by Camunda's {@code UnlockUserCmd}, which every unlock takes (Camunda Admin's button, engine REST,
   * {@code POST /api/users/{id}/unlock}) after checking that the caller is an administrator. Answering "unlock" for
   * any existing user makes that command write its user operation log entry (who, whom, when) every time, not only
   * when Camunda's own lock was set.
   */
  @Override
  public IdentityOperationResult unlockUser(String userId) {
    UserEntity user = findUserById(userId);
    if (user == null) {
      return new IdentityOperationResult(null, IdentityOperationResult.OPERATION_NONE);
    }
    guard.unlock(userId);
    // Clears a lock that Camunda's own rule set before the platform's guard took over.
    unlockUser(user);
    return new IdentityOperationResult(user, IdentityOperationResult.OPERATION_UNLOCK);
  }
}
