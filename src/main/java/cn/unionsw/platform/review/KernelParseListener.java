package cn.unionsw.platform.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the kernel to every declared process as the engine parses it, so that a model changed in the Modeler
 * and deployed at run time still records its starter, numbers its case and records its reviews: the case start
 * listener on the process, the step listener on each declared user task.
 */
@Component
class KernelParseListener extends AbstractProcessEnginePlugin {

  private final Declarations declarations;
  private final ExecutionListener caseStart;
  private final TaskListener steps;

  @Autowired
  KernelParseListener(Declarations declarations, @Lazy CaseStartListener caseStart, @Lazy StepListener steps) {
    this(declarations, (ExecutionListener) caseStart, (TaskListener) steps);
  }

  /** For an engine built without Spring (the process tests). */
  KernelParseListener(Declarations declarations, ExecutionListener caseStart, TaskListener steps) {
    this.declarations = declarations;
    this.caseStart = caseStart;
    this.steps = steps;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new Attach());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class Attach extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (declarations.find(processDefinition.getKey()).isPresent()) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, caseStart);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
      boolean declared = declarations.find(processKey).flatMap(d -> d.step(activity.getId())).isPresent();
      if (declared) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
          definition.addTaskListener(event, steps);
        }
      }
    }
  }
}
