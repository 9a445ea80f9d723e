package cn.unionsw.platform.review;

import cn.unionsw.platform.review.StepAccess.OpenStep;
import cn.unionsw.platform.web.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
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

  private static final int MAX_NAME = 64;
  private static final String[] VARIABLE_FIELDS = {"variables", "properties", "processVariables", "variablesLocal"};

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
      Object data = dataOnly(name, value);
      Variable<?> variable = open.step().writable(name);
      if (variable != null) {
        accepted.put(name, variable.accept(data));
      } else if (!Variable.sameValue(open.task().getVariable(name), data)) {
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
    Object target = command;
    if (Commands.has(command, "instantiationBuilder")) {
      target = Commands.field(command, "instantiationBuilder");
    }
    for (String fieldName : VARIABLE_FIELDS) {
      if (Commands.has(target, fieldName) && Commands.field(target, fieldName) instanceof Map<?, ?> variables) {
        variables.keySet().forEach(name -> {
          if (declarations.isBeanName(String.valueOf(name))) {
            throw new Refusal(field(String.valueOf(name)), "与流程使用的组件同名，不能作为变量名");
          }
        });
      }
    }
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
    // Objects, JSON/XML and files (serialisable or file values) are never data a client may send; plain values,
    // typed (StringValue) or untyped (from a Java map), are.
    if ((value instanceof SerializableValue || value instanceof FileValue) && !isNull((TypedValue) value)) {
      throw new Refusal(field(name), "只接受文本、数字或布尔值，不接受对象、文件或序列化数据");
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static boolean isNull(TypedValue typed) {
    return typed.getType() != null && "null".equals(typed.getType().getName());
  }

  /** A variable's name as a field in a refusal: a name sent as a megabyte is not quoted back whole. */
  private static String field(String name) {
    return name == null ? "variables" : name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
  }
}
