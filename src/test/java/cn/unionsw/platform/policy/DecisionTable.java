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
 * remembers which rules matched, so that a table test can prove it exercised every rule. Every case is evaluated
 * twice, with the FEEL the platform runs ({@link LiteralTestsFeel}, ADR 0014) and with Camunda's default feel-scala
 * alone, and both must match the same rules and give the same outputs.
 */
final class DecisionTable {

  private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();
  private static final DmnEngine ENGINE = buildEngine(true);
  private static final DmnEngine FEEL_SCALA = buildEngine(false);

  private final DmnDecision decision;
  private final DmnDecision feelScala;
  private final Set<String> exercised = new LinkedHashSet<>();

  private DecisionTable(DmnDecision decision, DmnDecision feelScala) {
    this.decision = decision;
    this.feelScala = feelScala;
  }

  /** Parses {@code dmn/<key>.dmn} from the repository (the file that is deployed). */
  static DecisionTable of(String key) {
    try (InputStream in = Files.newInputStream(Path.of("dmn", key + ".dmn"));
        InputStream again = Files.newInputStream(Path.of("dmn", key + ".dmn"))) {
      return new DecisionTable(ENGINE.parseDecision(key, in), FEEL_SCALA.parseDecision(key, again));
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
    MATCHED.remove();
    DmnDecisionResult scala = FEEL_SCALA.evaluateDecision(feelScala, variables);
    List<String> scalaRules = MATCHED.get() == null ? List.of() : MATCHED.get();
    assertThat(rules).as("%s with %s: rules matched with the platform's FEEL and with feel-scala", decision.getKey(), variables)
        .isEqualTo(scalaRules);
    assertThat(result.getResultList()).as("%s with %s: outputs with the platform's FEEL and with feel-scala", decision.getKey(),
        variables).isEqualTo(scala.getResultList());
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

  private static DmnEngine buildEngine(boolean platformFeel) {
    var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (platformFeel) {
      configuration.feelEngineFactory(LiteralTestsFeel.factory(List::of));
    }
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> MATCHED.set(
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList())));
    return configuration.buildEngine();
  }
}
