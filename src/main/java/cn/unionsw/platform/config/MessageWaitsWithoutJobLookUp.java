package cn.unionsw.platform.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.springframework.stereotype.Component;

/**
 * A message wait's subscription is deleted without looking for jobs that would deliver it later. Camunda looks, for
 * every subscription it deletes, for jobs of the kind that deliver an event asynchronously ({@code event}, configured
 * with the subscription's id), one statement each time. The engine makes such jobs only for signal subscriptions (a
 * signal thrown asynchronously) and compensation; a message is always delivered in the transaction that receives it.
 * So for a message subscription the answer is always none, and a recruitment stage asked it once per candidate: a
 * ninth of the database's statement time of a stage's advance in MariaDB's digest (docs/benchmarks.md, ADR 0029).
 * Every other kind of subscription is deleted as Camunda deletes it.
 */
@Component
public class MessageWaitsWithoutJobLookUp extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, EventSubscriptionManager.class, Subscriptions::new);
  }

  /** Camunda's manager of event subscriptions, which deletes a message subscription alone. */
  static final class Subscriptions extends EventSubscriptionManager {

    @Override
    public void deleteEventSubscription(EventSubscriptionEntity subscription) {
      if (subscription.isSubscriptionForEventType(EventType.MESSAGE)) {
        getDbEntityManager().delete(subscription);
      } else {
        super.deleteEventSubscription(subscription);
      }
    }
  }
}
