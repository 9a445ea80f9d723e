package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ADR 0028: full history less the flow nodes a model marks {@code history=none}, on the process tests' engine. */
class ModelledActivityHistoryTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .build();

  String deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine().getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void shouldResolveFullToTheLevelThatReadsTheModelAndStayEqualToCamundasFull() {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getHistoryLevel();

    assertThat(level).isInstanceOf(ModelledActivityHistory.Level.class);
    assertThat(level.getName()).isEqualTo("full");
    assertThat(level).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL).hasSameHashCodeAs(HistoryLevel.HISTORY_LEVEL_FULL);
  }

  /** ADR 0032: evaluations whose caller records the version leave no decision history; every other keeps it. */
  @Test
  void shouldLeaveOutTheDecisionHistoryOfEvaluationsRecordedByTheirCallerOnly() {
    deployment = engine().getRepositoryService().createDeployment()
        .addClasspathResource("dmn/certificate-level.dmn").deploy().getId();
    var decisions = engine().getDecisionService();
    Map<String, Object> certificate = Map.of("certificate", "助理社会工作师");

    String level = ModelledActivityHistory.withoutDecisionHistory(() -> decisions
        .evaluateDecisionByKey("certificate-level").variables(certificate).evaluate().<String>getSingleEntry());
    long afterUnrecorded = decisionHistory();
    // Nested, then the flag cleared on the way out, also when the evaluation fails.
    ModelledActivityHistory.withoutDecisionHistory(() -> {
      ModelledActivityHistory.withoutDecisionHistory(() ->
          decisions.evaluateDecisionByKey("certificate-level").variables(certificate).evaluate());
      // Still without history once the inner call has returned.
      return decisions.evaluateDecisionByKey("certificate-level").variables(certificate).evaluate();
    });
    assertThatThrownBy(() -> ModelledActivityHistory.withoutDecisionHistory(() -> {
      decisions.evaluateDecisionByKey("certificate-level").variables(certificate).evaluate();
      throw new IllegalStateException("the caller fails after the evaluation");
    })).hasMessageContaining("caller fails");
    long afterNested = decisionHistory();
    decisions.evaluateDecisionByKey("certificate-level").variables(certificate).evaluate();

    assertThat(level).isEqualTo("LEVEL_3");
    assertThat(afterUnrecorded).isZero();
    assertThat(afterNested).isZero();
    assertThat(decisionHistory()).as("an evaluation outside keeps its history").isEqualTo(1);
  }

  private long decisionHistory() {
    return engine().getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("certificate-level")
        .count();
  }

  @Test
  void shouldLeaveOutTheMarkedStepAndKeepEveryOther() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("history-marks").camundaHistoryTimeToLive(1)
        .startEvent("started")
        .serviceTask("marked").camundaExpression("${true}")
        .exclusiveGateway("also-marked")
        .serviceTask("kept").camundaExpression("${true}")
        .userTask("waiting")
        .endEvent("ended")
        .done();
    property(model, "marked", "none");
    property(model, "also-marked", "none");
    property(model, "kept", "all");
    String instance = start(model);

    assertThat(activities(instance)).containsExactlyInAnyOrder("started", "kept", "waiting");
    String task = engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    engine().getTaskService().complete(task);
    assertThat(activities(instance)).containsExactlyInAnyOrder("started", "kept", "waiting", "ended");
    assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
        .unfinished().count()).as("every row written has its end").isZero();
  }

  @Test
  void shouldKeepTheHistoryOfAMarkedStepThatHoldsOthers() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("history-scope").camundaHistoryTimeToLive(1)
        .startEvent("started")
        .subProcess("holder").embeddedSubProcess()
          .startEvent("inner-started").userTask("inner-waiting").endEvent("inner-ended")
        .subProcessDone()
        .endEvent("ended")
        .done();
    property(model, "holder", "none");
    String instance = start(model);

    assertThat(activities(instance)).contains("holder", "inner-waiting");
  }

  /** The extension property {@code history} on a flow node, as the Modeler writes it. */
  private static void property(BpmnModelInstance model, String id, String value) {
    BaseElement element = model.getModelElementById(id);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    element.setExtensionElements(extensions);
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(ModelledActivityHistory.PROPERTY);
    property.setCamundaValue(value);
    extensions.addExtensionElement(CamundaProperties.class).addChildElement(property);
  }

  private String start(BpmnModelInstance model) {
    deployment = engine().getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy()
        .getId();
    String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
        .getId();
    return engine().getRuntimeService().startProcessInstanceByKey(key).getId();
  }

  private List<String> activities(String instance) {
    return engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list()
        .stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private static ProcessEngine engine() {
    return engineExtension.getProcessEngine();
  }
}
