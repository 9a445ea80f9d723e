package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.batch.DeploymentMappings;
import org.camunda.bpm.engine.impl.batch.message.MessageCorrelationBatchConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0029: the stage's batch delivers its message to each instance that waits for it, in jobs of several instances,
 * and passes over an instance that waits for something else or has ended; only the platform (no user) and
 * administrators with Camunda's permission may create it, with Camunda's operation-log entry for a correlation batch.
 */
class StageAdvanceBatchTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .build();

  String deployment;
  int invocationsPerJob;

  @BeforeEach
  void deploy() {
    deployment = engine().getRepositoryService().createDeployment()
        .addModelInstance("stage-wait.bpmn", Bpmn.createExecutableProcess("stage-wait").camundaHistoryTimeToLive(1)
            .startEvent()
            .exclusiveGateway("which")
              .condition("test", "${first}")
              .intermediateCatchEvent("wait-test").message("test-results")
              .userTask("after-test")
              .endEvent()
            .moveToNode("which")
              .condition("interview", "${!first}")
              .intermediateCatchEvent("wait-interview").message("interview-results")
              .userTask("after-interview")
              .endEvent()
            .done())
        .deploy().getId();
    invocationsPerJob = configuration().getInvocationsPerBatchJob();
    configuration().setInvocationsPerBatchJob(2);
  }

  @AfterEach
  void undeploy() {
    configuration().setInvocationsPerBatchJob(invocationsPerJob);
    configuration().setAuthorizationEnabled(false);
    engine().getIdentityService().clearAuthentication();
    engine().getAuthorizationService().createAuthorizationQuery().userIdIn("admin").list()
        .forEach(grant -> engine().getAuthorizationService().deleteAuthorization(grant.getId()));
    engine().getHistoryService().createHistoricBatchQuery().list()
        .forEach(batch -> engine().getHistoryService().deleteHistoricBatch(batch.getId()));
    engine().getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void shouldMoveOnEveryInstanceWaitingForTheMessageAndPassOverTheRest() {
    List<String> waiting = List.of(start(true), start(true), start(true));
    String elsewhere = start(false);
    String ended = start(true);
    engine().getRuntimeService().deleteProcessInstance(ended, "withdrawn");
    List<String> all = new ArrayList<>(waiting);
    all.add(elsewhere);
    all.add(ended);

    Batch batch = StageAdvanceBatch.start(configuration(), "test-results", all);
    assertThat(batch.getType()).isEqualTo(StageAdvanceBatch.TYPE);
    assertThat(batch.getTotalJobs()).as("five instances, two a job").isEqualTo(3);
    runBatch(batch);

    for (String instance : waiting) {
      assertThat(activity(instance)).as("a waiting instance").containsExactly("after-test");
    }
    assertThat(activity(elsewhere)).as("waiting for another stage").containsExactly("wait-interview");
    assertThat(engine().getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(engine().getHistoryService().createHistoricBatchQuery().batchId(batch.getId()).singleResult()
        .getEndTime()).as("the batch ended").isNotNull();
  }

  @Test
  void shouldHandTheJobsInstancesAndMessageToTheReadAheadBeforeDeliveringAny() {
    List<String> instances = List.of(start(true), start(true));
    List<String> seen = new ArrayList<>();
    StageAdvanceBatch.Handler handler = new StageAdvanceBatch.Handler((ids, message) -> {
      seen.add(message);
      ids.forEach(id -> seen.add(id + " " + activity(id)));
    });

    var job = new MessageCorrelationBatchConfiguration(instances, (DeploymentMappings) null, "test-results");
    configuration().getCommandExecutorTxRequired().execute(context -> {
      handler.executeHandler(job, null, context, null);
      return null;
    });

    assertThat(seen).containsExactly("test-results", instances.get(0) + " [wait-test]",
        instances.get(1) + " [wait-test]");
    assertThat(instances).allSatisfy(id -> assertThat(activity(id)).containsExactly("after-test"));
  }

  @Test
  void shouldBeCreatedByThePlatformOrAnAdministratorOnlyAndLogTheOperation() {
    String instance = start(true);
    configuration().setAuthorizationEnabled(true);
    engine().getIdentityService().setAuthentication("clerk", List.of("HE-SJZ-DZ"));
    assertThatThrownBy(() -> StageAdvanceBatch.start(configuration(), "test-results", List.of(instance)))
        .as("a clerk at the engine's doors").isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("仅限平台管理员");
    assertThat(engine().getManagementService().createBatchQuery().count()).isZero();

    // Past the platform's guard, Camunda's permission to create a correlation batch (this engine's administrators'
    // group is not Camunda's administrators: it holds only what is granted).
    engine().getIdentityService().setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
    assertThatThrownBy(() -> StageAdvanceBatch.start(configuration(), "test-results", List.of(instance)))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining(BatchPermissions.CREATE_BATCH_CORRELATE_MESSAGE.getName());
    engine().getIdentityService().clearAuthentication();
    Authorization grant = engine().getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("admin");
    grant.setResource(Resources.BATCH);
    grant.setResourceId("*");
    grant.addPermission(BatchPermissions.CREATE_BATCH_CORRELATE_MESSAGE);
    engine().getAuthorizationService().saveAuthorization(grant);
    engine().getIdentityService().setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
    Batch batch = StageAdvanceBatch.start(configuration(), "test-results", List.of(instance));

    configuration().setAuthorizationEnabled(false);
    engine().getIdentityService().clearAuthentication();
    assertThat(batch.getCreateUserId()).isEqualTo("admin");
    assertThat(engine().getHistoryService().createUserOperationLogQuery().userId("admin")
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE).property("nrOfInstances")
        .singleResult().getNewValue()).isEqualTo("1");
    runBatch(batch);
    assertThat(activity(instance)).containsExactly("after-test");
  }

  private String start(boolean first) {
    return engine().getRuntimeService().startProcessInstanceByKey("stage-wait",
        Map.of("first", first)).getId();
  }

  private List<String> activity(String instance) {
    return engine().getRuntimeService().getActiveActivityIds(instance);
  }

  /** The seed job until every batch job exists, the batch jobs, then the monitor job, which ends the batch. */
  private void runBatch(Batch batch) {
    ManagementService management = engine().getManagementService();
    for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
      for (List<Job> jobs = jobs(definition); !jobs.isEmpty(); jobs = jobs(definition)) {
        jobs.forEach(job -> management.executeJob(job.getId()));
      }
    }
    jobs(batch.getMonitorJobDefinitionId()).forEach(job -> management.executeJob(job.getId()));
  }

  private List<Job> jobs(String definition) {
    return engine().getManagementService().createJobQuery().jobDefinitionId(definition).list();
  }

  private static ProcessEngine engine() {
    return engineExtension.getProcessEngine();
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }
}
