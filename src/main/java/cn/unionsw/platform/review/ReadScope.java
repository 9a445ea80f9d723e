package cn.unionsw.platform.review;

import cn.unionsw.platform.config.Commands;
import cn.unionsw.platform.web.Refusal;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;

/**
 * Reads that Camunda answers by id without asking whether the caller may see the task or case they belong to: a
 * task's comments, events, attachments, sub-tasks and identity links, an attachment by its own id, a case's
 * comments and attachments. They are let through only when the caller sees the task or the case (now or in its
 * history); otherwise the answer is "not found", as for anything else out of sight. Counts over the whole province
 * are refused to
 * those who may not use Cockpit.
 */
final class ReadScope {

  private static final Map<String, String> TASK_FIELD = Map.of(
      "GetTaskCommentCmd", "taskId", "GetTaskCommentsCmd", "taskId", "GetTaskEventsCmd", "taskId",
      "GetTaskAttachmentCmd", "taskId", "GetTaskAttachmentContentCmd", "taskId", "GetTaskAttachmentsCmd", "taskId",
      "GetSubTasksCmd", "parentTaskId", "GetIdentityLinksForTaskCmd", "taskId");
  private static final Set<String> BY_ATTACHMENT = Set.of("GetAttachmentCmd", "GetAttachmentContentCmd");
  private static final Set<String> BY_INSTANCE = Set.of("GetProcessInstanceAttachmentsCmd",
      "GetProcessInstanceCommentsCmd");

  /**
   * Counts Camunda gives per definition or deployment over every instance of the province, whoever asks (only the
   * definitions are checked, not the instances counted): a county's clerk would learn the others' case numbers.
   * Cockpit's users (administrators, reviewers) read them on its dashboard; for everyone else the counts within
   * their reach are the case lists' own.
   */
  private static final Set<String> PROVINCE_WIDE_COUNTS = Set.of("ProcessDefinitionStatisticsQueryImpl",
      "DeploymentStatisticsQueryImpl");

  private ReadScope() {
  }

  static void check(Command<?> command, CommandContext context) {
    String name = command.getClass().getSimpleName();
    if (PROVINCE_WIDE_COUNTS.contains(name)
        && !context.getAuthorizationManager().isAuthorized(Permissions.ACCESS, Resources.APPLICATION, "cockpit")) {
      throw Refusal.forbidden("按流程定义统计的全省案件数仅供 Cockpit 的使用者查看 (province-wide counts: Cockpit's users only)");
    }
    if (TASK_FIELD.containsKey(name)) {
      requireTask(context, Commands.text(command, TASK_FIELD.get(name)));
    } else if (BY_ATTACHMENT.contains(name)) {
      String attachmentId = Commands.text(command, "attachmentId");
      AttachmentEntity attachment = attachmentId == null ? null
          : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
      if (attachment == null) {
        return;
      }
      if (attachment.getTaskId() != null) {
        requireTask(context, attachment.getTaskId());
      } else {
        requireInstance(context, attachment.getProcessInstanceId());
      }
    } else if (BY_INSTANCE.contains(name)) {
      requireInstance(context, Commands.text(command, "processInstanceId"));
    }
  }

  /** The queries run as the caller, so Camunda's authorizations decide. */
  private static void requireTask(CommandContext context, String taskId) {
    var engine = context.getProcessEngineConfiguration();
    boolean seen = taskId != null && (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0
        || engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0);
    if (!seen) {
      throw Refusal.notFound("task", "没有这个任务: " + Variable.shortened(taskId));
    }
  }

  private static void requireInstance(CommandContext context, String processInstanceId) {
    var engine = context.getProcessEngineConfiguration();
    boolean seen = processInstanceId != null && (engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0
        || engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() > 0);
    if (!seen) {
      throw Refusal.notFound("process_instance", "没有这个案件: " + Variable.shortened(processInstanceId));
    }
  }
}
