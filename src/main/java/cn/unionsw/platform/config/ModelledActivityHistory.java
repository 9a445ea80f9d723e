package cn.unionsw.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Full history, except for the activities a model marks as leaving none: a flow node with the extension property
 * {@code history} = {@code none} (the Modeler's "Extension properties") writes no row to {@code ACT_HI_ACTINST} when it
 * is entered or left. Everything else is Camunda's full history: the process instance, the other activities,
 * variables and their updates, decisions, tasks, the operation log.
 *
 * <p>Meant for the steps a machine passes through thousands of times a round without anyone waiting there: the
 * recruitment's gateways and the service tasks that read a stage's result (ADR 0028). Each of them cost two history
 * writes per candidate per stage (the row inserted, then updated with its end) into a table of eleven indexes, the
 * largest single share of a stage's database time; the candidate's result is recorded in the platform's own tables.
 *
 * <p>The level keeps the name and id of Camunda's {@code full}: a database written at {@code full} starts with it and
 * one written with it starts at {@code full}. The property is read from the model when it is parsed, so that a model
 * deployed at run time decides for its own instances; an instance migrated between versions that disagree may keep a
 * row without its end.
 */
@Component
public class ModelledActivityHistory extends AbstractProcessEnginePlugin {

  /** The extension property, and the activity property the parse leaves for the history level. */
  static final String PROPERTY = "history";
  static final String NONE = "none";
  private static final String SKIPPED = ModelledActivityHistory.class.getName() + ".skipped";

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    // The last level of a name wins when the engine resolves "full": this one, after Camunda's own. Another level
    // configured by name (audit, activity) is resolved as before.
    levels.add(new Level());
    configuration.setCustomHistoryLevels(levels);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new MarkSkipped());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Camunda's full history, without the activity events of activities marked at parse. */
  static final class Level extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof ExecutionEntity execution && ACTIVITY_EVENTS.contains(eventType)) {
        ActivityImpl activity = execution.getActivity();
        return activity == null || activity.getProperty(SKIPPED) == null;
      }
      return true;
    }

    /** Equal to Camunda's full level, as the engine compares levels: by id. */
    @Override
    public boolean equals(Object other) {
      return other instanceof HistoryLevel level && level.getId() == getId();
    }

    @Override
    public int hashCode() {
      return getId();
    }
  }

  /** Marks every flow node of a parsed process, at any depth, whose extension property says it keeps no history. */
  static final class MarkSkipped extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      mark(processElement, processDefinition);
    }

    private static void mark(Element scope, ProcessDefinitionEntity definition) {
      for (Element element : scope.elements()) {
        String id = element.attribute("id");
        if (id != null && NONE.equals(property(element))) {
          ActivityImpl activity = definition.findActivity(id);
          if (activity != null) {
            activity.setProperty(SKIPPED, Boolean.TRUE);
          }
        }
        if (!"extensionElements".equals(element.getTagName())) {
          mark(element, definition);
        }
      }
    }

    private static String property(Element element) {
      Element extensions = element.element("extensionElements");
      Element properties = extensions == null ? null
          : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
      if (properties == null) {
        return null;
      }
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (PROPERTY.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
      return null;
    }
  }
}
