package cn.unionsw.platform.review;

import cn.unionsw.platform.review.EngineGuard.Caller;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.util.Objects;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Component;

/**
 * Who may act on a declared step, decided inside the command that acts: a step's role and one of the task's
 * candidate organisations (or the task's assignee for the applicant's own steps), never one's own case, never a
 * task someone else holds. Refusals say why in Chinese; a task taken or finished by someone else is a conflict.
 */
@Component
class StepAccess {

  private final Declarations declarations;
  private final CaseFileMapper files;
  private final TaskLock taskLock;
  private final CoReviewerMapper coReviewers;

  StepAccess(Declarations declarations, CaseFileMapper files, TaskLock taskLock, CoReviewerMapper coReviewers) {
    this.declarations = declarations;
    this.files = files;
    this.taskLock = taskLock;
    this.coReviewers = coReviewers;
  }

  /** An open task of a declared step. */
  record OpenStep(TaskEntity task, CaseDeclaration declaration, Step step) {
  }

  CaseDeclaration startable(Caller caller, ProcessDefinition definition) {
    if (definition == null) {
      throw Refusal.notFound("process_definition", "没有这个流程");
    }
    CaseDeclaration declaration = declarations.find(definition.getKey())
        .orElseThrow(() -> new Denied("流程 " + definition.getKey() + " 只有平台管理员可以启动"));
    if (declaration.platformStarted()) {
      throw new Denied(Objects.requireNonNullElse(definition.getName(), "此流程") + "由平台发起，不能手动启动");
    }
    if (!declaration.startableBy(caller.groups())) {
      throw new Denied("您的角色不能发起" + Objects.requireNonNullElse(definition.getName(), "此流程"));
    }
    return declaration;
  }

  OpenStep workable(CommandContext context, Caller caller, String taskId) {
    OpenStep open = open(context, taskId);
    mayAct(caller, open);
    return open;
  }

  /** Resolving (handing back) is for the colleague a task was delegated to, while the delegation is pending. */
  void resolvable(CommandContext context, Caller caller, String taskId) {
    TaskEntity task = open(context, taskId).task();
    if (task.getDelegationState() != DelegationState.PENDING || !caller.userId().equals(task.getAssignee())) {
      throw new Denied("只有受委派人可以交回委派的任务");
    }
  }

  void claim(CommandContext context, Caller caller, String taskId, String userId) {
    if (!caller.userId().equals(userId)) {
      throw new Denied("只能由本人认领任务；转交他人请用委派");
    }
    mayAct(caller, open(context, taskId));
  }

  /**
   * Giving back (unclaiming) a review one has claimed; a delegated task goes back by resolving it, and the
   * applicant's own steps are theirs until done (no one else could take them up).
   */
  void unclaim(CommandContext context, Caller caller, String taskId, String userId) {
    OpenStep open = open(context, taskId);
    TaskEntity task = open.task();
    if (userId != null || open.step().actor() == Step.Actor.ASSIGNEE || !caller.userId().equals(task.getAssignee())
        || task.getDelegationState() == DelegationState.PENDING) {
      throw new Denied("只能退回自己认领的任务；指定办理人请用委派");
    }
    if (!coReviewers.open(taskId).isEmpty()) {
      // Whoever claimed it next would decide with a co-reviewer they did not choose and may not remove.
      throw Refusal.conflict("co_review_pending", "任务有未完成的加签，撤销或完成后才能交回");
    }
  }

  void comment(CommandContext context, Caller caller, String taskId, String processInstanceId, String message) {
    if (taskId == null) {
      throw new Denied("意见只能写在自己可以办理的任务上");
    }
    OpenStep open = open(context, taskId);
    mayAct(caller, open);
    if (processInstanceId != null && !processInstanceId.equals(open.task().getProcessInstanceId())) {
      throw new Denied("意见只能写在本任务所属的案件上");
    }
    if (message != null && message.length() > Review.MAX_COMMENT) {
      throw Refusal.invalid("message", "意见最多 " + Review.MAX_COMMENT + " 个字，收到 " + message.length() + " 个");
    }
  }

  /** A user changes their own password and nothing else: names and e-mail are the administrator's. */
  void ownPassword(CommandContext context, Caller caller, User user) {
    User stored = user == null ? null : context.getReadOnlyIdentityProvider().findUserById(user.getId());
    if (stored == null || !caller.userId().equals(user.getId())) {
      throw new Denied("用户由平台管理员维护");
    }
    boolean sameProfile = Objects.equals(stored.getFirstName(), user.getFirstName())
        && Objects.equals(stored.getLastName(), user.getLastName())
        && Objects.equals(stored.getEmail(), user.getEmail());
    if (!sameProfile) {
      throw new Denied("姓名和邮箱由平台管理员维护，本人只能修改密码");
    }
  }

  OpenStep open(CommandContext context, String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw Refusal.invalid("taskId", "须指定任务");
    }
    taskLock.lock(taskId);
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      boolean finished = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null;
      throw finished
          ? Refusal.conflict("task_completed", "任务已办理完毕（可能已由他人办理），请刷新待办列表")
          : Refusal.notFound("task", "没有这个任务: " + Variable.shortened(taskId));
    }
    ProcessDefinitionEntity definition = task.getProcessDefinitionId() == null ? null : task.getProcessDefinition();
    CaseDeclaration declaration = definition == null ? null : declarations.find(definition.getKey()).orElse(null);
    Step step = declaration == null ? null : declaration.step(task.getTaskDefinitionKey()).orElse(null);
    if (step == null) {
      throw new Denied("此任务只有平台管理员可以办理");
    }
    return new OpenStep(task, declaration, step);
  }

  void mayAct(Caller caller, OpenStep open) {
    TaskEntity task = open.task();
    Step step = open.step();
    String assignee = task.getAssignee();
    if (step.actor() == Step.Actor.ASSIGNEE) {
      if (!caller.userId().equals(assignee)) {
        throw new Denied("此任务只能由" + (assignee == null ? "指定的办理人" : "申请人本人") + "办理");
      }
      return;
    }
    if (coReviewers.turnOf(task.getId(), assignee, caller.userId()).isPresent()) {
      // A co-reviewer (加签人) of a subordinate organisation, or a clerk: this task, while it is their turn, and while
      // they still belong to the reviewing organisation or one below it (a user moved elsewhere meanwhile does not).
      if (!withinCandidates(caller, task)) {
        throw new Denied("您已不属于" + step.label() + "的审核单位或其下级单位，不能再办理此加签");
      }
      refuseOwnCase(caller, open);
      return;
    }
    if (!caller.groups().contains(step.role())) {
      throw new Denied("您的角色不能办理" + step.label());
    }
    boolean holds = caller.userId().equals(assignee);
    boolean candidate = Candidates.organisations(task.getIdentityLinks()).stream()
        .anyMatch(caller.groups()::contains);
    if (!holds && !candidate) {
      throw new Denied("您不属于" + step.label() + "的审核单位");
    }
    if (!holds && assignee != null) {
      // Told only to a colleague who could have taken it: who holds a task is the reviewing unit's business.
      throw Refusal.conflict("task_already_claimed", Problems.ALREADY_CLAIMED + "：" + assignee);
    }
    refuseOwnCase(caller, open);
  }

  private static boolean withinCandidates(Caller caller, TaskEntity task) {
    return Candidates.organisations(task.getIdentityLinks()).stream().anyMatch(candidate -> caller.groups().stream()
        .anyMatch(group -> group.equals(candidate) || group.startsWith(candidate + "-")));
  }

  private void refuseOwnCase(Caller caller, OpenStep open) {
    if (open.step().review() && caller.userId().equals(files.starter(open.task().getProcessInstanceId()))) {
      throw new Denied("申请人不能审核自己的申请");
    }
  }
}
