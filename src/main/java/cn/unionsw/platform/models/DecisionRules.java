package cn.unionsw.platform.models;

import static cn.unionsw.platform.models.ModelRules.violation;

import cn.unionsw.platform.models.ModelRules.Violation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * {@link ModelRules} for DMN: the contract's columns and enumerations ({@link DecisionContract}), a history time to
 * live, FEEL, a stated hit policy, meaningful rule ids and an annotation citing the article on every rule.
 */
final class DecisionRules {

  /**
   * An annotation cites the article: 第十条, Art. 10, or a document number (the Jiangsu and Mianyang variants; the
   * Ministry of Finance's Order 87 and circular 财库〔2007〕2号 for bid scoring).
   */
  static final Pattern CITATION = Pattern.compile(
      "第[一二三四五六七八九十]+条|Art\\. ?\\d+|苏政办发〔2020〕41号|绵工发〔2017〕52号|财政部令第87号|财库〔2007〕2号");
  /** FEEL by any of its names (lower case), the DMN versions' namespaces included, which the model API defaults to. */
  static final Set<String> FEEL = Set.of("feel", "feel-scala", "https://www.omg.org/spec/dmn/20191111/feel/",
      "https://www.omg.org/spec/dmn/20180521/feel/", "http://www.omg.org/spec/feel/20140401");
  static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

  private DecisionRules() {
  }

  static List<Violation> check(String resourceName, byte[] content) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException unreadable) {
      return List.of(violation("parse", resourceName, "无法解析为 DMN：" + unreadable.getMessage()));
    }
    List<Violation> found = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null
          || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        found.add(violation("history-time-to-live", decision.getId(), "决策须设 camunda:historyTimeToLive"));
      }
      if (decision.getExpression() instanceof DecisionTable table) {
        table(decision, table, found);
        contract(decision.getId(), table, found);
      } else if (DecisionContract.COLUMNS.containsKey(decision.getId())) {
        found.add(violation("contract-outputs", decision.getId(),
            "契约决策须为决策表，输入输出为 " + DecisionContract.COLUMNS.get(decision.getId())));
      }
    }
    // Wherever a language is named (the definitions' default included), it is FEEL: JUEL reaches Java itself.
    for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
      String language = element.getAttributeValue("expressionLanguage");
      if (!(element instanceof InputEntry || element instanceof OutputEntry || element instanceof InputExpression)
          && language != null) {
        feel(language, element.getId() == null ? resourceName : element.getId(), found);
      }
    }
    for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
      feel(entry.getExpressionLanguage(), entry.getId(), found);
    }
    for (OutputEntry entry : model.getModelElementsByType(OutputEntry.class)) {
      feel(entry.getExpressionLanguage(), entry.getId(), found);
    }
    return found;
  }

  private static void table(Decision decision, DecisionTable table, List<Violation> found) {
    for (Input input : table.getInputs()) {
      if (input.getInputExpression().getTypeRef() == null || input.getInputExpression().getTypeRef().isBlank()) {
        found.add(violation("type-ref", input.getId(), "输入须声明类型 (typeRef)"));
      }
      feel(input.getInputExpression().getExpressionLanguage(), input.getId(), found);
    }
    for (Output output : table.getOutputs()) {
      if (output.getTypeRef() == null || output.getTypeRef().isBlank()) {
        found.add(violation("type-ref", output.getName(), "输出须声明类型 (typeRef)"));
      }
    }
    for (Rule rule : table.getRules()) {
      if (rule.getId() == null || !rule.getId().startsWith("rule-")
          || !ModelRules.MEANINGFUL_ID.matcher(rule.getId()).matches()) {
        found.add(violation("rule-id", rule.getId(), "规则 id 须以 rule- 开头，为有意义的小写英文词"));
      }
      String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
      if (!CITATION.matcher(annotation).find()) {
        found.add(violation("rule-annotation", rule.getId(), "每条规则的注释须引用政策条款（如 第十条 或 Art. 10）"));
      }
    }
    HitPolicy hitPolicy = table.getHitPolicy();
    if (hitPolicy != HitPolicy.UNIQUE) {
      String description = decision.getDescription() == null ? "" : decision.getDescription().getTextContent();
      if (!description.toLowerCase().contains("hit policy " + hitPolicy.name().toLowerCase())) {
        found.add(violation("hit-policy", decision.getId(),
            "命中策略应为 UNIQUE；用 " + hitPolicy + " 须在决策说明中写明理由 (\"hit policy " + hitPolicy + "\")"));
      }
      List<Rule> rules = List.copyOf(table.getRules());
      if (hitPolicy == HitPolicy.FIRST && !rules.isEmpty() && !rules.get(rules.size() - 1).getInputEntries()
          .stream().allMatch(entry -> entry.getTextContent().trim().isEmpty()
              || "-".equals(entry.getTextContent().trim()))) {
        found.add(violation("first-catch-all", rules.get(rules.size() - 1).getId(),
            "FIRST 表的最后一条规则须匹配一切输入 (a catch-all)"));
      }
    }
  }

  /** CONTRACT.md: a contract decision keeps its inputs, outputs and enumerations. */
  private static void contract(String key, DecisionTable table, List<Violation> found) {
    List<List<String>> columns = DecisionContract.COLUMNS.get(key);
    if (columns == null) {
      return;
    }
    List<Input> inputs = List.copyOf(table.getInputs());
    List<Output> outputs = List.copyOf(table.getOutputs());
    List<String> inputNames = inputs.stream().map(DecisionRules::expression).toList();
    List<String> outputNames = outputs.stream().map(Output::getName).toList();
    if (!inputNames.equals(columns.get(0))) {
      found.add(violation("contract-inputs", key, "契约规定输入为 " + columns.get(0) + "，此表为 " + inputNames));
    }
    if (!outputNames.equals(columns.get(1))) {
      found.add(violation("contract-outputs", key, "契约规定输出为 " + columns.get(1) + "，此表为 " + outputNames));
    }
    DecisionContract.ENUMERATIONS.getOrDefault(key, Map.of()).forEach((variable, allowed) -> {
      for (Rule rule : table.getRules()) {
        enumeration(rule, variable, allowed, inputNames, List.copyOf(rule.getInputEntries()), found);
        enumeration(rule, variable, allowed, outputNames, List.copyOf(rule.getOutputEntries()), found);
      }
    });
  }

  private static void enumeration(Rule rule, String variable, Set<String> allowed, List<String> columns,
      List<? extends ModelElementInstance> entries, List<Violation> found) {
    for (int i = 0; i < columns.size() && i < entries.size(); i++) {
      if (variable.equals(columns.get(i))) {
        Set<String> unknown = literals(entries.get(i));
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
          found.add(violation("contract-enumeration", rule.getId(),
              variable + " 的取值 " + unknown + " 不在契约的枚举中 " + new java.util.TreeSet<>(allowed)));
        }
      }
    }
  }

  static String expression(Input input) {
    return input.getInputExpression().getText() == null ? ""
        : input.getInputExpression().getText().getTextContent().trim();
  }

  private static Set<String> literals(ModelElementInstance entry) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = STRING_LITERAL.matcher(entry.getTextContent());
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static void feel(String expressionLanguage, String id, List<Violation> found) {
    if (expressionLanguage != null && !FEEL.contains(expressionLanguage.trim().toLowerCase(Locale.ROOT))) {
      found.add(violation("feel", id, "表达式语言须为 FEEL，现为 " + expressionLanguage));
    }
  }
}
