package cn.unionsw.platform.recruitment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.recruitment.RecruitmentProcess.Elements;
import cn.unionsw.platform.recruitment.RecruitmentProcess.Vars;
import cn.unionsw.platform.web.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per path of recruitment (a candidate) and recruitment-start (the background start), with the real
 * delegates over a mocked recruitment service: screened out, ended at any stage, on post; started in chunks.
 */
@Deployment(resources = {"processes/recruitment.bpmn", "processes/recruitment-start.bpmn"})
class RecruitmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  ProcessEngine engine;
  final Recruitment recruitment = mock(Recruitment.class);
  /** A deployment a test made itself, removed after it (the extension removes only its own). */
  String earlierDeployment;

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    Mocks.register("screenCandidateDelegate", new ScreenCandidateDelegate(recruitment));
    Mocks.register("stageResultDelegate", new StageResultDelegate(recruitment));
    Mocks.register("startCandidatesDelegate", new StartCandidatesDelegate(recruitment));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    if (earlierDeployment != null) {
      engine.getRepositoryService().deleteDeployment(earlierDeployment, true);
    }
  }

  @Test
  void shouldEndACandidateTheScreeningTurnsAway() {
    when(recruitment.screen(7)).thenReturn(false);

    assertThat(candidate()).isEnded().hasPassed(Elements.SCREEN).hasPassed(Elements.END_NOT_HIRED);
  }

  @Test
  void shouldTakeACandidateThroughEveryStageOnToThePost() {
    when(recruitment.screen(7)).thenReturn(true);
    when(recruitment.stageResult(eq(7L), org.mockito.ArgumentMatchers.any())).thenReturn(true);
    ProcessInstance candidate = candidate();

    for (Stage stage : Stage.values()) {
      if (stage.message() != null) {
        assertThat(candidate).isWaitingAt(Elements.waitFor(stage));
        engine.getRuntimeService().createMessageCorrelation(stage.message()).processInstanceId(candidate.getId())
            .correlate();
      }
    }

    assertThat(candidate).isEnded().hasPassed(Elements.END_HIRED);
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "SCREENING", mode = EnumSource.Mode.EXCLUDE)
  void shouldEndACandidateAtTheStageTheyFail(Stage failed) {
    when(recruitment.screen(7)).thenReturn(true);
    for (Stage stage : Stage.values()) {
      when(recruitment.stageResult(7, stage)).thenReturn(stage != failed);
    }
    ProcessInstance candidate = candidate();

    for (Stage stage : Stage.values()) {
      if (stage.message() != null && stage.ordinal() <= failed.ordinal()) {
        engine.getRuntimeService().createMessageCorrelation(stage.message()).processInstanceId(candidate.getId())
            .correlate();
      }
    }

    assertThat(candidate).isEnded().hasPassed(Elements.END_NOT_HIRED).hasNotPassed(Elements.END_HIRED);
  }

  /** Found by the access check: an administrator's start without the candidate was answered 500. */
  @Test
  void shouldRefuseACandidateStartedWithoutItsCandidateIdNamingTheVariable() {
    Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.KEY,
            Map.of(Vars.RECRUITMENT_ROUND_ID.name(), 3)))
        .isInstanceOfSatisfying(Refusal.class, refusal -> Assertions.assertThat(refusal.field())
            .isEqualTo(Vars.CANDIDATE_ID.name()));
  }

  /** As the platform starts a candidate (ADR 0032): the candidate named by the business key alone. */
  @Test
  void shouldReadTheCandidateFromTheBusinessKeyAndKeepOnlyTheRoundAsAVariable() {
    when(recruitment.screen(7)).thenReturn(true);
    when(recruitment.stageResult(7, Stage.APTITUDE_TEST)).thenReturn(true);
    ProcessInstance candidate = engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.KEY,
        RecruitmentProcess.businessKeyOf(7), Map.of(Vars.RECRUITMENT_ROUND_ID.name(), 3));
    engine.getRuntimeService().createMessageCorrelation(Stage.APTITUDE_TEST.message())
        .processInstanceId(candidate.getId()).correlate();

    assertThat(candidate).isWaitingAt(Elements.waitFor(Stage.INTERVIEW));
    verify(recruitment).screen(7);
    verify(recruitment).stageResult(7, Stage.APTITUDE_TEST);
    Assertions.assertThat(candidate.getBusinessKey()).isEqualTo("候选人-7");
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(candidate.getId()).list()).extracting(HistoricVariableInstance::getName)
        .containsExactly(Vars.RECRUITMENT_ROUND_ID.name());
  }

  @Test
  void shouldAskForTheCandidateIdWhereTheBusinessKeyNamesNoCandidate() {
    for (String key : List.of("候选人-", "候选人-7x", "候选人-99999999999999999999", "考生-7")) {
      Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.KEY,
              key, Map.of(Vars.RECRUITMENT_ROUND_ID.name(), 3)))
          .as(key).isInstanceOfSatisfying(Refusal.class, refusal -> Assertions.assertThat(refusal.field())
              .isEqualTo(Vars.CANDIDATE_ID.name()));
    }
  }

  @Test
  void shouldKeepNeitherTheStageNorItsAnswerAsVariables() {
    when(recruitment.screen(7)).thenReturn(true);
    when(recruitment.stageResult(7, Stage.APTITUDE_TEST)).thenReturn(true);
    ProcessInstance candidate = candidate();
    engine.getRuntimeService().createMessageCorrelation(Stage.APTITUDE_TEST.message())
        .processInstanceId(candidate.getId()).correlate();

    assertThat(candidate).isWaitingAt(Elements.waitFor(Stage.INTERVIEW));
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(candidate.getId()).list()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(Vars.CANDIDATE_ID.name(), Vars.RECRUITMENT_ROUND_ID.name());
  }

  /**
   * ADR 0028: a stage moved leaves the history of its wait (when the candidate waited, when they moved) and none of
   * the check task and gateway the machine passes through.
   */
  @Test
  void shouldRecordTheWaitsOfAStageAndNotTheStepsAMachinePassesThrough() {
    when(recruitment.screen(7)).thenReturn(true);
    when(recruitment.stageResult(7, Stage.APTITUDE_TEST)).thenReturn(true);
    ProcessInstance candidate = candidate();
    engine.getRuntimeService().createMessageCorrelation(Stage.APTITUDE_TEST.message())
        .processInstanceId(candidate.getId()).correlate();

    var history = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(candidate.getId()).list();
    Assertions.assertThat(history).extracting(HistoricActivityInstance::getActivityId).containsExactlyInAnyOrder(
        "start-candidate", Elements.SCREEN, Elements.waitFor(Stage.APTITUDE_TEST), Elements.waitFor(Stage.INTERVIEW));
    Assertions.assertThat(history).filteredOn(a -> a.getActivityId().equals(Elements.waitFor(Stage.APTITUDE_TEST)))
        .singleElement().satisfies(wait -> Assertions.assertThat(wait.getEndTime()).isNotNull());
  }

  /**
   * A candidate started on the model as it was before the stage became an extension property: the task names its
   * stage by an input parameter and the answer is a persisted variable, and both still work after the upgrade.
   */
  @Test
  void shouldMoveACandidateOfTheEarlierModelThatNamesItsStageByAnInputParameter() throws Exception {
    String earlier;
    try (var model = getClass().getResourceAsStream("/processes/recruitment.bpmn")) {
      // The earlier model: no history property (ADR 0028), the stage as an input parameter (before ADR 0027).
      earlier = new String(model.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s*<bpmn:extensionElements>"
          + "\\s*<camunda:properties>\\s*<camunda:property name=\"history\" value=\"none\" />\\s*</camunda:properties>"
          + "\\s*</bpmn:extensionElements>", "").replaceAll("\\s*<camunda:property name=\"history\" value=\"none\" />", "")
          .replaceAll(
          "<camunda:properties>\\s*<camunda:property name=\"stage\" value=\"(\\w+)\" />\\s*</camunda:properties>",
          "<camunda:inputOutput><camunda:inputParameter name=\"stage\">$1</camunda:inputParameter>"
          + "</camunda:inputOutput>");
    }
    Assertions.assertThat(earlier).doesNotContain("camunda:property ");
    var deployment = engine.getRepositoryService().createDeployment().addString("recruitment.bpmn", earlier)
        .deployWithResult();
    earlierDeployment = deployment.getId();
    String definition = deployment.getDeployedProcessDefinitions().get(0).getId();
    when(recruitment.screen(7)).thenReturn(true);
    when(recruitment.stageResult(7, Stage.APTITUDE_TEST)).thenReturn(false);
    ProcessInstance candidate = engine.getRuntimeService().startProcessInstanceById(definition,
        Map.of(Vars.CANDIDATE_ID.name(), 7, Vars.RECRUITMENT_ROUND_ID.name(), 3, Vars.PASSED.name(), false));

    engine.getRuntimeService().createMessageCorrelation(Stage.APTITUDE_TEST.message())
        .processInstanceId(candidate.getId()).correlate();

    assertThat(candidate).isEnded().hasPassed(Elements.END_NOT_HIRED);
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(candidate.getId()).variableName(Vars.PASSED.name()).singleResult().getValue()).isEqualTo(false);
  }

  @Test
  void shouldRefuseToMoveACandidateWhoseCheckTaskNamesNoStage() throws Exception {
    String unnamed;
    try (var model = getClass().getResourceAsStream("/processes/recruitment.bpmn")) {
      unnamed = new String(model.readAllBytes(), StandardCharsets.UTF_8).replaceAll(
          "<camunda:property name=\"stage\" value=\"\\w+\" />", "");
    }
    var deployment = engine.getRepositoryService().createDeployment().addString("recruitment.bpmn", unnamed)
        .deployWithResult();
    earlierDeployment = deployment.getId();
    when(recruitment.screen(7)).thenReturn(true);
    ProcessInstance candidate = engine.getRuntimeService().startProcessInstanceById(
        deployment.getDeployedProcessDefinitions().get(0).getId(),
        Map.of(Vars.CANDIDATE_ID.name(), 7, Vars.RECRUITMENT_ROUND_ID.name(), 3));

    Assertions.assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(Stage.APTITUDE_TEST.message()).processInstanceId(candidate.getId()).correlate())
        .hasMessageContaining("names no stage").hasMessageContaining("extension property stage");
    assertThat(candidate).isWaitingAt(Elements.waitFor(Stage.APTITUDE_TEST));
  }

  @Test
  void shouldStartARoundsCandidatesAChunkPerJobUntilNoneIsLeft() {
    when(recruitment.startChunk(3, 3, 1)).thenReturn(400, 200, 0);
    ProcessInstance start = engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.START_KEY,
        Map.of(Vars.RECRUITMENT_ROUND_ID.name(), 3, Vars.LANES.name(), 3, Vars.LANE.name(), 1));

    for (int chunk = 0; chunk < 3; chunk++) {
      assertThat(start).isWaitingAt(Elements.START_CANDIDATES);
      execute(job());
    }

    assertThat(start).isEnded().hasPassed("end-started");
  }

  private ProcessInstance candidate() {
    return engine.getRuntimeService().startProcessInstanceByKey(RecruitmentProcess.KEY,
        Map.of(Vars.CANDIDATE_ID.name(), 7, Vars.RECRUITMENT_ROUND_ID.name(), 3));
  }
}
