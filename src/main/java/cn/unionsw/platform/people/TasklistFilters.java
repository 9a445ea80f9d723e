package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, shared by everyone in a role and owned by nobody: one set for reviewers, one for clerks and
 * social workers. Their stored queries name no user and no organisation; {@code ${currentUser()}} and
 * {@code ${currentUserGroups()}} are resolved for whoever opens them, so a user or organisation created at any time
 * has working filters at once. Each filter has a fixed id, which the role groups' READ grants name. Why expressions
 * in stored queries are safe here: ADR 0006. Kept in the database by {@link TasklistFilterSetup}.
 */
@Component
class TasklistFilters implements AccessGrants {

  /**
   * Task-local flag the review deadline timers set ({@code ReviewDeadlineHandler}): DUE_SOON on the due day,
   * OVERDUE after it, ESCALATED once the next level has joined.
   */
  static final String DEADLINE_STATE = "deadlineState";

  private static final String ME = "${currentUser()}";
  private static final String MY_GROUPS = "${currentUserGroups()}";
  private static final String NOW = "${now()}";
  private static final String IN_TWO_DAYS = "${dateTime().plusDays(2).toDate()}";
  /**
   * The marks the kernel puts on every open task of a case its watchers follow (review/Watch): a candidate-group
   * link {@code <kind>:<userId>}, with READ on the task for that user. JUEL in a stored query joins the text.
   */
  static final String STARTED_BY_ME = "${'starter:'.concat(currentUser())}";
  static final String HANDLED_BY_ME = "${'handled:'.concat(currentUser())}";
  static final String COPIED_TO_ME = "${'copy:'.concat(currentUser())}";

  /** Columns Tasklist shows under each task; {@code caseNumber} (案号) is set on every case. */
  private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      column("caseNumber", "案号"), column("applicationSummary", "申请概要"), column("unitName", "基层单位"));

  /**
   * One shared filter. Tasklist lists a user's filters by ascending priority and opens the lowest first, so the
   * priority decides each role's default.
   */
  record SharedFilter(String id, String name, String description, int priority, String color, List<String> roles,
      Function<TaskQuery, TaskQuery> criteria) {

    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("color", color);
      // Tasklist reloads the open filter's list, and the count beside its name, every 10 s only when set.
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", SHOWN_VARIABLES);
      return properties;
    }
  }

  static final List<SharedFilter> ALL = List.of(
      new SharedFilter("reviewer-unit-tasks", "本单位待办", "本单位的全部待办（含已认领）", 0, "#1565c0",
          List.of(Roles.REVIEWER), TasklistFilters::ofMyUnits),
      new SharedFilter("reviewer-my-tasks", "我的待办", "分配给我的任务", 10, "#2f7d32",
          List.of(Roles.REVIEWER), TasklistFilters::mine),
      new SharedFilter("reviewer-due-soon", "即将到期", "两天内到期、或今日到期已提醒的本单位任务", 20, "#ef6c00",
          List.of(Roles.REVIEWER), TasklistFilters::dueSoon),
      new SharedFilter("reviewer-overdue", "已超期", "超过期限的本单位任务（含已升级督办）", 30, "#c62828",
          List.of(Roles.REVIEWER), TasklistFilters::overdue),
      new SharedFilter("my-tasks", "我的待办", "分配给我的任务", 0, "#2f7d32",
          List.of(Roles.CLERK, Roles.WORKER), TasklistFilters::mine),
      new SharedFilter("clerk-unit-tasks", "本单位待办", "本单位的全部待办（含已认领）", 10, "#1565c0",
          List.of(Roles.CLERK), TasklistFilters::ofMyUnits),
      // Following cases (ADR 0017): their open steps, whoever holds them; 案件进展 and the 案件跟踪 panel show the rest.
      new SharedFilter("cases-started", "我发起的", "我发起的案件正在办理的步骤（只读；已办结的见“案件跟踪”）", 40, "#6a1b9a",
          List.of(Roles.CLERK, Roles.REVIEWER, Roles.WORKER), query -> following(query, STARTED_BY_ME)),
      new SharedFilter("cases-handled", "我经办的", "我办理过的案件正在办理的步骤（只读）", 50, "#00695c",
          List.of(Roles.CLERK, Roles.REVIEWER), query -> following(query, HANDLED_BY_ME)),
      new SharedFilter("cases-copied", "抄送我的", "抄送给我的案件正在办理的步骤（只读）", 60, "#5d4037",
          List.of(Roles.CLERK, Roles.REVIEWER, Roles.WORKER), query -> following(query, COPIED_TO_ME)));

  private final TaskService tasks;

  TasklistFilters(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The stored query of a filter, as Tasklist will run it for the user who opens it. */
  TaskQuery queryOf(SharedFilter filter) {
    return filter.criteria().apply(tasks.createTaskQuery());
  }

  /** Each role reads its own filters and nothing more: no CREATE, UPDATE or DELETE (ADR 0006). */
  @Override
  public List<Grant> grants() {
    return ALL.stream()
        .flatMap(filter -> filter.roles().stream().map(role -> new Grant(role, FILTER, filter.id(), READ)))
        .toList();
  }

  /** In a fixed order, so that the stored JSON is the same on every start and an unchanged filter is not rewritten. */
  private static Map<String, String> column(String name, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", name);
    column.put("label", label);
    return column;
  }

  private static TaskQuery mine(TaskQuery query) {
    return query.taskAssigneeExpression(ME);
  }

  /** Tasks offered to one of the user's groups (their organisation), whoever has claimed them. */
  private static TaskQuery ofMyUnits(TaskQuery query) {
    return query.taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
  }

  /** Not yet due, and either flagged by the timers or due within two days; past the due date is overdue. */
  private static TaskQuery dueSoon(TaskQuery query) {
    return ofMyUnits(query).dueAfterExpression(NOW)
        .or()
          .taskVariableValueEquals(DEADLINE_STATE, "DUE_SOON")
          .dueBeforeExpression(IN_TWO_DAYS)
        .endOr();
  }

  /** The open steps of cases the user follows so, claimed or not. */
  private static TaskQuery following(TaskQuery query, String mark) {
    return query.taskCandidateGroupExpression(mark).includeAssignedTasks();
  }

  private static TaskQuery overdue(TaskQuery query) {
    return ofMyUnits(query)
        .or()
          .taskVariableValueEquals(DEADLINE_STATE, "OVERDUE")
          .taskVariableValueEquals(DEADLINE_STATE, "ESCALATED")
          .dueBeforeExpression(NOW)
        .endOr();
  }
}
