package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.RecruitmentProcess.Vars.PASSED;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * recruitment, check-&lt;stage&gt;: the candidate's own result of the stage it waited at, read from the platform's
 * table when the stage's batch moves it on. The task names its stage by the extension property {@code stage} (the
 * Modeler's "Extension properties"), read from the model once per definition: an input parameter would be a variable
 * written, deleted and kept in the history for every candidate at every stage (a third of a stage's history rows).
 * Instances of earlier versions of the model carry it as that input parameter, which is read where the property is
 * missing. The answer is set for the gateway that follows, in this transaction only ({@link
 * cn.unionsw.platform.review.Variable#onTransient}): the candidate's row records it.
 */
@Component("stageResultDelegate")
class StageResultDelegate implements JavaDelegate {

  static final String STAGE = "stage";

  private final Recruitment recruitment;
  private final Map<String, Optional<Stage>> stages = new ConcurrentHashMap<>();

  StageResultDelegate(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PASSED.onTransient(execution, recruitment.stageResult(RecruitmentProcess.candidateOf(execution), stage(execution)));
  }

  private Stage stage(DelegateExecution execution) {
    Optional<Stage> named = stages.computeIfAbsent(execution.getProcessDefinitionId() + " "
        + execution.getCurrentActivityId(), key -> property(execution.getBpmnModelElementInstance()
        .getExtensionElements()).map(Stage::valueOf));
    return named.orElseGet(() -> {
      Object parameter = execution.getVariableLocal(STAGE);
      if (parameter == null) {
        throw new IllegalStateException("Task " + execution.getCurrentActivityId() + " of "
            + execution.getProcessDefinitionId() + " names no stage: give it the extension property " + STAGE);
      }
      return Stage.valueOf(parameter.toString());
    });
  }

  private static Optional<String> property(ExtensionElements extensions) {
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> STAGE.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }
}
