package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.evaluation.EvaluationRoundProcess.Elements;
import cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * evaluation-round: the round's instances started a chunk per job, then one decision per proposer, each naming its
 * proposer and offering its EXCELLENT suggestions; a refused decision keeps its task; only the city's reviewers act.
 */
@Deployment(resources = "processes/evaluation-round.bpmn")
class EvaluationRoundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  ProcessEngine engine;
  final EvaluationRounds rounds = mock(EvaluationRounds.class);
  final CityDecision decision = mock(CityDecision.class);
  final Evaluations evaluations = mock(Evaluations.class);
  final EvaluationDeadlines deadlines = mock(EvaluationDeadlines.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(mock(OrgAccess.class), mock(OrgService.class));
    Mocks.register("evaluationRounds", rounds);
    Mocks.register("evaluationDeadlines", deadlines);
    Mocks.register("startEvaluationsDelegate", new StartEvaluationsDelegate(rounds));
    Mocks.register("decideEvaluationsListener", new DecideEvaluationsListener(decision, evaluations));
    when(deadlines.after(anyString(), any())).thenReturn(new Date());
    when(rounds.startChunk(5)).thenReturn(200, 0);
    when(rounds.proposers(5)).thenReturn(List.of("HE-SJZ-LC", "HE-SJZ-ZD"));
    when(evaluations.unitName("HE-SJZ-ZD")).thenReturn("正定县总工会");
    when(evaluations.unitName("HE-SJZ-LC")).thenReturn("栾城区总工会");
    when(decision.proposals(5, "HE-SJZ-ZD")).thenReturn("张𠮷｜正定镇总工会｜得分 95｜满意率 96%｜建议等次 优秀");
    when(decision.options(5, "HE-SJZ-ZD")).thenReturn(List.of(new CityDecision.Option("张𠮷（正定镇总工会，得分 95）",
        "11")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldStartTheEvaluationsAChunkPerJobThenAskOneDecisionPerProposer() {
    ProcessInstance round = start();
    for (int chunk = 0; chunk < 2; chunk++) {
      assertThat(round).isWaitingAt(Elements.START_EVALUATIONS);
      execute(job());
    }

    assertThat(round).isWaitingAt(Elements.DECIDE);
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(round.getId())
        .orderByTaskName().asc().list();
    org.assertj.core.api.Assertions.assertThat(tasks).extracting(Task::getName)
        .containsExactlyInAnyOrder("审定 正定县总工会 年度评价", "审定 栾城区总工会 年度评价");
    Task zd = tasks.stream().filter(t -> t.getName().contains("正定")).findFirst().orElseThrow();
    assertThat(zd).hasCandidateGroup("HE-SJZ");
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariableLocal(zd.getId(),
        Vars.PROPOSALS.name())).isEqualTo("张𠮷｜正定镇总工会｜得分 95｜满意率 96%｜建议等次 优秀");
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService()
        .getVariableLocalTyped(zd.getId(), Vars.EXCELLENT_OPTIONS, false).getValue().toString())
        .contains("\"label\":\"张𠮷（正定镇总工会，得分 95）\"", "\"value\":\"11\"");

    complete(zd, Map.of(Vars.EXCELLENT_GRANTED.name(), List.of("11"), Vars.COMMENT.name(), "同意"));
    verify(decision).decide(5, "HE-SJZ-ZD", List.of("11"), "sjzreviewer");
    // Each decision leaves its task in a job of its own: two counties decided at once do not collide on the
    // multi-instance's counters in the reviewers' own transactions.
    execute(job(round));
    Task lc = engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).singleResult();
    complete(lc, Map.of());
    verify(decision).decide(5, "HE-SJZ-LC", List.of(), "sjzreviewer");
    assertThat(round).isNotEnded();
    execute(job(round));

    assertThat(round).isEnded().hasPassed(Elements.END);
  }

  @Test
  void shouldKeepADecisionOpenThatIsRefused() {
    ProcessInstance round = started();
    Task zd = engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskName(
        "审定 正定县总工会 年度评价").singleResult();
    doThrow(Refusal.conflict("proposals_pending", "尚有 2 名社工的评价意见未提出")).when(decision)
        .decide(5, "HE-SJZ-ZD", List.of(), "sjzreviewer");

    assertThatThrownBy(() -> complete(zd, Map.of())).rootCause().isInstanceOf(Refusal.class)
        .hasMessageContaining("尚有 2 名");
    assertThat(round).isWaitingAt(Elements.DECIDE);
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(round.getId()).count()).isEqualTo(2);
  }

  @Test
  void shouldLetOnlyTheCitysReviewersDecide() {
    ProcessInstance round = started();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).list().get(0);
    engine.getIdentityService().setAuthentication("zdclerk", List.of("HE-SJZ-ZD", "clerk"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().complete(task.getId())).isInstanceOf(
          AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(round).isWaitingAt(Elements.DECIDE);
  }

  @Test
  void shouldRefuseToBeStartedByAnyoneButThePlatform() {
    engine.getIdentityService().setAuthentication("sjzreviewer", List.of("HE-SJZ", "reviewer"));
    try {
      assertThatThrownBy(this::start).isInstanceOf(AuthorizationException.class).hasMessageContaining("由平台发起");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance started() {
    ProcessInstance round = start();
    assertThat(round).isWaitingAt(Elements.START_EVALUATIONS);
    execute(job());
    execute(job());
    return round;
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(EvaluationRoundProcess.KEY,
        Map.of(Vars.ROUND_ID.name(), 5, Vars.CITY_CODE.name(), "HE-SJZ"));
  }

  private void complete(Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("sjzreviewer", List.of("HE-SJZ", "reviewer"));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
