package cn.unionsw.platform.proof;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.PostApplications;
import cn.unionsw.platform.web.BadData;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city reviewer's inbox as history grows (issue 15, docs/benchmarks.md): {@code bench.open} (10,000) post
 * applications open at the city's review, and behind them 10,000, then 100,000 finished cases; at each size 20
 * clients at once ask, as {@code sjzreviewer} through engine REST, the first page of (a) the task query of the
 * city's review tasks by due date and (b) Tasklist's default filter 本单位待办 as Tasklist asks it (HAL, with the
 * filter's variables): each client once a second (Tasklist refreshes every 10 s), and back to back (the clients
 * then keep both cores busy and the latency is mostly waiting for them). p50 and p95 of each, and the ratio of the
 * large history to the small. The first size is measured after {@code bench.warmupPasses} (1) whole passes, printed
 * and marked as not counted: a fresh server's first minutes are slower at any size.
 *
 * <p>The open cases and {@code bench.templates} (100) finished ones run through the engine (start as the
 * county's clerk, the city's and the province's approval); the rest of the history is those finished cases' rows
 * copied under new ids, in every history table and in the authorizations Camunda keeps for historic tasks and
 * instances, so that the tables are as large as that many real cases make them. Not a test: it asserts nothing and
 * {@code verify} does not run it: {@code ./mvnw -Pbenchmark test -Dtest=InboxBenchmark} (with
 * {@code -Dit.database=mysql -Dit.mysql.url=…} for MariaDB).
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class InboxBenchmark {

  static final int OPEN = Integer.getInteger("bench.open", 10_000);
  static final int TEMPLATES = Integer.getInteger("bench.templates", 100);
  static final List<Integer> FINISHED = Arrays.stream(System.getProperty("bench.finished", "10000,100000").split(","))
      .map(Integer::valueOf).toList();
  static final int CLIENTS = Integer.getInteger("bench.clients", 20);
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 5);
  /** Passes over every query (paced and back to back) before the first size is measured; printed, not counted. */
  static final int WARMUP_PASSES = Integer.getInteger("bench.warmupPasses", 1);
  static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  /**
   * The city's open cases are spread over {@code bench.units} (200) township unions imported for the run, half under
   * Zhengding (its clerk applies), half under Luancheng: some 50 open applications a unit, where a province's 10,000
   * open cases would be a handful a unit (a unit's quota check reads its open applications), and two counties, whose
   * case numbers are drawn one at a time. Another 100 units under Zhuozhou (保定) hold the other cities' cases.
   */
  static final int UNIT_COUNT = Integer.getInteger("bench.units", 200);
  static final List<String> COUNTIES = List.of("HE-SJZ-ZD", "HE-SJZ-LC", "HE-BD-ZZ");
  static final List<String> CLERKS = List.of("zdclerk", "lcclerk", "zzclerk");
  /**
   * Of the open cases, how many wait at 石家庄's review (the reviewer's inbox); the rest wait at 保定's, standing for
   * the province's other cities: their tasks are rows the city's query passes over. All of them by default (the
   * worst case: one city holding the province's whole backlog); Shijiazhuang has 22 of Hebei's 190 counties, so
   * {@code -Dbench.cityOpen=1250} is its share of 10,000.
   */
  static final int CITY_OPEN = Integer.getInteger("bench.cityOpen", OPEN);
  /** Paced: each client asks once a second (Tasklist itself refreshes every 10 s), beside back to back. */
  static final long PACE_NANOS = 1_000_000_000L;
  static final String TASK_QUERY = "/engine-rest/task?candidateGroup=HE-SJZ&includeAssignedTasks=true"
      + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15";
  static final String FILTER_LIST = "/engine-rest/filter/reviewer-unit-tasks/list?firstResult=0&maxResults=15";
  static final String FILTER_BODY = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],"
      + "\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}";
  /**
   * Columns that hold the id of something a copied case owns, renamed in the copy as {@code <copy>-<the id's last 57
   * characters>} (the same for an id and every reference to it, and within the columns' 64); other columns stay.
   */
  static final Set<String> OWN_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "TASK_ID_",
      "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "PARENT_TASK_ID_",
      "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "VAR_INST_ID_", "OPERATION_ID_", "RESOURCE_ID_", "BUSINESS_KEY_",
      "BATCH_ID_");

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;
  @LocalServerPort
  int port;
  @Autowired
  org.springframework.boot.test.web.client.TestRestTemplate rest;

  final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    line("Inbox, " + (TestDatabase.isMySql() ? "MariaDB/MySQL" : "H2") + ", " + OPEN + " open cases (" + CITY_OPEN
        + " at the city), " + CLIENTS + " clients, " + SECONDS + " s each after " + WARMUP_SECONDS + " s warm-up, "
        + WARMUP_PASSES + " warm-up pass(es) at the first size; load average " + loadAverage());
    long t0 = System.nanoTime();
    importUnits();
    List<String> templates = finishedCases(TEMPLATES);
    line("(setup) " + TEMPLATES + " finished cases through the engine: " + seconds(t0) + " s");
    t0 = System.nanoTime();
    openCases(OPEN);
    line("(setup) " + OPEN + " open cases through the engine: " + seconds(t0) + " s");
    line("");
    line("| finished cases | query | calls | p50 ms | p95 ms | p99 ms | calls/s | history rows | authorization rows |");
    line("|---|---|---|---|---|---|---|---|---|");
    EngineRestClient reviewer = new EngineRestClient(URI.create("http://127.0.0.1:" + port), "sjzreviewer",
        Api.DEMO_PASSWORD);
    Map<String, Map<Integer, long[]>> byQuery = new LinkedHashMap<>();
    int copies = 1;
    for (int finished : FINISHED) {
      t0 = System.nanoTime();
      int wanted = Math.max(1, finished / templates.size());
      copy(templates, copies, wanted);
      copies = wanted;
      long history = count("ACT_HI_ACTINST") + count("ACT_HI_PROCINST") + count("ACT_HI_TASKINST")
          + count("ACT_HI_VARINST") + count("ACT_HI_DETAIL") + count("ACT_HI_IDENTITYLINK") + count("ACT_HI_OP_LOG");
      long authorizations = count("ACT_RU_AUTHORIZATION");
      line("(setup) history copied to " + count("ACT_HI_PROCINST") + " process instances (" + seconds(t0) + " s)");
      line("(setup) " + settle());
      Map<String, Runnable> queries = new LinkedHashMap<>();
      queries.put("task query", () -> reviewer.get(TASK_QUERY));
      queries.put("Tasklist filter 本单位待办 (HAL)", () -> reviewer.postHal(FILTER_LIST, FILTER_BODY));
      // The first size is measured after whole passes of warm-up: a server that has just started (and MariaDB's
      // buffer pool after the setup) answers its first minutes of these queries more slowly, whatever the size.
      int passes = finished == FINISHED.get(0) ? WARMUP_PASSES + 1 : 1;
      for (int pass = 1; pass <= passes; pass++) {
        boolean counted = pass == passes;
        for (var query : queries.entrySet()) {
          run(query.getValue(), WARMUP_SECONDS, 0);
          for (long pace : List.of(PACE_NANOS, 0L)) {
            String name = query.getKey() + (pace > 0 ? ", each client once a second" : ", back to back");
            long[] calls = run(query.getValue(), SECONDS, pace);
            if (counted) {
              byQuery.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(finished, calls);
            }
            line("| " + finished + (counted ? "" : " (warm-up pass " + pass + ", not counted)") + " | " + name
                + " | " + calls.length + " | " + ms(percentile(calls, 50)) + " | " + ms(percentile(calls, 95))
                + " | " + ms(percentile(calls, 99)) + " | "
                + String.format(Locale.ROOT, "%.0f", calls.length / (double) SECONDS) + " | " + history + " | "
                + authorizations + " |");
          }
        }
      }
    }
    line("");
    int small = FINISHED.get(0);
    int large = FINISHED.get(FINISHED.size() - 1);
    byQuery.forEach((query, runs) -> line("Ratio " + large + " / " + small + ", " + query + ": p50 "
        + ratio(percentile(runs.get(large), 50), percentile(runs.get(small), 50)) + ", p95 "
        + ratio(percentile(runs.get(large), 95), percentile(runs.get(small), 95))));
    line("Load average at the end: " + loadAverage());
    Path out = Path.of("target", "benchmarks", "inbox-" + (TestDatabase.isMySql() ? "mysql" : "h2") + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  /** Cases approved at both levels, as the engine runs them; answers their process instance ids. */
  private List<String> finishedCases(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      VariableMap variables = application(0, i);
      String id = as("zdclerk", () -> runtime.startProcessInstanceByKey("post-application", variables).getId());
      approve("sjzreviewer", id, "municipal-review");
      approve("hereviewer", id, "provincial-review");
      ids.add(id);
    }
    return ids;
  }

  private void openCases(int count) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      running.add(pool.submit(() -> {
        for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
          int county = n < CITY_OPEN ? n % 2 : 2;
          VariableMap variables = application(county, n);
          for (int tries = 1; ; tries++) {
            try {
              as(CLERKS.get(county), () -> runtime.startProcessInstanceByKey("post-application", variables).getId());
              break;
            } catch (RuntimeException met) {
              // Two starts in one county met on its case numbers: the platform answers 409 and the clerk sends again.
              if (!BadData.isConcurrentChange(met) || tries == 10) {
                throw met;
              }
            }
          }
        }
      }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    pool.shutdown();
  }

  private void approve(String user, String processInstanceId, String step) {
    as(user, () -> {
      String task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step)
          .singleResult().getId();
      tasks.complete(task, Variables.putValue("decision", "APPROVE").putValue("comment", "同意"));
      return task;
    });
  }

  /** Application {@code n} in that county (0 Zhengding, 1 Luancheng, 2 Zhuozhou), each county's units in turn. */
  private static VariableMap application(int county, int n) {
    VariableMap variables = Variables.createVariables();
    PostApplications.application(unit(county, (n / 2) % (UNIT_COUNT / 2)), "LEVEL_3").forEach((name, value) ->
        variables.putValue(name, ((Map<?, ?>) value).get("value")));
    return variables;
  }

  private static String unit(int county, int number) {
    return COUNTIES.get(county) + "-B" + String.format("%03d", number);
  }

  /** The run's township unions, through the platform's own import as an administrator would load them. */
  private void importUnits() {
    StringBuilder csv = new StringBuilder("组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数\n");
    for (int county = 0; county < COUNTIES.size(); county++) {
      for (int number = 0; number < UNIT_COUNT / 2; number++) {
        csv.append(unit(county, number)).append(',').append(COUNTIES.get(county)).append(",基准测试街道工会")
            .append(county).append('-').append(number).append(",乡镇（街道）工会,120,2000,1800\n");
      }
    }
    var imported = Api.as(rest, "admin").upload("/api/admin/orgs/import", "organisations.csv",
        csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (!imported.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("units not imported: " + imported.getBody());
    }
  }

  private <T> T as(String user, java.util.function.Supplier<T> call) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Copies the template cases' history (and the authorizations on their historic tasks and instances) from copy
   * number {@code from} up to {@code to - 1}, so that there are {@code to} copies of each in all, the originals
   * counting as the first.
   */
  private void copy(List<String> templates, int from, int to) throws SQLException {
    if (to <= from) {
      return;
    }
    jdbc.execute("create table if not exists bench_copy (n int not null primary key)");
    jdbc.update("delete from bench_copy");
    String in = templates.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    List<String> tables = historyTables();
    for (int start = from; start < to; start += 50) {
      int end = Math.min(to, start + 50);
      jdbc.update("delete from bench_copy");
      List<Object[]> numbers = new ArrayList<>();
      for (int n = start; n < end; n++) {
        numbers.add(new Object[] {n});
      }
      jdbc.batchUpdate("insert into bench_copy (n) values (?)", numbers);
      for (String table : tables) {
        String owned = switch (table) {
          case "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT" ->
              "t.DEC_INST_ID_ in (select d.ID_ from ACT_HI_DECINST d where d.PROC_INST_ID_ in (" + in + "))";
          case "ACT_RU_AUTHORIZATION" -> "t.RESOURCE_TYPE_ in (19, 20) and (t.RESOURCE_ID_ in (" + in + ") or"
              + " t.RESOURCE_ID_ in (select h.ID_ from ACT_HI_TASKINST h where h.PROC_INST_ID_ in (" + in + ")))";
          default -> "t.PROC_INST_ID_ in (" + in + ")";
        };
        List<String> columns = columns(table);
        String select = columns.stream().map(column -> OWN_IDS.contains(column)
            ? "case when t." + column + " is null then null else concat(c.n, '-', right(t." + column + ", 57)) end"
            : "t." + column)
            .collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from "
            + table + " t, bench_copy c where " + owned);
      }
    }
  }

  private List<String> historyTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet found = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          String name = found.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
          if (name.startsWith("ACT_HI_") && (columns(name).contains("PROC_INST_ID_")
              || name.equals("ACT_HI_DEC_IN") || name.equals("ACT_HI_DEC_OUT"))) {
            tables.add(name);
          }
        }
      }
    }
    tables.add("ACT_RU_AUTHORIZATION");
    return tables;
  }

  /** The table's columns, upper case; MySQL's metadata may know the table by its lower-case name only. */
  private List<String> columns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
        try (ResultSet found = connection.getMetaData().getColumns(connection.getCatalog(), null, name, "%")) {
          while (found.next()) {
            columns.add(found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
          }
        }
        if (!columns.isEmpty()) {
          return columns;
        }
      }
    }
    return columns;
  }

  /** {@link #CLIENTS} clients calling for the given seconds, each call {@code pace} after the last began (0: none). */
  private long[] run(Runnable call, int seconds, long pace) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(pool.submit(() -> {
        long[] times = new long[1024];
        int n = 0;
        long next = System.nanoTime() + (pace > 0 ? (long) (Math.random() * pace) : 0);
        while (System.nanoTime() < until) {
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
          long t0 = System.nanoTime();
          next = t0 + pace;
          call.run();
          if (n == times.length) {
            times = Arrays.copyOf(times, n * 2);
          }
          times[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(times, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> client : clients) {
      all.add(client.get());
    }
    pool.shutdown();
    return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static long percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private static String ratio(long a, long b) {
    return String.format(Locale.ROOT, "%.2f", a / (double) b);
  }

  private static String seconds(long t0) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Waits, up to three minutes, until the whole machine is quiet: under 15 % of its CPU busy over two seconds. The
   * setup's inserts leave the database flushing and purging for a while, and a size measured in that wake paid for
   * it (the 10,000 figures came out worse than the 100,000 ones in every run before this wait).
   */
  private static String settle() throws InterruptedException {
    long t0 = System.nanoTime();
    long[] before = cpuTicks();
    if (before == null) {
      return "no /proc/stat: measured without waiting for the machine to settle";
    }
    while (System.nanoTime() - t0 < 180_000_000_000L) {
      Thread.sleep(2000);
      long[] after = cpuTicks();
      double busy = 1 - (after[1] - before[1]) / (double) Math.max(1, after[0] - before[0]);
      if (busy < 0.15) {
        return String.format(Locale.ROOT, "machine settled after %s s (%.0f %% busy over the last 2 s)", seconds(t0),
            busy * 100);
      }
      before = after;
    }
    return "machine not settled after 180 s; measured anyway";
  }

  /** The machine's CPU ticks since boot, all and idle (with I/O wait), from the first line of /proc/stat. */
  private static long[] cpuTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append(System.lineSeparator());
  }
}
