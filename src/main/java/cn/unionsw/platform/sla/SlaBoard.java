package cn.unionsw.platform.sla;

import cn.unionsw.platform.evaluation.AppealProcess;
import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import cn.unionsw.platform.workdays.WorkdayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline board supervisors read in Cockpit (ADR 0020): open tasks per candidate organisation by due state,
 * the overdue tasks, appeals nearing their ten-working-day limit (Art. 28) and breaches per month, each limited to
 * what the viewer reaches by the platform's one rule of reach ({@link OrgAccess}): a county its own, a city its
 * counties, the province all; administrators everything. "Due soon" and "working days late" count by the holiday
 * calendar ({@link WorkdayCalendar}), so that a task due after the national days is not reported as on time the
 * day before them.
 */
@Service
public class SlaBoard {

  /** The breach chart's length. */
  static final int MONTHS = 12;
  /** Tasks listed at most in the overdue list and in the appeals list. */
  static final int LIST_LIMIT = 200;
  static final String APPEAL_PROCESS = AppealProcess.KEY;
  static final String APPEAL_REVIEW = AppealProcess.Elements.APPEAL_REVIEW;

  private final SlaMapper mapper;
  private final WorkdayCalendar calendar;
  private final OrgAccess access;
  private final ZoneId zone;

  SlaBoard(SlaMapper mapper, WorkdayCalendar calendar, OrgAccess access,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.access = access;
    this.zone = ZoneId.of(zone);
  }

  /** One organisation's open tasks with a due date, by due state. */
  public record OrgDueCounts(String orgCode, String orgName, long onTime, long dueSoon, long overdue) {
  }

  public record Organisation(String code, String name) {
  }

  /**
   * One open task: its case number (from {@code case_file}, null for a process the kernel does not number), its
   * holder (the assignee) or else its candidate organisations in the viewer's reach, and where it stands in working
   * days: late by {@code workingDaysLate} after its due day, or {@code workingDaysLeft} to go until it.
   */
  public record LateTask(String taskId, String caseNumber, String processKey, String processName, String taskName,
      String assignee, List<Organisation> organisations, LocalDateTime dueDate, boolean overdue, int workingDaysLate,
      int workingDaysLeft) {
  }

  /** Tasks due in one month that ended after their due date or are still open past it. */
  public record MonthBreaches(String month, long breaches) {
  }

  public record Board(LocalDateTime asOf, String processKey, LocalDate dueSoonUntil, List<OrgDueCounts> counts,
      List<LateTask> overdue, List<LateTask> appeals, List<MonthBreaches> breaches) {
  }

  /** Open overdue tasks of one process at one candidate organisation, for the metrics gauge (whole platform). */
  public record OverdueCount(String processKey, String orgCode, long overdue) {
  }

  /**
   * The board for one viewer, for one process or all ({@code processKey} null), the breach chart ending with
   * {@code month} (null: this month).
   */
  @Transactional(readOnly = true)
  public Board board(String userId, String processKey, YearMonth month) {
    Scope scope = scopeOf(userId);
    if (processKey != null && mapper.definitions(processKey) == 0) {
      throw Refusal.invalid("processKey", "没有这个流程: " + processKey);
    }
    LocalDateTime now = now();
    LocalDate today = now.toLocalDate();
    LocalDate lastSoon = calendar.add(today, WorkdayCalendar.DUE_SOON_WORKING_DAYS).date();
    Date soonLimit = date(lastSoon.plusDays(1).atStartOfDay());
    List<OrgDueCounts> counts = mapper.dueCounts(date(now), soonLimit, processKey, scope.orgs(), scope.everything());
    List<LateTask> overdue = tasks(mapper.openTasks(date(now), processKey, null, scope.orgs(), scope.everything(),
        LIST_LIMIT * 5), now);
    List<LateTask> appeals = processKey == null || APPEAL_PROCESS.equals(processKey)
        ? tasks(mapper.openTasks(soonLimit, APPEAL_PROCESS, APPEAL_REVIEW, scope.orgs(), scope.everything(),
            LIST_LIMIT * 5), now)
        : List.of();
    return new Board(now, processKey, lastSoon, counts, overdue, appeals,
        breaches(month == null ? YearMonth.from(today) : month, now, processKey, scope));
  }

  /** Every open overdue task by process and candidate organisation, for the whole platform (no viewer). */
  @Transactional(readOnly = true)
  public List<OverdueCount> overdueByProcessAndOrganisation() {
    return mapper.overdueByProcessAndOrganisation(date(now()));
  }

  private record Scope(boolean everything, List<String> orgs) {

    /** Everything, or a whole province (a top-level code): most of the platform's tasks. */
    boolean broad() {
      return everything || orgs.stream().anyMatch(code -> Codes.parentOf(code) == null);
    }
  }

  /** Administrators see everything; clerks and reviewers what their organisations reach; anyone else nothing. */
  private Scope scopeOf(String userId) {
    Reach reach = access.reachOf(userId);
    if (reach.admin()) {
      return new Scope(true, List.of());
    }
    boolean staff = reach.roles().contains(Roles.REVIEWER) || reach.roles().contains(Roles.CLERK);
    if (!staff || reach.orgCodes().isEmpty()) {
      throw Refusal.forbidden("时限看板只对经办、审核人员和管理员开放");
    }
    return new Scope(false, reach.orgCodes());
  }

  /** One entry per task (rows come per candidate organisation), the earliest due first. */
  private List<LateTask> tasks(List<SlaMapper.TaskRow> rows, LocalDateTime now) {
    Map<String, List<SlaMapper.TaskRow>> byTask = new LinkedHashMap<>();
    rows.forEach(row -> byTask.computeIfAbsent(row.taskId(), id -> new ArrayList<>()).add(row));
    Map<LocalDate, Integer> late = new HashMap<>();
    Map<LocalDate, Integer> left = new HashMap<>();
    LocalDate today = now.toLocalDate();
    List<LateTask> tasks = new ArrayList<>();
    for (List<SlaMapper.TaskRow> ofTask : byTask.values()) {
      if (tasks.size() == LIST_LIMIT) {
        break;
      }
      SlaMapper.TaskRow first = ofTask.get(0);
      LocalDate due = first.dueDate().toLocalDate();
      boolean overdue = first.dueDate().isBefore(now);
      tasks.add(new LateTask(first.taskId(), first.caseNumber(), first.processKey(), first.processName(),
          first.taskName(), first.assignee(),
          ofTask.stream().map(row -> new Organisation(row.orgCode(), row.orgName())).toList(), first.dueDate(),
          overdue, late.computeIfAbsent(due, day -> calendar.workingDaysBetween(day, today)),
          left.computeIfAbsent(due, day -> calendar.workingDaysBetween(today, day))));
    }
    return tasks;
  }

  /** {@link #MONTHS} months ending with {@code last}, the oldest first, months without a breach as 0. */
  private List<MonthBreaches> breaches(YearMonth last, LocalDateTime now, String processKey, Scope scope) {
    YearMonth first = last.minusMonths(MONTHS - 1L);
    Map<YearMonth, Long> counted = new HashMap<>();
    mapper.breaches(date(first.atDay(1).atStartOfDay()), date(last.plusMonths(1).atDay(1).atStartOfDay()),
            date(now), processKey, scope.orgs(), scope.everything(), scope.broad())
        .forEach(row -> counted.put(YearMonth.of(row.year(), row.month()), row.breaches()));
    List<MonthBreaches> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(new MonthBreaches(month.toString(), counted.getOrDefault(month, 0L)));
    }
    return months;
  }

  /** Now by the engine's clock (which tests move), to the second (MySQL rounds a fraction up). */
  private LocalDateTime now() {
    return EngineTime.now(zone);
  }

  private Date date(LocalDateTime local) {
    return Date.from(local.atZone(zone).toInstant());
  }
}
