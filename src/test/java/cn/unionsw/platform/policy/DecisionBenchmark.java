package cn.unionsw.platform.policy;

import cn.unionsw.platform.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Throughput of {@code grade-eligibility} and {@code evaluation-outcome} in-process through the engine's
 * DecisionService (history level as configured, full), and latency through engine REST. Not a test: it asserts
 * nothing and is excluded from {@code verify}; run it with {@code ./mvnw -Pbenchmark test} (docs/benchmarks.md).
 * Results go to stdout and {@code target/benchmarks/decision-benchmark.md}.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics as in production (Spring's tests leave them off): their cost is part of what is measured.
@AutoConfigureObservability(tracing = false)
class DecisionBenchmark {

  static final long WARM_UP_MILLIS = Long.getLong("bench.warmupMillis", 5_000);
  static final long MEASURE_MILLIS = Long.getLong("bench.measureMillis", 15_000);
  static final int REST_REQUESTS = Integer.getInteger("bench.restRequests", 2_000);

  /** Inputs that walk different rules, so that no single path is all that is measured. */
  static final Map<String, List<Map<String, Object>>> INPUTS = Map.of(
      Decisions.GRADE_ELIGIBILITY, List.of(
          grade(true, "LEVEL_1", 8, 3, 3), grade(true, "LEVEL_2", 5, 3, 0), grade(true, "LEVEL_3", 1, 0, 0),
          grade(true, "NONE", 0, 0, 0), grade(false, "LEVEL_1", 9, 4, 4)),
      Decisions.EVALUATION_OUTCOME, List.of(
          outcome(95, 95, 0, false, false), outcome(95, 85, 0, false, false), outcome(80, 95, 1, false, false),
          outcome(65, 95, 0, false, false), outcome(95, 95, 2, false, false), outcome(70, 95, 0, true, true)));

  @Autowired
  DecisionService decisionService;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Autowired
  TestRestTemplate rest;

  final ObjectMapper json = new ObjectMapper();
  final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    String loadBefore = loadAverage();
    Map<String, DmnDecision> parsed = new java.util.HashMap<>();
    DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    for (String key : INPUTS.keySet()) {
      try (InputStream in = Files.newInputStream(Path.of("dmn", key + ".dmn"))) {
        parsed.put(key, plain.parseDecision(key, in));
      }
    }
    // Warm every path first, so that no measurement pays for another's JIT compilation.
    for (String key : INPUTS.keySet()) {
      List<Map<String, Object>> inputs = INPUTS.get(key);
      run(1, i -> plain.evaluateDecision(parsed.get(key), inputs.get(i % inputs.size())), WARM_UP_MILLIS);
      run(2, i -> decisionService.evaluateDecisionByKey(key).variables(inputs.get(i % inputs.size())).evaluate(),
          WARM_UP_MILLIS);
      restLatencies(key, inputs, REST_REQUESTS / 4);
      restBaseline(key, REST_REQUESTS / 4);
    }
    line("| decision | path | threads | evaluations/s | p50 ms | p90 ms | p99 ms |");
    line("|---|---|---|---|---|---|---|");
    for (String key : List.of(Decisions.GRADE_ELIGIBILITY, Decisions.EVALUATION_OUTCOME)) {
      List<Map<String, Object>> inputs = INPUTS.get(key);
      double plainRate = rate(run(1, i -> plain.evaluateDecision(parsed.get(key), inputs.get(i % inputs.size())),
          MEASURE_MILLIS));
      line("| `%s` | plain DMN engine, no database (for scale) | 1 | %.0f | | | |", key, plainRate);
      for (int threads : new int[] {1, 2}) {
        double rate = rate(run(threads, i -> decisionService.evaluateDecisionByKey(key)
            .variables(inputs.get(i % inputs.size())).evaluate(), MEASURE_MILLIS));
        line("| `%s` | DecisionService, history %s | %d | %.0f | | | |", key,
            engineConfiguration.getHistory(), threads, rate);
      }
      double authorized = rate(run(1, i -> {
        // What a request adds inside the engine: the caller's authorization check (CREATE_INSTANCE).
        identityService.setAuthentication("hereviewer", List.of("reviewer", "HE"));
        try {
          decisionService.evaluateDecisionByKey(key).variables(inputs.get(i % inputs.size())).evaluate();
        } finally {
          identityService.clearAuthentication();
        }
      }, MEASURE_MILLIS));
      line("| `%s` | DecisionService as hereviewer (authorization checked), history %s | 1 | %.0f | | | |", key,
          engineConfiguration.getHistory(), authorized);
      double[] latencies = restLatencies(key, inputs, REST_REQUESTS);
      line("| `%s` | `POST /engine-rest/decision-definition/key/%s/evaluate` as hereviewer (Basic) | 1 | %.0f | %.2f | %.2f | %.2f |",
          key, key, 1000 / mean(latencies), percentile(latencies, 50), percentile(latencies, 90),
          percentile(latencies, 99));
      double[] baseline = restBaseline(key, REST_REQUESTS);
      line("| `%s` | baseline: `GET /engine-rest/decision-definition/key/%s` (same auth, no evaluation) | 1 | %.0f | %.2f | %.2f | %.2f |",
          key, key, 1000 / mean(baseline), percentile(baseline, 50), percentile(baseline, 90),
          percentile(baseline, 99));
    }
    line("");
    line("Machine: %d cores (%s), %s, Java %s, max heap %d MiB; database %s; warm-up %d ms per path, "
        + "measurement %d ms, %d REST requests; load average before %s, after %s.",
        Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name") + " "
            + System.getProperty("os.version"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, TestDatabase.isMySql() ? "MySQL-compatible" : "H2 in memory",
        WARM_UP_MILLIS, MEASURE_MILLIS, REST_REQUESTS, loadBefore, loadAverage());
    System.out.println("\n" + report);
    Files.createDirectories(Path.of("target/benchmarks"));
    Files.writeString(Path.of("target/benchmarks/decision-benchmark.md"), report);
  }

  private static double rate(long count) {
    return count * 1000.0 / MEASURE_MILLIS;
  }

  private static String loadAverage() {
    try {
      return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

  interface Evaluation {
    void run(int i) throws Exception;
  }

  private static long run(int threads, Evaluation evaluation, long millis) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Long>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      counts.add(pool.submit(() -> {
        long n = 0;
        while (!stop.get()) {
          evaluation.run((int) n++);
        }
        return n;
      }));
    }
    Thread.sleep(millis);
    stop.set(true);
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    pool.shutdown();
    return total;
  }

  private double[] restLatencies(String key, List<Map<String, Object>> inputs, int requests) {
    TestRestTemplate reviewer = rest.withBasicAuth("hereviewer", "demo");
    List<ObjectNode> bodies = inputs.stream().map(this::body).toList();
    double[] millis = new double[requests];
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      post(reviewer, key, bodies.get(i % bodies.size()));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  /** The same round trip and Basic authentication without an evaluation, to tell the two costs apart. */
  private double[] restBaseline(String key, int requests) {
    TestRestTemplate reviewer = rest.withBasicAuth("hereviewer", "demo");
    double[] millis = new double[requests];
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      ResponseEntity<JsonNode> response = reviewer.getForEntity("/engine-rest/decision-definition/key/{key}",
          JsonNode.class, key);
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (response.getStatusCode() != HttpStatus.OK) {
        throw new IllegalStateException(key + ": " + response.getStatusCode());
      }
    }
    Arrays.sort(millis);
    return millis;
  }

  private static void post(TestRestTemplate client, String key, ObjectNode body) {
    ResponseEntity<JsonNode> response = client.postForEntity("/engine-rest/decision-definition/key/{key}/evaluate",
        body, JsonNode.class, key);
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException(key + ": " + response.getStatusCode() + " " + response.getBody());
    }
  }

  private ObjectNode body(Map<String, Object> variables) {
    ObjectNode body = json.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, value) -> vars.putObject(name).set("value", json.valueToTree(value)));
    return body;
  }

  private static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  private void line(String format, Object... args) {
    report.append(String.format(format, args)).append('\n');
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static Map<String, Object> grade(boolean test, String level, int work, int inLevel3, int inLevel2) {
    return Map.of("aptitudeTestPassed", test, "certificateLevel", level, "examEligible", true,
        "socialWorkBachelor", false, "workYears", work, "yearsInLevel3", inLevel3, "yearsInLevel2", inLevel2);
  }

  private static Map<String, Object> outcome(double score, double satisfaction, int unreported, boolean misconduct,
      boolean severe) {
    return Map.of("score", score, "satisfactionRate", satisfaction, "unreportedIncidents", unreported,
        "keyTasksCompleted", true, "seriousMisconduct", misconduct, "incompetent", false, "severe", severe);
  }
}
