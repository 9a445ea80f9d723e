package cn.unionsw.platform.login;

import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with the platform's {@link LoginGuard} in the place of Camunda's own login
 * lock ({@code login-max-attempts}, which after the last attempt stays until an administrator lifts it). Every
 * door that checks a password passes here: HTTP Basic on {@code /api} and {@code /engine-rest}, the web apps'
 * login form, engine REST's {@code identity/verify}, a password change.
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
