package cn.unionsw.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.posts.PostApplicationProcess;
import cn.unionsw.platform.support.PostApplications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Health and metrics as the monitoring system and everyone else meet them: the status for anyone, the parts and the
 * metrics for the monitoring account and administrators only, and the workload gauges counting what the engine
 * holds. The Grafana dashboard and the alerts in docker/ may only ask for series the platform sends.
 */
@PlatformIT
class MonitoringIT {

  private static final String METRICS = "/actuator/prometheus";
  private static final Pattern SERIES = Pattern.compile("\\b((?:platform|jvm|http|hikaricp|process|system)_[a-z_]+)");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  WorkloadMetrics workload;

  @Test
  void shouldRefuseTheMetricsToAnonymousCallersAndToEveryoneButMonitoringAndAdministrators() {
    ResponseEntity<String> anonymous = rest.getForEntity(METRICS, String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.getBody()).contains("\"error\"").doesNotContain("platform_");
    for (String user : List.of("zdclerk", "sjzreviewer", "hereviewer", "zdworker")) {
      assertThat(scrape(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.withBasicAuth("monitor", "wrong").getForEntity(METRICS, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(scrape("monitor").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape("admin").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldAnswerHealthToAnyoneButItsPartsToTheMonitoringSystemOnly() {
    String anonymous = rest.getForObject("/actuator/health", String.class);
    String reviewer = rest.withBasicAuth("hereviewer", "demo").getForObject("/actuator/health", String.class);
    String monitor = rest.withBasicAuth("monitor", "demo").getForObject("/actuator/health", String.class);

    assertThat(anonymous).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
    assertThat(reviewer).doesNotContain("components");
    assertThat(monitor).contains("\"processEngine\"", "\"jobExecutor\"", "\"db\"");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldCountAnOverdueReviewUnderItsProcessAndCandidateOrganisation() {
    String overdue = "platform_tasks_overdue{application=\"union-social-work\",organisation=\"HE-SJZ\","
        + "process=\"post-application\"}";
    String open = "platform_tasks_open{application=\"union-social-work\",process=\"post-application\"}";
    workload.refresh();
    String before = scrape("monitor").getBody();
    String instance = new PostApplications(rest).start("zdclerk", "HE-SJZ-ZD-ZDZ", "LEVEL_3").path("id").asText();
    Task review = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(PostApplicationProcess.Elements.MUNICIPAL_REVIEW).singleResult();
    review.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() - 60_000));
    tasks.saveTask(review);

    workload.refresh();
    String after = scrape("monitor").getBody();

    assertThat(value(after, overdue)).isEqualTo(value(before, overdue) + 1);
    assertThat(value(after, open)).isEqualTo(value(before, open) + 1);
    assertThat(after).contains("platform_jobs_backlog{", "platform_jobs_failed{",
        "platform_logins_failed_total{application=\"union-social-work\",reason=\"password\"}");
  }

  @Test
  void shouldSendEverySeriesTheDashboardAndTheAlertsAskFor() throws IOException {
    rest.withBasicAuth("monitor", "wrong").getForEntity(METRICS, String.class);
    new PostApplications(rest).start("lcclerk", "HE-SJZ-LC-LCZ", "LEVEL_3");
    workload.refresh();
    String metrics = scrape("monitor").getBody();
    Set<String> sent = SERIES.matcher(metrics).results().map(m -> m.group(1)).collect(Collectors.toSet());
    // A labelled gauge has no series while it counts nothing (no incident open now, say).
    WorkloadMetrics.LABELLED.forEach(gauge -> sent.add(gauge.replace('.', '_')));

    Set<String> asked = Stream.of("docker/grafana/dashboards/union-social-work.json", "docker/prometheus/alerts.yml")
        .map(MonitoringIT::read).flatMap(text -> SERIES.matcher(text).results().map(m -> m.group(1)))
        .collect(Collectors.toSet());

    assertThat(metrics).contains("platform_tasks_open{");
    assertThat(asked).contains("platform_tasks_overdue", "platform_logins_failed_total", "jvm_memory_used_bytes");
    assertThat(sent).containsAll(asked);
  }

  private ResponseEntity<String> scrape(String user) {
    return rest.withBasicAuth(user, "demo").getForEntity(METRICS, String.class);
  }

  /** A series' value in the scrape, 0 when it is not there (a count of none has no series). */
  private static double value(String metrics, String series) {
    Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
