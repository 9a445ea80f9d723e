package cn.unionsw.platform.monitoring;

import cn.unionsw.platform.monitoring.WorkloadMapper.Count;
import cn.unionsw.platform.sla.SlaBoard;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's workload as gauges for Prometheus ({@code /actuator/prometheus}): open tasks per process, overdue
 * tasks per process and candidate organisation, the job backlog, jobs out of retries and open incidents. They are
 * counted every {@code platform.monitoring.refresh} (30 s) by one node-local task, not at each scrape, so that
 * however many scrapers ask, the database answers four counts per interval; a gauge is at most that old. A process
 * or organisation whose count drops to none disappears from the series, as Prometheus expects of labels.
 */
@Component
public class WorkloadMetrics {

  static final String OPEN_TASKS = "platform.tasks.open";
  static final String OVERDUE_TASKS = "platform.tasks.overdue";
  static final String JOB_BACKLOG = "platform.jobs.backlog";
  static final String JOBS_FAILED = "platform.jobs.failed";
  static final String OPEN_INCIDENTS = "platform.incidents.open";
  /** The gauges with a series per process (and organisation or type): none while nothing is counted. */
  static final List<String> LABELLED = List.of(OPEN_TASKS, OVERDUE_TASKS, OPEN_INCIDENTS);

  private static final Logger log = LoggerFactory.getLogger(WorkloadMetrics.class);

  private final WorkloadMapper workload;
  /** The deadline board's count (ADR 0020), so that the gauge and Cockpit's 时限监控 count overdue alike. */
  private final SlaBoard board;
  private final ManagementService management;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge openIncidents;
  private final AtomicLong jobBacklog = new AtomicLong();
  private final AtomicLong jobsFailed = new AtomicLong();

  WorkloadMetrics(WorkloadMapper workload, SlaBoard board, ManagementService management, MeterRegistry registry) {
    this.workload = workload;
    this.board = board;
    this.management = management;
    openTasks = MultiGauge.builder(OPEN_TASKS).description("Open user tasks per process")
        .register(registry);
    overdueTasks = MultiGauge.builder(OVERDUE_TASKS)
        .description("Open user tasks past their due date, per process and candidate organisation")
        .register(registry);
    openIncidents = MultiGauge.builder(OPEN_INCIDENTS).description("Open incidents per process and type")
        .register(registry);
    Gauge.builder(JOB_BACKLOG, jobBacklog, AtomicLong::get)
        .description("Jobs due now that no job executor has finished yet (timers, async steps, batches)")
        .register(registry);
    Gauge.builder(JOBS_FAILED, jobsFailed, AtomicLong::get)
        .description("Jobs whose retries ran out (each has an incident)").register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(initialDelayString = "${platform.monitoring.refresh:30s}",
      fixedDelayString = "${platform.monitoring.refresh:30s}")
  public void refresh() {
    try {
      openTasks.register(rows(workload.openTasks(), "process"), true);
      overdueTasks.register(rows(board.overdueByProcessAndOrganisation().stream()
          .map(overdue -> new Count(overdue.processKey(), overdue.orgCode(), overdue.overdue())).toList(),
          "organisation"), true);
      openIncidents.register(rows(workload.openIncidents(), "type"), true);
      jobBacklog.set(management.createJobQuery().executable().count());
      jobsFailed.set(management.createJobQuery().noRetriesLeft().count());
    } catch (RuntimeException e) {
      // A database away for a moment: the gauges keep their last values and the health check says why.
      log.warn("Workload metrics not refreshed: {}", e.toString());
    }
  }

  private static List<MultiGauge.Row<?>> rows(List<Count> counts, String label) {
    return counts.stream()
        // A value function, not the boxed count: a gauge holds its number weakly, and the count would be collected.
        .<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(tags(count, label), () -> count.count()))
        .toList();
  }

  private static Tags tags(Count count, String label) {
    Tags tags = Tags.of("process", count.process() == null ? "" : count.process());
    return count.label() == null ? tags : tags.and(label, count.label());
  }
}
