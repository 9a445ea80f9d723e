package cn.unionsw.platform.models;

import cn.unionsw.platform.policy.LiteralTestsFeel;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.springframework.core.io.ClassPathResource;

/**
 * A decision's own test cases, kept as data beside its table ({@code dmn/<key>.cases.json}: a name, the inputs and
 * the answer expected), run against the running version and a candidate so that every changed answer is shown
 * before a change goes live. Evaluated on a DMN engine of their own with the platform's FEEL (ADR 0014): no process
 * engine, so no history is written for a trial.
 */
final class DecisionCases {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DmnEngine ENGINE = engine();

  private DecisionCases() {
  }

  /** The file: the decision it is for, what it checks, and its cases. */
  record CasesFile(String decision, String description, List<Case> cases) {
  }

  /** One case as written in the file. */
  record Case(String name, Map<String, Object> inputs, List<Map<String, Object>> expected) {
  }

  /**
   * One case run: what the running version answers ({@code before}, null on a first deployment), what the
   * candidate answers ({@code after}), whether they differ and whether the candidate meets the file's expectation.
   */
  record Result(String name, Map<String, Object> inputs, List<Map<String, Object>> expected, Object before,
      Object after, boolean changed, boolean asExpected) {
  }

  /** The cases of a decision from the classpath; none when it has no file. */
  static List<Case> of(String key) {
    ClassPathResource file = new ClassPathResource("dmn/" + key + ".cases.json");
    if (!file.exists()) {
      return List.of();
    }
    try (InputStream in = file.getInputStream()) {
      CasesFile cases = JSON.readValue(in, CasesFile.class);
      return cases.cases() == null ? List.of() : cases.cases();
    } catch (IOException e) {
      throw new UncheckedIOException("dmn/" + key + ".cases.json does not read", e);
    }
  }

  /** Runs the cases of {@code key} against both versions; {@code running} null for a first deployment. */
  static List<Result> run(String key, byte[] running, byte[] candidate) {
    List<Case> cases = of(key);
    if (cases.isEmpty()) {
      return List.of();
    }
    DmnDecision before;
    DmnDecision after;
    try {
      before = running == null ? null : ENGINE.parseDecision(key, new ByteArrayInputStream(running));
      after = ENGINE.parseDecision(key, new ByteArrayInputStream(candidate));
    } catch (RuntimeException unparsed) {
      // A table the DMN engine cannot read: the engine's own parse refuses it, naming why.
      return List.of();
    }
    List<Result> results = new ArrayList<>();
    for (Case c : cases) {
      Object was = before == null ? null : answer(before, c.inputs());
      Object now = answer(after, c.inputs());
      results.add(new Result(c.name(), c.inputs(), c.expected(), was, now, before != null && !Objects.equals(was, now),
          Objects.equals(normalised(c.expected()), now)));
    }
    return results;
  }

  /** The list of matched outputs, or the evaluation's error as text (a table that fails on an input). */
  private static Object answer(DmnDecision decision, Map<String, Object> inputs) {
    try {
      return normalised(ENGINE.evaluateDecisionTable(decision, inputs).getResultList());
    } catch (RuntimeException failed) {
      return "错误: " + failed.getMessage();
    }
  }

  /** Numbers compared by value whatever their Java type (JSON's Integer, FEEL's Long or BigDecimal). */
  private static Object normalised(List<? extends Map<String, Object>> results) {
    if (results == null) {
      return null;
    }
    return JSON.convertValue(results, new TypeReference<List<Map<String, Object>>>() { }).stream()
        .map(row -> {
          Map<String, Object> copy = new java.util.LinkedHashMap<>();
          row.forEach((name, value) -> copy.put(name, value instanceof Number n
              ? new java.math.BigDecimal(n.toString()).stripTrailingZeros() : value));
          return copy;
        }).toList();
  }

  private static DmnEngine engine() {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(LiteralTestsFeel.factory(configuration::getFeelCustomFunctionProviders));
    return configuration.buildEngine();
  }
}
