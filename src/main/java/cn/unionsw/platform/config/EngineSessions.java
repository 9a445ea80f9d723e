package cn.unionsw.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * One of Camunda's managers replaced, in every command, by a subclass of the platform's: a custom session factory of
 * the manager's type, which the engine puts in place of its own when it builds (call in {@code preInit}).
 */
final class EngineSessions {

  private EngineSessions() {
  }

  static void replace(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
      Supplier<? extends Session> open) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
