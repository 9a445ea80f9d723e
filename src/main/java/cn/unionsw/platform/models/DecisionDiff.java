package cn.unionsw.platform.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A decision table against the running version, rule by rule (rules are matched by id, which the model rules keep
 * meaningful and stable): what an administrator reads before a policy change goes live. The columns and the hit
 * policy are compared too, since a changed column changes every rule's meaning.
 */
final class DecisionDiff {

  private DecisionDiff() {
  }

  /** How one rule changed: ADDED, REMOVED, CHANGED (its entries or annotation) or MOVED (its position only). */
  record RuleChange(String ruleId, String change, RuleText before, RuleText after) {
  }

  /** A rule as the Modeler shows it: its position, input entries, output entries and annotation. */
  record RuleText(int position, List<String> inputs, List<String> outputs, String annotation) {
  }

  /** The whole comparison of one decision; {@code runningVersion} null when nothing of this key is deployed. */
  record Diff(String key, Integer runningVersion, List<String> inputsBefore, List<String> inputsAfter,
      List<String> outputsBefore, List<String> outputsAfter, String hitPolicyBefore, String hitPolicyAfter,
      List<RuleChange> rules) {

    boolean unchanged() {
      return rules.isEmpty() && Objects.equals(inputsBefore, inputsAfter) && Objects.equals(outputsBefore, outputsAfter)
          && Objects.equals(hitPolicyBefore, hitPolicyAfter);
    }
  }

  /** Compares the decision {@code key} of two DMN files; {@code running} is null for a first deployment. */
  static Diff of(String key, Integer runningVersion, byte[] running, byte[] candidate) {
    DecisionTable before = running == null ? null : table(running, key);
    DecisionTable after = table(candidate, key);
    Map<String, RuleText> old = rules(before);
    Map<String, RuleText> now = rules(after);
    List<RuleChange> changes = new ArrayList<>();
    now.forEach((id, rule) -> {
      RuleText was = old.get(id);
      if (was == null) {
        changes.add(new RuleChange(id, "ADDED", null, rule));
      } else if (!was.inputs().equals(rule.inputs()) || !was.outputs().equals(rule.outputs())
          || !was.annotation().equals(rule.annotation())) {
        changes.add(new RuleChange(id, "CHANGED", was, rule));
      } else if (was.position() != rule.position()) {
        changes.add(new RuleChange(id, "MOVED", was, rule));
      }
    });
    old.forEach((id, rule) -> {
      if (!now.containsKey(id)) {
        changes.add(new RuleChange(id, "REMOVED", rule, null));
      }
    });
    return new Diff(key, runningVersion, inputs(before), inputs(after), outputs(before), outputs(after),
        before == null ? null : before.getHitPolicy().name(), after == null ? null : after.getHitPolicy().name(),
        changes);
  }

  private static DecisionTable table(byte[] dmn, String key) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
    ModelElementInstance decision = model.getModelElementById(key);
    return decision instanceof Decision d && d.getExpression() instanceof DecisionTable table ? table : null;
  }

  private static Map<String, RuleText> rules(DecisionTable table) {
    Map<String, RuleText> rules = new LinkedHashMap<>();
    if (table == null) {
      return rules;
    }
    int position = 1;
    for (Rule rule : table.getRules()) {
      rules.put(rule.getId(), new RuleText(position++,
          rule.getInputEntries().stream().map(entry -> entry.getTextContent().trim()).toList(),
          rule.getOutputEntries().stream().map(entry -> entry.getTextContent().trim()).toList(),
          rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim()));
    }
    return rules;
  }

  private static List<String> inputs(DecisionTable table) {
    return table == null ? null : table.getInputs().stream().map(DecisionRules::expression).toList();
  }

  private static List<String> outputs(DecisionTable table) {
    return table == null ? null : table.getOutputs().stream().map(Output::getName).toList();
  }
}
