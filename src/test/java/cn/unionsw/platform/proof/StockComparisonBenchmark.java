package cn.unionsw.platform.proof;

import cn.unionsw.platform.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The platform beside stock Camunda 7.24 on the same model, in one run (issue 15, docs/benchmarks.md): the
 * packaged platform and the stock starter application of {@code src/benchmark/stock-camunda} (bare, as the starter
 * comes, and secured as Camunda documents it: engine REST behind its Basic authentication filter, authorizations
 * on) as child JVMs with the same options, the model {@code src/test/resources/proof} (start → decision → user task
 * → gateway) deployed into each through engine REST, and the same client driving each in turn: start an instance,
 * find its task, complete it, with one and with four client threads; then the decision alone through REST. Each
 * figure is taken {@code bench.rounds} times (five) in alternating order, so that drift in the machine hits all
 * servers alike, and the platform ÷ another server is taken pair by pair, round by round (the two ran next to each
 * other), its median reported with the lowest and highest: on two cores the host's speed drifts by a fifth within a
 * run, which a ratio of whole-run medians takes for a difference between the servers. Start-up time and resident memory are read from the processes. On request a fourth server runs
 * beside them: the platform with Camunda's authorization checks off, to tell their share of the gap from the
 * platform's own work.
 *
 * <p>Not a test: it asserts nothing and {@code verify} does not run it.
 * {@code ./mvnw -q package -DskipTests -Dmodeler.skip && ./mvnw -Pbenchmark test -Dtest=StockComparisonBenchmark}
 * (with {@code -Dit.database=mysql -Dit.mysql.url=…} for MariaDB); {@code -Dbench.jfr=true} records the platform
 * with Java Flight Recorder into {@code target/benchmarks/platform.jfr}.
 */
class StockComparisonBenchmark {

  static final int WARMUP = Integer.getInteger("bench.warmup", 3000);
  static final int INSTANCES = Integer.getInteger("bench.instances", 600);
  static final int EVALUATIONS = Integer.getInteger("bench.evaluations", 2000);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  static final List<Integer> THREADS = List.of(1, 4);
  /** Which servers beside the platform ({@code -Dbench.servers=platform} alone, to profile it). */
  static final List<String> SERVERS = List.of(System.getProperty("bench.servers", "stock,stock-secured,platform")
      .split(","));
  /**
   * The platform's jar with Camunda's authorization checks off ({@code -Dbench.servers=stock,platform,
   * platform-without-authorizations}): how much of the gap to stock those checks are. The platform's own checks stay
   * (the caller's password, lock and groups; the operation log). A measure, not a configuration to run.
   */
  static final String WITHOUT_AUTHORIZATIONS = "platform-without-authorizations";
  static final Path MODEL = Path.of("src", "test", "resources", "proof");
  static final String START_PATH = "/engine-rest/process-definition/key/proof-simple/start";

  /** Connector/J as the platform's mysql profile sets it up, for every server alike. */
  static final String MYSQL_PARAMETERS = "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
      + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin&connectionTimeZone=SERVER&useSSL=false"
      + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&cachePrepStmts=true&prepStmtCacheSize=500"
      + "&prepStmtCacheSqlLimit=32768&useLocalSessionState=true&cacheServerConfiguration=true"
      + "&elideSetAutoCommits=true&maintainTimeStats=false";

  /** The platform's own H2 settings beside the URL (application.yml), given to both servers as the MySQL ones are. */
  private static final String H2_SETTINGS = System.getProperty("bench.h2Settings", ";QUERY_CACHE_SIZE=64");

  final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    String database = TestDatabase.isMySql() ? "mysql" : "h2";
    line("Beside stock, " + database + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
        + loadAverage() + "; warm-up " + WARMUP + ", " + INSTANCES + " instances per figure, " + ROUNDS
        + " rounds, JVM " + String.join(" ", ServerProcess.JVM_OPTIONS));
    line("");
    Map<String, ServerProcess> servers = new LinkedHashMap<>();
    try {
      if (SERVERS.contains("stock")) {
        servers.put("stock", ServerProcess.start("stock-" + database, stockJar(), List.of(), stockArguments("stock")));
      }
      if (SERVERS.contains("stock-secured")) {
        servers.put("stock-secured", ServerProcess.start("stock-secured-" + database, stockJar(), List.of(),
            concat(stockArguments("stock_secured"), "--stock.secured=true",
                "--camunda.bpm.authorization.enabled=true")));
      }
      List<String> jfr = Boolean.getBoolean("bench.jfr")
          ? List.of("-XX:FlightRecorderOptions=stackdepth=256", "-XX:StartFlightRecording=filename=target/benchmarks/"
              + "platform-" + database + ".jfr,settings=profile,delay=20s") : List.of();
      servers.put("platform", ServerProcess.start("platform-" + database, platformJar(), jfr,
          platformArguments("platform")));
      if (SERVERS.contains(WITHOUT_AUTHORIZATIONS)) {
        servers.put(WITHOUT_AUTHORIZATIONS, ServerProcess.start(WITHOUT_AUTHORIZATIONS + "-" + database,
            platformJar(), List.of(), concat(platformArguments("platform_without_authorizations"),
                "--camunda.bpm.authorization.enabled=false")));
      }

      line("| server | start-up s | resident MiB after start-up |");
      line("|---|---|---|");
      servers.forEach((name, server) -> line("| " + name + " | " + seconds(server.startupMillis()) + " | "
          + server.residentMiB() + " |"));
      line("");

      Map<String, EngineRestClient> clients = new LinkedHashMap<>();
      servers.forEach((name, server) -> clients.put(name, new EngineRestClient(server.base(), "admin", "demo")));
      List<Path> model = List.of(MODEL.resolve("proof-simple.bpmn"), MODEL.resolve("proof-grade.dmn"),
          MODEL.resolve("proof-review.form"), MODEL.resolve("proof-start.form"));
      clients.values().forEach(client -> deploy(client, model));
      for (EngineRestClient client : clients.values()) {
        instances(client, WARMUP, 2);
        evaluations(client, WARMUP, 2);
      }

      line("| workload | client threads | server | per second (each round) | median | p50 ms per call | p95 ms per call "
          + "| CPU ms per instance | platform ÷ this, medians | platform ÷ this, pair by pair: median (lowest–highest) |");
      line("|---|---|---|---|---|---|---|---|---|---|");
      for (int threads : THREADS) {
        compare("start → task → complete", threads, servers, clients,
            client -> instances(client, INSTANCES, threads), INSTANCES);
      }
      for (int threads : THREADS) {
        compare("decision through REST", threads, servers, clients,
            client -> evaluations(client, EVALUATIONS, threads), EVALUATIONS);
      }
      line("");
      line("| server | resident MiB after the runs |");
      line("|---|---|");
      servers.forEach((name, server) -> line("| " + name + " | " + server.residentMiB() + " |"));
      line("");
      line("Load average at the end: " + loadAverage());
    } finally {
      servers.values().forEach(ServerProcess::close);
      Path out = Path.of("target", "benchmarks", "stock-comparison-" + database + ".md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private void compare(String workload, int threads, Map<String, ServerProcess> servers,
      Map<String, EngineRestClient> clients, Workload work, int count) {
    Map<String, List<Result>> results = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(servers.keySet());
    for (int round = 0; round < ROUNDS; round++) {
      List<String> order = new ArrayList<>(names);
      if (round % 2 == 1) {
        java.util.Collections.reverse(order);
      }
      for (String name : order) {
        ServerProcess server = servers.get(name);
        double cpu = server.cpuSeconds();
        Result result = work.run(clients.get(name));
        result.cpuMillisPerUnit = (server.cpuSeconds() - cpu) * 1000 / count;
        results.computeIfAbsent(name, n -> new ArrayList<>()).add(result);
      }
    }
    List<Result> platform = results.get("platform");
    results.forEach((name, rounds) -> {
      double median = median(rounds);
      long[] calls = rounds.stream().flatMapToLong(r -> Arrays.stream(r.callNanos)).sorted().toArray();
      double[] pairs = java.util.stream.IntStream.range(0, rounds.size())
          .mapToDouble(round -> platform.get(round).perSecond / rounds.get(round).perSecond).sorted().toArray();
      line("| " + workload + " | " + threads + " | " + name + " | "
          + String.join(" / ", rounds.stream().map(r -> format(r.perSecond)).toList()) + " | " + format(median)
          + " | " + millis(calls[calls.length / 2]) + " | " + millis(calls[(int) (calls.length * 0.95)]) + " | "
          + format(rounds.stream().mapToDouble(r -> r.cpuMillisPerUnit).average().orElse(0)) + " | "
          + (name.equals("platform") ? " | " : String.format(Locale.ROOT, "%.2f | %.2f (%.2f–%.2f)",
              median(platform) / median, median(pairs), pairs[0], pairs[pairs.length - 1])) + " |");
    });
  }

  /** Instances started, their task found and completed; one call each, timed. */
  static Result instances(EngineRestClient client, int count, int threads) {
    return parallel(threads, count, (calls, n) -> {
      long t0 = System.nanoTime();
      JsonNode instance = client.post(START_PATH,
          "{\"variables\":{\"score\":{\"value\":" + (n * 7 % 101) + ",\"type\":\"Integer\"}}}");
      long t1 = System.nanoTime();
      JsonNode tasks = client.get("/engine-rest/task?maxResults=10&processInstanceId=" + instance.get("id").asText());
      long t2 = System.nanoTime();
      if (tasks.size() != 1) {
        throw new IllegalStateException("expected one task of " + instance + ", found " + tasks);
      }
      client.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
          "{\"variables\":{\"approved\":{\"value\":" + (n % 4 != 0) + ",\"type\":\"Boolean\"}}}");
      long t3 = System.nanoTime();
      calls.add(t1 - t0, t2 - t1, t3 - t2);
    });
  }

  static Result evaluations(EngineRestClient client, int count, int threads) {
    return parallel(threads, count, (calls, n) -> {
      long t0 = System.nanoTime();
      JsonNode result = client.post("/engine-rest/decision-definition/key/proof-grade/evaluate",
          "{\"variables\":{\"score\":{\"value\":" + (n * 7 % 101) + ",\"type\":\"Integer\"}}}");
      calls.add(System.nanoTime() - t0);
      if (result.size() != 1) {
        throw new IllegalStateException("expected one result, got " + result);
      }
    });
  }

  /** Units {@code 0 … units-1} shared out to {@code threads} client threads, each unit done once by one of them. */
  private static Result parallel(int threads, int units, java.util.function.ObjIntConsumer<Calls> unit) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Calls calls = new Calls();
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        running.add(pool.submit(() -> {
          for (int n = next.getAndIncrement(); n < units; n = next.getAndIncrement()) {
            unit.accept(calls, n);
          }
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(units / seconds, calls.toArray());
  }

  private static void deploy(EngineRestClient client, List<Path> model) {
    JsonNode deployed = client.deploy("proof-simple", model);
    if (deployed.path("deployedProcessDefinitions").isEmpty() && deployed.path("id").isMissingNode()) {
      throw new IllegalStateException("not deployed: " + deployed);
    }
  }

  private static List<String> stockArguments(String suffix) throws SQLException {
    if (!TestDatabase.isMySql()) {
      return List.of("--spring.datasource.url=jdbc:h2:mem:" + suffix + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS);
    }
    return List.of("--spring.datasource.url=" + mysqlUrl(suffix) + MYSQL_PARAMETERS,
        "--spring.datasource.username=" + System.getProperty("it.mysql.user", "root"),
        "--spring.datasource.password=" + System.getProperty("it.mysql.password", ""),
        "--camunda.bpm.database.type=mysql");
  }

  private static List<String> platformArguments(String suffix) throws SQLException {
    if (!TestDatabase.isMySql()) {
      return List.of("--spring.datasource.url=jdbc:h2:mem:" + suffix + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR"
          + H2_SETTINGS);
    }
    return List.of("--spring.profiles.active=mysql", "--platform.demo-data.enabled=true",
        "--spring.datasource.url=" + mysqlUrl(suffix),
        "--spring.datasource.username=" + System.getProperty("it.mysql.user", "root"),
        "--spring.datasource.password=" + System.getProperty("it.mysql.password", ""));
  }

  /** A fresh database of the run's server for one server of the comparison. */
  private static String mysqlUrl(String suffix) throws SQLException {
    String database = TestDatabase.databaseBeside("proof_" + suffix);
    String server = System.getProperty("it.mysql.url").replaceFirst("/[^/]*$", "/");
    try (Connection connection = DriverManager.getConnection(server, System.getProperty("it.mysql.user", "root"),
        System.getProperty("it.mysql.password", "")); Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS `" + database + "`");
      sql.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    return server + database;
  }

  static Path stockJar() {
    Path jar = Path.of("src", "benchmark", "stock-camunda", "target", "stock-camunda.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: the benchmark profile builds it (./mvnw -Pbenchmark test)");
    }
    return jar;
  }

  static Path platformJar() throws IOException {
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "union-social-work-platform-*.jar")) {
      found.forEach(path -> {
        if (!path.getFileName().toString().endsWith("-plain.jar")) {
          jars.add(path);
        }
      });
    }
    if (jars.size() != 1) {
      throw new IllegalStateException("expected the packaged platform in target/, found " + jars
          + ": ./mvnw -q package -DskipTests -Dmodeler.skip first");
    }
    return jars.get(0);
  }

  private static double median(List<Result> rounds) {
    return median(rounds.stream().mapToDouble(r -> r.perSecond).sorted().toArray());
  }

  /** The median of values in order. */
  private static double median(double[] sorted) {
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static List<String> concat(List<String> list, String... more) {
    List<String> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append(System.lineSeparator());
  }

  @FunctionalInterface
  interface Workload {
    Result run(EngineRestClient client);
  }

  static final class Result {
    final double perSecond;
    final long[] callNanos;
    double cpuMillisPerUnit;

    Result(double perSecond, long[] callNanos) {
      this.perSecond = perSecond;
      this.callNanos = callNanos;
    }
  }

  /** Call durations from every client thread. */
  static final class Calls {
    private final List<long[]> chunks = new ArrayList<>();

    synchronized void add(long... nanos) {
      chunks.add(nanos);
    }

    synchronized long[] toArray() {
      return chunks.stream().flatMapToLong(Arrays::stream).toArray();
    }
  }
}
