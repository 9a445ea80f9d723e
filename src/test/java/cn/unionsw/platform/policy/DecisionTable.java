package cn.unionsw.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/**
 * A decision table of {@code dmn/} on the plain DMN engine (no process engine, no database): evaluates it and
 * remembers which rules matched, so that a table test can prove it exercised every rule.
 */
final class DecisionTable {

  private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();
  private static final DmnEngine ENGINE = buildEngine();

  private final DmnDecision decision;
  private final Set<String> exercised = new LinkedHashSet<>();

  private DecisionTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** Parses {@code dmn/<key>.dmn} from the repository (the file that is deployed). */
  static DecisionTable of(String key) {
    try (InputStream in = Files.newInputStream(Path.of("dmn", key + ".dmn"))) {
      return new DecisionTable(ENGINE.parseDecision(key, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Variables as name/value pairs; a null value is passed as null. */
  Evaluation evaluate(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    MATCHED.remove();
    DmnDecisionResult result = ENGINE.evaluateDecision(decision, variables);
    List<String> rules = MATCHED.get() == null ? List.of() : MATCHED.get();
    exercised.addAll(rules);
    return new Evaluation(result, rules);
  }

  Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>();
    for (DmnDecisionTableRuleImpl rule : ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules()) {
      ids.add(rule.getId());
    }
    return ids;
  }

  /** Call from {@code @AfterAll}: every rule of the table matched at least one case of the test class. */
  void assertEveryRuleExercised() {
    Set<String> missing = ruleIds();
    missing.removeAll(exercised);
    assertThat(missing).as("rules of %s no case exercised (run the whole test class)", decision.getKey()).isEmpty();
  }

  record Evaluation(DmnDecisionResult result, List<String> matchedRules) {

    boolean isEmpty() {
      return result.isEmpty();
    }

    Object output(String name) {
      assertThat(result).as("exactly one result").hasSize(1);
      return result.getSingleResult().getEntry(name);
    }

    /** The single matched rule's id without its {@code rule-} prefix. */
    String rule() {
      assertThat(matchedRules).as("matched rules").hasSize(1);
      return matchedRules.get(0).substring("rule-".length());
    }
  }

  private static DmnEngine buildEngine() {
    var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> MATCHED.set(
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList())));
    return configuration.buildEngine();
  }
}
