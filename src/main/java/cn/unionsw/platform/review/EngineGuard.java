package cn.unionsw.platform.review;

import cn.unionsw.platform.config.Commands;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.cmd.EvaluateDecisionCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The one door every engine call passes, from engine REST, the web apps' engine API or Java: a command interceptor
 * inside the command context, so it sees the command, the authenticated user and the entities the command will
 * touch. Camunda's permissions are coarse (CREATE_INSTANCE also allows start instructions; working a task also
 * allows a BPMN error, {@code resolve} with variables and comments on any case), so for everyone but
 * {@code camunda-admin} the engine is narrowed to reading (Camunda's authorizations still decide what) and to
 * what the {@link CaseDeclaration}s allow: starting a declared process with its start variables, and claiming,
 * completing or commenting on a declared step one may act on, writing only what the step declares. Calls without
 * an authenticated user are the platform's own (the job executor, {@code AsPlatform}) and pass.
 */
@Component
class EngineGuard extends AbstractProcessEnginePlugin {

  private static final Set<String> READ_PREFIXES = Set.of("Get", "Is", "Check", "Evaluate", "ExecuteFilter", "Find",
      "Determine", "AuthorizationCheck");
  private static final Set<String> WEB_APP_PACKAGES = Set.of("org.camunda.bpm.cockpit.", "org.camunda.bpm.admin.",
      "org.camunda.bpm.tasklist.", "org.camunda.bpm.webapp.");

  private static final Map<Class<?>, Boolean> READS = new ConcurrentHashMap<>();

  private final StepAccess steps;
  private final VariableGate variables;
  private final CoReviewTurns coReviews;
  private final Interceptor interceptor = new Interceptor();

  EngineGuard(StepAccess steps, VariableGate variables, @Lazy CoReviewTurns coReviews) {
    this.steps = steps;
    this.variables = variables;
    this.coReviews = coReviews;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
    List<CommandInterceptor> interceptors = post == null ? new ArrayList<>() : new ArrayList<>(post);
    interceptors.add(interceptor);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Checks the outermost command of each call; what it runs inside has been decided with it. */
  private final class Interceptor extends CommandInterceptor {

    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T execute(Command<T> command) {
      if (inside.get()) {
        return next.execute(command);
      }
      inside.set(true);
      try {
        return next.execute(check(command, Context.getCommandContext()));
      } finally {
        inside.remove();
      }
    }
  }

  /** Refuses what the caller may not do; answers the command to run (itself, or the narrower one it stands for). */
  <T> Command<T> check(Command<T> command, CommandContext context) {
    Authentication user = context.getAuthentication();
    if (user == null) {
      return command;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    boolean read = isRead(command);
    if (groups.contains(OrgAccess.ADMIN_GROUP)) {
      if (!read) {
        variables.checkNames(command);
      }
      return command;
    }
    if (read) {
      ReadScope.check(command, context);
      if (command instanceof EvaluateDecisionCmd) {
        variables.dataOnly(Commands.variables(command, "variables"));
      }
      return command;
    }
    Caller caller = new Caller(user.getUserId(), Set.copyOf(groups));
    if (command instanceof StartProcessInstanceCmd start) {
      var builder = (ProcessInstantiationBuilderImpl) Commands.field(start, "instantiationBuilder");
      refuseGiven("businessKey", builder.getBusinessKey());
      refuseGiven("caseInstanceId", builder.getCaseInstanceId());
      refuseGiven("tenantId", builder.getTenantId());
      CaseDeclaration declaration = steps.startable(caller, definition(context, builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey()));
      Commands.set(builder.getModificationBuilder(), "processVariables",
          variables.start(declaration, builder.getVariables()));
    } else if (command instanceof SubmitStartFormCmd start) {
      refuseGiven("businessKey", Commands.text(start, "businessKey"));
      CaseDeclaration declaration = steps.startable(caller,
          definition(context, Commands.text(start, "processDefinitionId"), null));
      Commands.set(start, "variables", variables.start(declaration, Commands.variables(start, "variables")));
    } else if (command instanceof ResolveTaskCmd) {
      // Only the colleague a task was delegated to resolves it, held to the same step as a completion.
      steps.resolvable(context, caller, Commands.text(command, "taskId"));
      return work(context, caller, command, "variables");
    } else if (command instanceof CompleteTaskCmd) {
      return work(context, caller, command, "variables");
    } else if (command instanceof SubmitTaskFormCmd) {
      return work(context, caller, command, "properties");
    } else if (command instanceof ClaimTaskCmd) {
      steps.claim(context, caller, Commands.text(command, "taskId"), Commands.text(command, "userId"));
    } else if (command instanceof AssignTaskCmd) {
      String taskId = Commands.text(command, "taskId");
      steps.unclaim(context, caller, taskId, Commands.text(command, "userId"));
      // Camunda asks TASK_ASSIGN to give back one's own claim, and TASK_ASSIGN would also assign the task to anyone.
      // A claim for nobody does the same giving back and asks only TASK_WORK, which candidates hold.
      @SuppressWarnings("unchecked")
      Command<T> giveBack = (Command<T>) new ClaimTaskCmd(taskId, null);
      return giveBack;
    } else if (command instanceof AddCommentCmd) {
      steps.comment(context, caller, Commands.text(command, "taskId"), Commands.text(command, "processInstanceId"),
          Commands.text(command, "message"));
    } else if (command instanceof SaveUserCmd) {
      steps.ownPassword(context, caller, (User) Commands.field(command, "user"));
    } else {
      throw new Denied("此操作仅限平台管理员 (" + command.getClass().getSimpleName() + ")");
    }
    return command;
  }

  /** What the kernel sets itself (the case number is the business key) is not the starter's to give. */
  private static void refuseGiven(String field, String value) {
    if (value != null && !value.isBlank()) {
      throw new Refusal(field, "由平台编制，发起案件时不能指定");
    }
  }

  /**
   * Working a step: only what it declares is written; while a co-reviewer (加签) is on a review, the work may stand
   * for a co-reviewer's opinion or a hand-over instead (resolving a delegated task never hands over).
   */
  private <T> Command<T> work(CommandContext context, Caller caller, Command<T> command, String field) {
    String taskId = Commands.text(command, "taskId");
    StepAccess.OpenStep open = steps.workable(context, caller, taskId);
    var accepted = variables.step(open, Commands.variables(command, field));
    Commands.set(command, field, accepted);
    boolean resolving = open.task().getDelegationState() == DelegationState.PENDING;
    return coReviews.work(open, caller.userId(), command, accepted, resolving);
  }

  /** The definition a start names, or null: the deployment cache would throw Camunda's own "not found". */
  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var definitions = context.getProcessDefinitionManager();
    return id != null ? definitions.findLatestDefinitionById(id) : definitions.findLatestDefinitionByKey(key);
  }

  /** Whether a command only reads, decided once per class: the guard sits on every engine call. */
  static boolean isRead(Command<?> command) {
    return READS.computeIfAbsent(command.getClass(), EngineGuard::classify);
  }

  private static boolean classify(Class<?> type) {
    if (AbstractQuery.class.isAssignableFrom(type)) {
      return true;
    }
    String name = type.getName();
    if (WEB_APP_PACKAGES.stream().anyMatch(name::startsWith)) {
      return true;
    }
    String simple = type.getSimpleName();
    if (simple.equals("EvaluateStartConditionCmd")) {
      return false; // conditional start events: it starts instances
    }
    return READ_PREFIXES.stream().anyMatch(simple::startsWith)
        || simple.startsWith("Create") && simple.endsWith("QueryCmd");
  }

  /** Who is calling: their user id and every group they belong to (organisations and roles). */
  record Caller(String userId, Set<String> groups) {
  }
}
