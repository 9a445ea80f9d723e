package cn.unionsw.platform.review;

import cn.unionsw.platform.config.Commands;
import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Variables are data, never code or beans: a start takes only its declared start variables, a step only what it
 * declares (anything else the form sends back must be unchanged, and is dropped), each as its declared type within
 * its limits. No one, administrators included, writes a variable named like a bean the models use: it would shadow
 * the bean in every expression of that case.
 */
@Component
class VariableGate {


  private final Declarations declarations;

  VariableGate(Declarations declarations) {
    this.declarations = declarations;
  }

  VariableMap start(CaseDeclaration declaration, Map<String, Object> sent) {
    VariableMap accepted = Variables.createVariables();
    typed(sent == null ? Map.of() : sent).forEach((name, value) -> {
      Variable<?> variable = declaration.startVariable(name)
          .orElseThrow(() -> new Refusal(field(name), "不是发起此流程可以填写的项目"));
      accepted.put(name, variable.accept(dataOnly(name, value)));
    });
    for (Variable<?> required : declaration.requiredAtStart()) {
      if (accepted.get(required.name()) == null) {
        throw new Refusal(required.name(), "发起时必填");
      }
    }
    return accepted;
  }

  VariableMap step(OpenStep open, Map<String, Object> sent) {
    VariableMap accepted = Variables.createVariables();
    if (sent == null) {
      return accepted;
    }
    typed(sent).forEach((name, value) -> {
      Variable<?> variable = open.step().writable(name);
      if (variable != null) {
        // The variable takes what its type takes (data only; a checklist's picks as their JSON text).
        accepted.put(name, variable.accept(value));
        return;
      }
      Object data = dataOnly(name, value);
      if (!Variable.sameValue(open.task().getVariable(name), data)) {
        throw new Refusal(field(name), open.step().label() + "只能填写 "
            + String.join("、", Variable.names(open.step().writes())) + "，不能修改此项");
      }
    });
    return accepted;
  }

  /** Values that only feed a read (a decision's inputs): data, never objects or files. */
  void dataOnly(Map<String, Object> sent) {
    if (sent != null) {
      typed(sent).forEach(VariableGate::dataOnly);
    }
  }

  /** For administrators: whatever they write, never a bean's name. */
  void checkNames(Command<?> command) {
    for (Map<String, Object> written : written(command)) {
      for (String name : written.keySet()) {
        if (declarations.isBeanName(name)) {
          throw new Refusal(Variable.shortened(name), "与流程使用的组件同名，不能作为变量名");
        }
      }
    }
  }

  /** Where each kind of writing command carries its variables (Camunda 7.24; pinned by CommandsTest). */
  static List<Map<String, Object>> written(Command<?> command) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      maps.add(((ProcessInstantiationBuilderImpl) Commands.field(command, "instantiationBuilder")).getVariables());
    } else if (command instanceof SubmitTaskFormCmd) {
      maps.add(Commands.variables(command, "properties"));
    } else if (command instanceof CompleteTaskCmd || command instanceof SubmitStartFormCmd
        || command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      maps.add(Commands.variables(command, "variables"));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      Object builder = Commands.field(command, "builder");
      maps.add(Commands.variables(builder, "payloadProcessInstanceVariables"));
      maps.add(Commands.variables(builder, "payloadProcessInstanceVariablesLocal"));
      maps.add(Commands.variables(builder, "payloadProcessInstanceVariablesToTriggeredScope"));
    } else if (command instanceof SignalEventReceivedCmd) {
      maps.add(Commands.variables(Commands.field(command, "builder"), "variables"));
    }
    maps.removeIf(Objects::isNull);
    return maps;
  }

  /**
   * The values as sent: a {@link VariableMap}'s map view would deserialise each value on reading it, the very
   * thing that must not happen to a serialised object from outside.
   */
  private static Map<String, Object> typed(Map<String, Object> sent) {
    if (!(sent instanceof VariableMap variables)) {
      return sent;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      values.put(name, variables.getValueTyped(name));
    }
    return values;
  }

  private static Object dataOnly(String name, Object value) {
    return value instanceof TypedValue typed ? Variable.dataOnly(field(name), typed) : value;
  }

  /** A variable's name as a field in a refusal: a name sent as a megabyte is not quoted back whole. */
  private static String field(String name) {
    return name == null ? "variables" : Variable.shortened(name);
  }
}
