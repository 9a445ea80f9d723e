package cn.unionsw.platform.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/** Gives the engine the {@link GuardedIdentityProvider} instead of its own database identity provider. */
@Component
class LoginProtectionPlugin extends AbstractProcessEnginePlugin {

  private final LoginGuard guard;

  LoginProtectionPlugin(LoginGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return GuardedIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new GuardedIdentityProvider(guard);
      }
    });
  }
}
