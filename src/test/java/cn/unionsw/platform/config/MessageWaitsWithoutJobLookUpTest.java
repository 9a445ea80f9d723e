package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A message wait's subscription is deleted without the look-up for asynchronous delivery jobs; a signal's, which
 * can have one, as Camunda deletes it, its pending delivery job with it.
 */
class MessageWaitsWithoutJobLookUpTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .build();

  String deployment;

  @BeforeEach
  void deploy() {
    BpmnModelInstance thrower = Bpmn.createExecutableProcess("signal-throw").camundaHistoryTimeToLive(1)
        .startEvent().intermediateThrowEvent("publish").signal("published").endEvent()
        .done();
    thrower.getModelElementsByType(SignalEventDefinition.class).forEach(signal -> signal.setCamundaAsync(true));
    deployment = engine().getRepositoryService().createDeployment()
        .addModelInstance("message-wait.bpmn", Bpmn.createExecutableProcess("message-wait")
            .camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("waiting").message("results").userTask("after").endEvent()
            .done())
        .addModelInstance("signal-wait.bpmn", Bpmn.createExecutableProcess("signal-wait")
            .camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("waiting").signal("published").userTask("after").endEvent()
            .done())
        .addModelInstance("signal-throw.bpmn", thrower)
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine().getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void shouldBeTheEnginesManagerOfEventSubscriptions() {
    EventSubscriptionManager manager = configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getEventSubscriptionManager());

    assertThat(manager).isInstanceOf(MessageWaitsWithoutJobLookUp.Subscriptions.class);
  }

  @Test
  void shouldDeleteAMessageWaitsSubscriptionWhenTheMessageArrivesAndWhenTheInstanceIsCancelled() {
    String delivered = engine().getRuntimeService().startProcessInstanceByKey("message-wait").getId();
    String cancelled = engine().getRuntimeService().startProcessInstanceByKey("message-wait").getId();

    engine().getRuntimeService().createMessageCorrelation("results").processInstanceId(delivered).correlate();
    engine().getRuntimeService().deleteProcessInstance(cancelled, "withdrawn");

    assertThat(engine().getRuntimeService().getActiveActivityIds(delivered)).containsExactly("after");
    assertThat(engine().getRuntimeService().createEventSubscriptionQuery().count()).isZero();
  }

  @Test
  void shouldDeleteASignalWaitsPendingDeliveryJobWithItsSubscription() {
    String waiting = engine().getRuntimeService().startProcessInstanceByKey("signal-wait").getId();
    engine().getRuntimeService().startProcessInstanceByKey("signal-throw");
    assertThat(engine().getManagementService().createJobQuery().processInstanceId(waiting).count())
        .as("the signal's delivery to the waiting instance, thrown asynchronously").isEqualTo(1);

    engine().getRuntimeService().deleteProcessInstance(waiting, "withdrawn");

    assertThat(engine().getManagementService().createJobQuery().processInstanceId(waiting).count()).isZero();
    assertThat(engine().getRuntimeService().createEventSubscriptionQuery().count()).isZero();
  }

  private static ProcessEngine engine() {
    return engineExtension.getProcessEngine();
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }
}
