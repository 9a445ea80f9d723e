package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation (委派) of a group task to a colleague: the caller must hold the task (its assignee, or a member of a
 * candidate organisation while it is unclaimed) and the colleague must belong to a candidate organisation in the
 * same role. Candidates hold only TASK_WORK in the engine, which cannot assign or open a task to other groups;
 * the platform delegates on their behalf once this rule is met.
 */
@Service
public class TaskDelegation {

  /** Camunda's default user id whitelist: no user outside it can exist. */
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+");

  private final TaskService tasks;
  private final IdentityService identity;
  private final OrgAccess access;

  TaskDelegation(TaskService tasks, IdentityService identity, OrgAccess access) {
    this.tasks = tasks;
    this.identity = identity;
    this.access = access;
  }

  @Transactional
  public void delegate(String taskId, String callerId, String colleagueId) {
    if (colleagueId == null || colleagueId.isBlank()) {
      throw Refusal.invalid("userId", "请指定受委派人");
    }
    if (!USER_ID.matcher(colleagueId).matches()) {
      throw Refusal.invalid("userId", "用户名只含字母和数字 (not a user id)");
    }
    Task task = AsPlatform.call(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
    List<String> candidates = task == null ? List.of() : AsPlatform.call(identity,
        () -> tasks.getIdentityLinksForTask(taskId)).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
    List<String> callerOrgs = access.reachOf(callerId).orgCodes();
    boolean holds = task != null && (callerId.equals(task.getAssignee())
        || task.getAssignee() == null && candidates.stream().anyMatch(callerOrgs::contains));
    if (!holds) {
      throw Refusal.notFound("task", "没有您可以委派的任务 " + taskId);
    }
    List<String> colleagueOrgs = access.reachOf(colleagueId).orgCodes();
    boolean sameRole = roles(colleagueId).stream().anyMatch(roles(callerId)::contains);
    if (colleagueId.equals(callerId) || !sameRole || candidates.stream().noneMatch(colleagueOrgs::contains)) {
      throw Refusal.invalid("userId", colleagueId + " 不是本审核单位的同岗位同事，不能受委派");
    }
    AsPlatform.run(identity, () -> tasks.delegateTask(taskId, colleagueId));
  }

  private List<String> roles(String userId) {
    return AsPlatform.call(identity, () -> identity.createGroupQuery().groupMember(userId)
        .groupType(Roles.ROLE_GROUP_TYPE).listPage(0, 20)).stream().map(group -> group.getId()).toList();
  }
}
