package cn.unionsw.platform.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.unionsw.platform.TestDatabase;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.DatabaseProxy;
import cn.unionsw.platform.support.NodeDatabase;
import cn.unionsw.platform.support.PlatformNode;
import cn.unionsw.platform.support.PostApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, fault 3: the database goes away under load and comes back. A node reaches MariaDB through a {@link
 * DatabaseProxy}; four clients keep starting post applications through engine REST and reading the city's inbox,
 * while {@code faults.outageTimers} (100) reminder timers come due, and the proxy drops every connection and refuses
 * new ones for {@code faults.outageSeconds} (10). Meanwhile every refused request is a 503 in problem JSON that says
 * the database is unavailable, never a stack trace. Afterwards no case that was answered 200 is missing, every timer
 * fired exactly once (those that failed in the outage were retried), an incident stands only where a job's retries
 * ran out, and the node works again without a restart. MySQL/MariaDB only.
 */
@ExtendWith(TestDatabase.class)
class DatabaseOutageIT {

  static final int TIMERS = Integer.getInteger("faults.outageTimers", 100);
  static final int OUTAGE_SECONDS = Integer.getInteger("faults.outageSeconds", 10);
  static final int CLIENTS = 4;
  static final String REMINDER_JOBS = TimersOnTwoNodesIT.REMINDER_JOBS;
  /** The two starting clients apply for units of their own, so that they do not meet on one unit's quota. */
  static final List<String> UNITS = List.of("HE-SJZ-ZD-GXQ", "HE-SJZ-ZD-ZDZ");

  private PlatformNode node;
  private DatabaseProxy proxy;

  @AfterEach
  void stop() {
    if (node != null) {
      node.kill();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void shouldLoseNoCaseAndSayWhatIsWrongWhileTheDatabaseIsAway() throws Exception {
    assumeTrue(TestDatabase.isMySql(), "the database restarts under a node: run with -Dit.database=mysql "
        + "(./mvnw verify runs it in its MySQL pass)");
    NodeDatabase database = NodeDatabase.fresh("outage");
    proxy = DatabaseProxy.to(NodeDatabase.serverAddress());
    node = PlatformNode.start(9, database.nodeArgumentsVia(proxy.address()));
    List<String> timed = TimersOnTwoNodesIT.startCases(node, TIMERS);
    String in = timed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));

    ConcurrentLinkedQueue<String> answeredStarts = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ResponseEntity<String>> refusals = new ConcurrentLinkedQueue<>();
    long loadUntil = System.nanoTime() + Duration.ofSeconds(OUTAGE_SECONDS + 12L).toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> load = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      load.add(clients.submit(() -> {
        while (System.nanoTime() < loadUntil) {
          ResponseEntity<String> answer = client % 2 == 0
              ? Api.as(node.rest(), "zdclerk").postText(PostApplications.START,
                  Map.of("variables", PostApplications.application(UNITS.get(client / 2), "LEVEL_3")))
              : Api.as(node.rest(), "sjzreviewer").getText("/engine-rest/task?candidateGroup=HE-SJZ&maxResults=15");
          if (answer.getStatusCode() == HttpStatus.OK) {
            if (client % 2 == 0) {
              answeredStarts.add(Api.json(answer.getBody()).path("id").asText());
            }
          } else if (answer.getStatusCode() != HttpStatus.CONFLICT) {
            // 409: two starts met on the unit's quota (the platform's answer to send it again), not the outage.
            refusals.add(answer);
          }
        }
        return null;
      }));
    }
    Thread.sleep(2_000);
    int due = database.read(jdbc -> jdbc.update("update ACT_RU_JOB set DUEDATE_ = date_sub(now(), interval 1 minute)"
        + " where " + REMINDER_JOBS + " and PROCESS_INSTANCE_ID_ in (" + in + ")"));
    assertThat(due).isEqualTo(TIMERS);
    Thread.sleep(300);
    proxy.down();
    Thread.sleep(OUTAGE_SECONDS * 1000L);
    proxy.up();
    for (Future<?> client : load) {
      client.get();
    }
    clients.shutdown();

    assertThat(refusals).as("requests refused while the database was away").isNotEmpty().allSatisfy(refusal -> {
      assertThat(refusal.getStatusCode()).as(refusal.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      JsonNode problem = Api.json(refusal.getBody());
      assertThat(problem.path("error").asText()).isEqualTo("database_unavailable");
      assertThat(problem.path("message").asText()).contains("数据库暂时无法连接");
      assertThat(refusal.getBody()).doesNotContain("Exception", "\tat ", "SQL");
    });
    assertThat(answeredStarts).as("cases started while the test ran").isNotEmpty();

    long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (database.read(jdbc -> jdbc.queryForObject("select count(*) from ACT_RU_JOB where " + REMINDER_JOBS
        + " and RETRIES_ > 0 and PROCESS_INSTANCE_ID_ in (" + in + ")", Long.class)) > 0) {
      assertThat(System.nanoTime()).as("every reminder fired or ran out of retries within 4 minutes").isLessThan(until);
      Thread.sleep(500);
    }
    ResponseEntity<JsonNode> after = Api.as(node.rest(), "zdclerk").post(PostApplications.START,
        Map.of("variables", PostApplications.application("HE-SJZ-ZD-GXQ", "LEVEL_3")));
    assertThat(after.getStatusCode()).as("a start after the outage, same node").isEqualTo(HttpStatus.OK);

    String started = answeredStarts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    database.read(jdbc -> {
      assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where ID_ in (" + started + ")",
          Long.class)).as("cases answered 200 that exist").isEqualTo(answeredStarts.size());
      long failedForGood = jdbc.queryForObject("select count(*) from ACT_RU_JOB where " + REMINDER_JOBS
          + " and RETRIES_ = 0 and PROCESS_INSTANCE_ID_ in (" + in + ")", Long.class);
      assertThat(jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class))
          .as("incidents, one per job out of retries").isEqualTo(failedForGood);
      Map<String, Long> reminded = jdbc.queryForList("select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ ="
          + " 'remind-reviewer' and PROC_INST_ID_ in (" + in + ")", String.class).stream()
          .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
      assertThat(reminded).as("到期提醒 steps per case").hasSize((int) (TIMERS - failedForGood))
          .allSatisfy((id, count) -> assertThat(count).as("reminders of " + id).isEqualTo(1L));
      return null;
    });
  }
}
