package cn.unionsw.platform.follow;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.review.Case;
import cn.unionsw.platform.workdays.EngineTime;
import cn.unionsw.platform.workdays.WorkdayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Time for following cases, by the engine's clock (which tests move) in the platform's zone: today, the working day
 * an urge counts for, and where a step stands against its due date. ADR 0017 says why these definitions.
 */
@Service
class Deadlines {

  private final WorkdayCalendar calendar;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ZoneId zone;

  Deadlines(WorkdayCalendar calendar, RuntimeService runtime, IdentityService identity,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.calendar = calendar;
    this.runtime = runtime;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** Now, to the second (MySQL and MariaDB round a fraction into the next second). */
  LocalDateTime now() {
    return EngineTime.now(zone);
  }

  LocalDate today() {
    return now().toLocalDate();
  }

  /**
   * The working day an urge sent today counts for: the day on which its holders are first at work to read it. Today
   * when today is a working day, else the next working day (an urge on a holiday counts for the day work resumes).
   */
  LocalDate urgeDay() {
    LocalDate today = today();
    return calendar.isWorkingDay(today) ? today : calendar.add(today, 1).date();
  }

  LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  /**
   * The deadline timers' flags of these tasks ({@code deadlineState}), by task; a task done meanwhile has none. One
   * query for all, not a read per task (which fails on a task completed meanwhile).
   */
  Map<String, Object> flags(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> flags = new HashMap<>();
    AsPlatform.call(identity, () -> runtime.createVariableInstanceQuery().taskIdIn(taskIds.toArray(String[]::new))
        .variableName(Case.DEADLINE_STATE.name()).list())
        .forEach(variable -> flags.put(variable.getTaskId(), variable.getValue()));
    return flags;
  }

  /** Where the task stands: the timers' flag ({@link #flags}) first, then its due date against today. */
  DueState of(Task task, Object flag) {
    LocalDateTime due = local(task.getDueDate());
    if ("OVERDUE".equals(flag) || "ESCALATED".equals(flag) || due != null && due.isBefore(now())) {
      return DueState.OVERDUE;
    }
    if ("DUE_SOON".equals(flag)) {
      return DueState.DUE_SOON;
    }
    if (due == null) {
      return DueState.NONE;
    }
    LocalDate lastSoon = calendar.add(today(), WorkdayCalendar.DUE_SOON_WORKING_DAYS).date();
    return due.toLocalDate().isAfter(lastSoon) ? DueState.ON_TIME : DueState.DUE_SOON;
  }
}
