package cn.unionsw.platform.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Tasklist filters per role, owned by the user. "Due soon" and "overdue" read the task variable the deadline
 * timers set ({@code deadlineState}), because relative dates would need expressions in stored queries, which
 * the engine forbids here ({@code enableExpressionsInStoredQueries=false}).
 */
@Service
public class TasklistFilters {

  static final String DEADLINE_STATE = "deadlineState";
  private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", "applicationSummary", "label", "申请概要"),
      Map.of("name", "unitName", "label", "基层单位"));

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  /** Creates the user's filters unless they already own filters. */
  public void ensureFor(String userId, String role, String orgCode) {
    if (filters.createFilterQuery().filterOwner(userId).count() > 0) {
      return;
    }
    List<Filter> created = new ArrayList<>();
    created.add(filter(userId, "我的待办", "分配给我的任务", -10, "#2f7d32", tasks.createTaskQuery().taskAssignee(userId)));
    if (orgCode != null && !Roles.WORKER.equals(role)) {
      created.add(filter(userId, "本单位待办", "本单位的全部待办（含已认领）", 0, "#1565c0", ofOrg(orgCode)));
      created.add(filter(userId, "即将到期", "今日到期的审核", 10, "#ef6c00",
          ofOrg(orgCode).taskVariableValueEquals(DEADLINE_STATE, "DUE_SOON")));
      created.add(filter(userId, "已超期", "超过审核期限的任务（含已升级督办）", 20, "#c62828",
          ofOrg(orgCode).taskVariableValueEquals(DEADLINE_STATE, "OVERDUE")));
    }
    created.forEach(filters::saveFilter);
  }

  private TaskQuery ofOrg(String orgCode) {
    return tasks.createTaskQuery().taskCandidateGroup(orgCode).includeAssignedTasks();
  }

  private Filter filter(String owner, String name, String description, int priority, String color, TaskQuery query) {
    Filter filter = filters.newTaskFilter(name);
    filter.setOwner(owner);
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "color", color,
        "refresh", true, "variables", SHOWN_VARIABLES));
    return filter;
  }
}
