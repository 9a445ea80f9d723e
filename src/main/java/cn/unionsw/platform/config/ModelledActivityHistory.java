package cn.unionsw.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingScopeInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Full history, except for the activities a model marks as leaving none: a flow node with the extension property
 * {@code history} = {@code none} (the Modeler's "Extension properties") writes no row to {@code ACT_HI_ACTINST} when it
 * is entered or left; and except for the decisions evaluated {@linkplain #withoutDecisionHistory for a caller that
 * records their versions itself} (ADR 0032). Everything else is Camunda's full history: the process instance, the
 * other activities, variables and their updates, decisions, tasks, the operation log.
 *
 * <p>Meant for the steps a machine passes through thousands of times a round without anyone waiting there: the
 * recruitment's gateways and the service tasks that read a stage's result (ADR 0028). Each of them cost two history
 * writes per candidate per stage (the row inserted, then updated with its end) into a table of eleven indexes, the
 * largest single share of a stage's database time; the candidate's result is recorded in the platform's own tables.
 *
 * <p>The level keeps the name and id of Camunda's {@code full}: a database written at {@code full} starts with it and
 * one written with it starts at {@code full}. The property is read from the model when it is parsed, so that a model
 * deployed at run time decides for its own instances; an instance migrated between versions that disagree may keep a
 * row without its end. A step that holds others (a sub-process, a multi-instance body, an event wait) keeps its
 * history whatever it says: its children's rows name it as their parent.
 */
@Component
public class ModelledActivityHistory extends AbstractProcessEnginePlugin {

  /** The extension property, and the activity property the parse leaves for the history level. */
  static final String PROPERTY = "history";
  static final String NONE = "none";
  private static final String SKIPPED = ModelledActivityHistory.class.getName() + ".skipped";
  private static final Logger log = LoggerFactory.getLogger(ModelledActivityHistory.class);

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

  /** Set while a caller evaluates decisions whose versions it records in its own row (ADR 0032). */
  private static final ThreadLocal<Boolean> DECISIONS_RECORDED_BY_CALLER = new ThreadLocal<>();

  /**
   * Runs decision evaluations without Camunda's decision history, for a caller that records in its own row which
   * version decided, beside the inputs it already holds (the screening of a round's candidates, ADR 0032). Decisions
   * evaluated anywhere else, and business rule tasks, keep their history.
   */
  public static <T> T withoutDecisionHistory(Supplier<T> evaluation) {
    Boolean before = DECISIONS_RECORDED_BY_CALLER.get();
    DECISIONS_RECORDED_BY_CALLER.set(Boolean.TRUE);
    try {
      return evaluation.get();
    } finally {
      if (before == null) {
        DECISIONS_RECORDED_BY_CALLER.remove();
      }
    }
  }

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

  /** Says so when the engine resolved {@code full} to another level (e.g. {@code auto} found it in the database). */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    if (level.getId() == HistoryLevel.HISTORY_LEVEL_FULL.getId() && !(level instanceof Level)) {
      log.warn("History level {} is Camunda's own: the activities models mark history=none keep their history. "
          + "Configure camunda.bpm.history-level: full to leave it out.", level.getName());
    }
  }

  /** Camunda's full history, without the activity events of activities marked at parse. */
  static final class Level extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE) {
        return DECISIONS_RECORDED_BY_CALLER.get() == null;
      }
      return !ACTIVITY_EVENTS.contains(eventType) || !skipped(element(entity));
    }

    /** The flow node an activity event is about: the execution's activity, or a migrated instance's target. */
    private static CoreModelElement element(Object entity) {
      if (entity instanceof ExecutionEntity execution) {
        return execution.getActivity() != null ? execution.getActivity() : execution.getEventSource();
      }
      if (entity instanceof MigratingScopeInstance migrating) {
        return migrating.getTargetScope();
      }
      return null;
    }

    private static boolean skipped(CoreModelElement element) {
      return element != null && element.getProperty(SKIPPED) != null;
    }

    /** Equal to Camunda's full level, as the engine compares levels: by id. The inherited hash code is the id's. */
    @Override
    public boolean equals(Object other) {
      return other instanceof HistoryLevel level && level.getId() == getId();
    }

    @Override
    public int hashCode() {
      return super.hashCode(); // as Camunda's full level: by id
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
          if (activity != null && activity.isScope()) {
            // A scope's children would point at a parent row that was never written.
            log.warn("{} of {}: history=none is for steps that hold no others; {} keeps its history", id,
                definition.getKey(), id);
          } else if (activity != null) {
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
