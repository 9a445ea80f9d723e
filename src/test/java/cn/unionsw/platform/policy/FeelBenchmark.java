package cn.unionsw.platform.policy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The screening tables on the plain DMN engine (no process engine, no database, one thread) with each FEEL: Camunda's
 * default feel-scala, the platform's {@link LiteralTestsFeel}, and the legacy engine for scale (ADR 0014). Not a
 * test: it asserts nothing and {@code verify} does not run it;
 * {@code ./mvnw -Pbenchmark test -Dtest=FeelBenchmark} (docs/benchmarks.md).
 */
class FeelBenchmark {

  static final long WARM_UP_MILLIS = Long.getLong("bench.warmupMillis", 3_000);
  static final long MEASURE_MILLIS = Long.getLong("bench.measureMillis", 5_000);

  static final Map<String, List<Map<String, Object>>> INPUTS = Map.of(
      Decisions.GRADE_ELIGIBILITY, DecisionBenchmark.INPUTS.get(Decisions.GRADE_ELIGIBILITY),
      "candidate-eligibility", List.of(
          Map.of("age", 30, "education", "BACHELOR", "unionWorkYears", 0),
          Map.of("age", 45, "education", "COLLEGE", "unionWorkYears", 3),
          Map.of("age", 17, "education", "BACHELOR", "unionWorkYears", 0),
          Map.of("age", 40, "education", "HIGH_SCHOOL", "unionWorkYears", 6)),
      Decisions.EVALUATION_OUTCOME, DecisionBenchmark.INPUTS.get(Decisions.EVALUATION_OUTCOME));

  @Test
  void measure() throws Exception {
    Map<String, DmnEngine> engines = Map.of(
        "feel-scala (Camunda's default)", engine(null, false),
        "platform: literal tests parsed once, feel-scala for the rest", engine(LiteralTestsFeel.factory(List::of),
            false),
        "legacy FEEL throughout (for scale)", engine(null, true));
    StringBuilder report = new StringBuilder("| decision | FEEL | evaluations/s |\n|---|---|---|\n");
    for (String key : List.of(Decisions.GRADE_ELIGIBILITY, "candidate-eligibility", Decisions.EVALUATION_OUTCOME)) {
      for (var entry : engines.entrySet()) {
        DmnDecision decision;
        try (InputStream in = Files.newInputStream(Path.of("dmn", key + ".dmn"))) {
          decision = entry.getValue().parseDecision(key, in);
        }
        List<Map<String, Object>> inputs = INPUTS.get(key);
        run(entry.getValue(), decision, inputs, WARM_UP_MILLIS);
        double rate = run(entry.getValue(), decision, inputs, MEASURE_MILLIS);
        report.append(String.format("| `%s` | %s | %.0f |%n", key, entry.getKey(), rate));
      }
    }
    Path out = Path.of("target", "benchmarks", "feel-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  private static double run(DmnEngine engine, DmnDecision decision, List<Map<String, Object>> inputs, long millis) {
    long until = System.nanoTime() + millis * 1_000_000;
    long count = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < until) {
      engine.evaluateDecision(decision, inputs.get((int) (count % inputs.size())));
      count++;
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static DmnEngine engine(org.camunda.bpm.dmn.feel.impl.FeelEngineFactory factory, boolean legacy) {
    var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (factory != null) {
      configuration.feelEngineFactory(factory);
    }
    configuration.enableFeelLegacyBehavior(legacy);
    return configuration.buildEngine();
  }
}
