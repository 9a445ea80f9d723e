package cn.unionsw.platform.recruitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchElementConfiguration;
import org.camunda.bpm.engine.impl.batch.BatchJobContext;
import org.camunda.bpm.engine.impl.batch.BatchJobDeclaration;
import org.camunda.bpm.engine.impl.batch.BatchJobHandler;
import org.camunda.bpm.engine.impl.batch.builder.BatchBuilder;
import org.camunda.bpm.engine.impl.batch.message.MessageCorrelationBatchConfiguration;
import org.camunda.bpm.engine.impl.batch.message.MessageCorrelationBatchJobHandler;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobDeclaration;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The engine batch that moves a round's candidates on at a stage (ADR 0029): Camunda's batch of message correlations
 * to process instances — the same configuration, jobs of {@code invocations-per-batch-job} instances, seed and monitor
 * jobs, retries, incidents, progress and view in Cockpit — under a type of its own, {@value #TYPE}, whose jobs deliver
 * the message to each instance's waiting subscription directly.
 *
 * <p>Camunda's correlation asks, for every instance, which of its executions waits for the message with an execution
 * query built by MyBatis from some forty optional conditions: in the profile of a stage's advance that query was
 * 45 % of the node's time, half of it building the SQL. Here a job first hands its instances to the platform to read
 * ahead what their candidates will ask ({@link ReadAhead}), then, for each instance, reads its subscriptions by
 * process instance (an index the platform adds, {@code config/EngineIndexes}) and, if one waits for the stage's
 * message, its executions and variables, restores the instance from the three as Camunda restores an instance it
 * migrates, and delivers the message as the correlation does once it has found the subscription ({@code
 * EventSubscriptionEntity#eventReceived}, no variables). An instance no longer waiting for it is passed over, as the
 * correlation passes it over. The batch is created as Camunda creates its own (the {@code
 * CREATE_BATCH_CORRELATE_MESSAGE} permission, the instances' deployments for deployment-aware job executors, the
 * operation log of a correlation batch).
 */
@Component
class StageAdvanceBatch extends AbstractProcessEnginePlugin {

  static final String TYPE = "recruitment-stage-advance";

  /** What a job reads ahead, in its transaction, for the instances it is about to move on by a message. */
  interface ReadAhead {
    void instances(List<String> processInstanceIds, String messageName);
  }

  private final ReadAhead readAhead;

  /** The platform's: the candidates' results read ahead by {@link Recruitment#readAhead}. */
  @Autowired
  StageAdvanceBatch(ObjectProvider<Recruitment> recruitment) {
    this((ids, message) -> recruitment.getObject().readAhead(ids, message));
  }

  /** An engine without the platform's beans (the process tests'): nothing read ahead. */
  StageAdvanceBatch() {
    this((ids, message) -> { });
  }

  private StageAdvanceBatch(ReadAhead readAhead) {
    this.readAhead = readAhead;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BatchJobHandler<?>> handlers = configuration.getCustomBatchJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomBatchJobHandlers());
    handlers.add(new Handler(readAhead));
    configuration.setCustomBatchJobHandlers(handlers);
  }

  /** The batch delivering {@code messageName} to each of the process instances, created in the caller's transaction. */
  static Batch start(ProcessEngineConfigurationImpl engine, String messageName, List<String> processInstanceIds) {
    return engine.getCommandExecutorTxRequired().execute(new Create(messageName, processInstanceIds));
  }

  private record Create(String messageName, List<String> processInstanceIds) implements Command<Batch> {

    @Override
    public Batch execute(CommandContext context) {
      BatchElementConfiguration elements = new BatchElementConfiguration();
      ProcessInstanceQueryImpl deployments = new ProcessInstanceQueryImpl();
      deployments.processInstanceIds(new HashSet<>(processInstanceIds));
      elements.addDeploymentMappings(context.runWithoutAuthorization(deployments::listDeploymentIdMappings),
          processInstanceIds);
      return new BatchBuilder(context)
          .type(TYPE)
          .config(new MessageCorrelationBatchConfiguration(elements.getIds(), elements.getMappings(), messageName))
          .permission(BatchPermissions.CREATE_BATCH_CORRELATE_MESSAGE)
          .operationLogHandler((commandContext, instances) -> commandContext.getOperationLogManager()
              .logProcessInstanceOperation("CorrelateMessage", List.of(
                  new PropertyChange("messageName", null, messageName),
                  new PropertyChange("nrOfInstances", null, instances),
                  new PropertyChange("nrOfVariables", null, 0),
                  new PropertyChange("async", null, true))))
          .build();
    }
  }

  /** Camunda's correlation batch handler with its own type and a direct delivery per instance. */
  static final class Handler extends MessageCorrelationBatchJobHandler {

    private static final BatchJobDeclaration DECLARATION = new BatchJobDeclaration(TYPE);

    private final ReadAhead readAhead;

    Handler(ReadAhead readAhead) {
      this.readAhead = readAhead;
    }

    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public JobDeclaration<BatchJobContext, MessageEntity> getJobDeclaration() {
      return DECLARATION;
    }

    @Override
    public void executeHandler(MessageCorrelationBatchConfiguration configuration, ExecutionEntity execution,
        CommandContext context, String tenantId) {
      String message = configuration.getMessageName();
      readAhead.instances(configuration.getIds(), message);
      for (String processInstanceId : new LinkedHashSet<>(configuration.getIds())) {
        deliver(context, processInstanceId, message);
      }
    }

    /**
     * The instance's executions, subscriptions and variables in one statement each, the instance restored from them
     * as Camunda restores one it migrates (its tasks, jobs and incidents are left to be read when asked for), then
     * the message delivered to each subscription waiting for it.
     */
    private static void deliver(CommandContext context, String processInstanceId, String message) {
      List<EventSubscriptionEntity> subscriptions = context.getEventSubscriptionManager()
          .findEventSubscriptionsByProcessInstanceId(processInstanceId);
      List<EventSubscriptionEntity> waiting = subscriptions.stream()
          .filter(s -> s.isSubscriptionForEventType(EventType.MESSAGE) && message.equals(s.getEventName()))
          .toList();
      if (waiting.isEmpty()) {
        return;
      }
      List<ExecutionEntity> executions = context.getExecutionManager()
          .findExecutionsByProcessInstanceId(processInstanceId);
      executions.stream().filter(ExecutionEntity::isProcessInstanceExecution).findFirst()
          .ifPresent(instance -> instance.restoreProcessInstance(executions, subscriptions, context
              .getVariableInstanceManager().findVariableInstancesByProcessInstanceId(processInstanceId), null, null,
              null, null));
      for (EventSubscriptionEntity subscription : waiting) {
        // A delivery may have ended another wait of the same instance (none in recruitment.bpmn): skip it then.
        if (!context.getDbEntityManager().getDbEntityCache().isDeleted(subscription)) {
          subscription.eventReceived(null, false);
        }
      }
    }
  }
}
