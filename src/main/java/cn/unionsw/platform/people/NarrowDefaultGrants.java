package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda gives every new user ALL on their own user, so a user could rename themselves ("河北省总工会 审核员") or
 * delete their account. Here a user gets READ and UPDATE on themselves, UPDATE being what a password change needs;
 * the engine guard lets that UPDATE change the password and nothing else. {@link AccessPolicy} narrows the grants of
 * users created before.
 */
@Component
class NarrowDefaultGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
      AuthorizationEntity own = new AuthorizationEntity(AUTH_TYPE_GRANT);
      own.setUserId(user.getId());
      own.setResource(Resources.USER);
      own.setResourceId(user.getId());
      own.addPermission(Permissions.READ);
      own.addPermission(Permissions.UPDATE);
      return new AuthorizationEntity[] {own};
    }
  }
}
