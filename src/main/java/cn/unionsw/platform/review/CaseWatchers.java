package cn.unionsw.platform.review;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.unionsw.platform.orgs.AsPlatform;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * Who follows a case ({@link Watch}): its starter, whoever acted on one of its steps, whoever it was copied to. Every
 * open task of a declared step of the case carries each watcher's mark (a candidate-group link such as
 * {@code copy:lcclerk}) and a Camunda READ on the task for that user, so that the shared Tasklist filters list it
 * for them; READ is all a mark gives: the engine guard lets only a step's role in a candidate organisation act.
 * Marks go on a task when it is created ({@link StepListener}), and on the case's open tasks when someone is copied
 * the case. Those a case is copied to also read the case itself (its instance and history), which no organisation of
 * theirs may. Whoever completes a step follows the case from then on, its later tasks marked for them; the other
 * tasks open beside it (a parallel step) are left alone, so that two steps completed at once never touch each other.
 */
@Service
public class CaseWatchers {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final WatcherMapper watchers;
  private final Declarations declarations;
  private final ProcessEngineConfigurationImpl engine;
  private final CaseTaskIds caseTasks;
  private final TaskLock taskLock;

  CaseWatchers(WatcherMapper watchers, Declarations declarations, ProcessEngineConfigurationImpl engine,
      CaseTaskIds caseTasks, TaskLock taskLock) {
    this.watchers = watchers;
    this.declarations = declarations;
    this.engine = engine;
    this.caseTasks = caseTasks;
    this.taskLock = taskLock;
  }

  /** One watcher of a case. */
  public record Watcher(String userId, Watch kind) {
  }

  public List<Watcher> of(String processInstanceId) {
    return watchers.of(processInstanceId);
  }

  /** How the user follows the case (empty when they do not). */
  public Set<Watch> kinds(String processInstanceId, String userId) {
    return watchers.of(processInstanceId).stream().filter(watcher -> watcher.userId().equals(userId))
        .map(Watcher::kind).collect(Collectors.toSet());
  }

  /** The cases the user follows so, the latest first. */
  public List<String> casesOf(String userId, Watch kind, int first, int max) {
    return watchers.casesOf(userId, kind, first, max);
  }

  /**
   * Adds a watcher from outside the engine (a copy): marks the case's open tasks, and for a copy grants reading the
   * case. False when they already followed it so. Runs as the platform, which has decided that they may.
   */
  public boolean add(String processInstanceId, String userId, Watch kind, String addedBy) {
    return AsPlatform.call(engine.getIdentityService(), () -> engine.getCommandExecutorTxRequired().execute(context -> {
      List<TaskEntity> open = lockOpenTasks(context, processInstanceId);
      if (!insert(processInstanceId, userId, kind, addedBy)) {
        return false;
      }
      if (kind == Watch.COPY) {
        grantOnce(context, userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grantOnce(context, userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
      for (TaskEntity task : open) {
        if (declared(task)) {
          mark(context, task, kind, userId);
          // A new revision: whatever deletes the task meanwhile without the guard's lock (a timer, an administrator)
          // meets optimistic locking, not the link it did not see.
          task.setLastUpdated(ClockUtil.getCurrentTime());
        }
      }
      return true;
    }));
  }

  /** The case has started (inside the start's command): its starter follows it; it has no task yet. */
  void started(String processInstanceId, String starterId) {
    insert(processInstanceId, starterId, Watch.STARTER, starterId);
  }

  /** A step's task was completed by someone other than the starter (inside the command): its later tasks are marked. */
  void handled(TaskEntity task, String userId) {
    insert(task.getProcessInstanceId(), userId, Watch.HANDLED, userId);
  }

  /**
   * A co-reviewer's grant on the task has just gone (their part is over): one who also follows the case keeps reading
   * the task, as their mark says (a user holds one grant per resource, so the watcher's READ went with it).
   */
  void keepReading(TaskEntity task, String userId) {
    if (!kinds(task.getProcessInstanceId(), userId).isEmpty()) {
      grantOnce(Context.getCommandContext(), userId, Resources.TASK, task.getId(), Permissions.READ);
    }
  }

  /** A step's task was just created (inside the command): every watcher of its case marks it. */
  void created(TaskEntity task) {
    for (Watcher watcher : watchers.of(task.getProcessInstanceId())) {
      mark(Context.getCommandContext(), task, watcher.kind(), watcher.userId());
    }
  }

  /**
   * The case's open tasks, each locked as the guard locks a task it works on (by its id, in the order of the ids): a
   * completion under way is waited for, and then what it left open is marked; one that starts meanwhile waits, and
   * then finds the marks. Read again until no task came while waiting (the next step of a completion waited for, or
   * one a step that takes no lock adds, such as a timer's).
   */
  private List<TaskEntity> lockOpenTasks(CommandContext context, String processInstanceId) {
    Set<String> locked = new TreeSet<>();
    List<String> open = caseTasks.of(processInstanceId);
    for (int round = 0; round < 5; round++) {
      open.stream().filter(id -> !locked.contains(id) && taskLock.lock(id) != null).forEach(locked::add);
      List<String> now = caseTasks.of(processInstanceId);
      boolean settled = locked.containsAll(now);
      open = now;
      if (settled) {
        break;
      }
    }
    return open.stream().filter(locked::contains).map(id -> context.getTaskManager().findTaskById(id))
        .filter(Objects::nonNull).toList();
  }

  private boolean declared(TaskEntity task) {
    return task.getProcessDefinitionId() != null && declarations.find(task.getProcessDefinition().getKey())
        .flatMap(found -> found.step(task.getTaskDefinitionKey())).isPresent();
  }

  private boolean insert(String processInstanceId, String userId, Watch kind, String addedBy) {
    if (kinds(processInstanceId, userId).contains(kind)) {
      return false;
    }
    watchers.insert(processInstanceId, userId, kind, addedBy,
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA));
    return true;
  }

  private static void mark(CommandContext context, TaskEntity task, Watch kind, String userId) {
    String mark = kind.mark(userId);
    boolean marked = task.getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && mark.equals(link.getGroupId()));
    if (!marked) {
      task.addCandidateGroup(mark);
    }
    // The assignee holds Camunda's own grant on the task already, and a user holds one grant per resource.
    if (!userId.equals(task.getAssignee())) {
      grantOnce(context, userId, Resources.TASK, task.getId(), Permissions.READ);
    }
  }

  /**
   * A grant of the permission to the user: added to the grant they hold on the resource if any (written earlier, or
   * earlier in this command and not yet saved: a user holds one grant per resource), else a new one.
   */
  private static void grantOnce(CommandContext context, String userId, Resource resource, String resourceId,
      Permission permission) {
    AuthorizationEntity held = context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(grant -> grant.getAuthorizationType() == AUTH_TYPE_GRANT && userId.equals(grant.getUserId())
            && grant.getResourceType() == resource.resourceType() && resourceId.equals(grant.getResourceId()))
        .findFirst()
        .orElseGet(() -> context.getAuthorizationManager()
            .findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId, resource, resourceId));
    if (held != null) {
      // A cached grant is saved with what it holds when the command ends.
      held.addPermission(permission);
      return;
    }
    var authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
