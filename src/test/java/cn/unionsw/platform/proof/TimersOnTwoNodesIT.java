package cn.unionsw.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.NodeDatabase;
import cn.unionsw.platform.support.PlatformNode;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, fault 2: two platform nodes on one database with {@code faults.timers} (300 here, 1,000 in
 * docs/reliability.md) timers due at once, each of which fires exactly once. The timers are the city review's
 * reminders of as many post applications (started through engine REST), brought due together by moving their due
 * date; both nodes' job executors then race for them. From the database afterwards: one successful run in the job
 * log per timer and no failed one left, one 到期提醒 step per case, both nodes among those that ran them, no timer
 * left and no incident. MySQL/MariaDB only: embedded H2 belongs to one process.
 */
@ExtendWith(TestDatabase.class)
class TimersOnTwoNodesIT {

  static final int TIMERS = Integer.getInteger("faults.timers", 300);
  static final String REMINDER = "municipal-review-reminder";
  /** The reminder timers' jobs (a job names its activity through its job definition). */
  static final String REMINDER_JOBS = "JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = '" + REMINDER
      + "')";

  private final List<PlatformNode> nodes = new ArrayList<>();

  @AfterEach
  void killNodes() {
    nodes.forEach(PlatformNode::kill);
  }

  @Test
  @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
  void shouldFireEachTimerExactlyOnceWithTwoNodesRacingForThem() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "two nodes share a database server: run with -Dit.database=mysql "
        + "(./mvnw verify runs it in its MySQL pass)");
    NodeDatabase database = NodeDatabase.fresh("timers");
    PlatformNode first = start(1, database);
    PlatformNode second = start(2, database);
    List<String> cases = startCases(first, TIMERS);

    String in = cases.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    int moved = database.read(jdbc -> jdbc.update("update ACT_RU_JOB set DUEDATE_ = date_sub(now(), interval 1 minute)"
        + " where " + REMINDER_JOBS + " and PROCESS_INSTANCE_ID_ in (" + in + ")"));
    assertThat(moved).as("reminder timers brought due").isEqualTo(TIMERS);

    awaitNoneLeft(database, in);

    database.read(jdbc -> {
      List<Map<String, Object>> runs = jdbc.queryForList("select JOB_ID_, HOSTNAME_, JOB_STATE_ from ACT_HI_JOB_LOG"
          + " where ACT_ID_ = ? and PROCESS_INSTANCE_ID_ in (" + in + ") and JOB_STATE_ in (1, 2)", REMINDER);
      Map<Object, Long> successes = runs.stream().filter(run -> ((Number) run.get("JOB_STATE_")).intValue() == 2)
          .collect(Collectors.groupingBy(run -> run.get("JOB_ID_"), Collectors.counting()));
      assertThat(successes).as("successful runs per timer").hasSize(TIMERS).allSatisfy((job, count) ->
          assertThat(count).as("runs of " + job).isEqualTo(1L));
      assertThat(runs.stream().filter(run -> ((Number) run.get("JOB_STATE_")).intValue() == 2)
          .map(run -> run.get("HOSTNAME_")).distinct()).as("nodes that fired timers")
          .containsExactlyInAnyOrder("node-1", "node-2");
      Map<String, Long> reminded = jdbc.queryForList("select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ ="
          + " 'remind-reviewer' and PROC_INST_ID_ in (" + in + ")", String.class).stream()
          .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
      assertThat(reminded).as("到期提醒 steps per case").hasSize(TIMERS).allSatisfy((id, count) ->
          assertThat(count).as("reminders of " + id).isEqualTo(1L));
      assertThat(jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).as("incidents").isZero();
      return null;
    });
  }

  private PlatformNode start(int number, NodeDatabase database) {
    List<String> arguments = new ArrayList<>(database.nodeArguments());
    arguments.add("--camunda.bpm.generic-properties.properties.hostname=node-" + number);
    // An idle job executor waits up to a minute between looks (Camunda's back-off); here both look every second, as
    // both do on a busy cluster, so that they race for the timers instead of the first awake taking them all.
    arguments.add("--camunda.bpm.job-execution.max-wait=1000");
    arguments.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
    PlatformNode node = PlatformNode.start(number, arguments);
    nodes.add(node);
    return node;
  }

  /** Post applications at the city's review, started as Zhengding's clerk, four at a time. */
  static List<String> startCases(PlatformNode node, int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      started.add(pool.submit(() -> {
        ResponseEntity<JsonNode> response;
        int tries = 0;
        do {
          // Applications of one unit meet on its quota: the platform answers 409 to all but one, to be sent again.
          response = Api.as(node.rest(), "zdclerk").post(PostApplications.START,
              Map.of("variables", PostApplications.application("HE-SJZ-ZD-GXQ", "LEVEL_3")));
        } while (response.getStatusCode() == HttpStatus.CONFLICT && ++tries < 10);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody().path("id").asText();
      }));
    }
    List<String> ids = new ArrayList<>();
    for (Future<String> future : started) {
      ids.add(future.get());
    }
    pool.shutdown();
    return ids;
  }

  private static void awaitNoneLeft(NodeDatabase database, String in) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (database.read(jdbc -> jdbc.queryForObject("select count(*) from ACT_RU_JOB where " + REMINDER_JOBS
        + " and PROCESS_INSTANCE_ID_ in (" + in + ")", Long.class)) > 0) {
      assertThat(System.nanoTime()).as("all reminders fired within 5 minutes").isLessThan(until);
      Thread.sleep(500);
    }
  }
}
