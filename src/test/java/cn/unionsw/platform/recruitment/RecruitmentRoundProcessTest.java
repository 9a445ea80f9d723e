package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.StepWorkingDays;
import cn.unionsw.platform.recruitment.RecruitmentMapper.RoundRow;
import cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Elements;
import cn.unionsw.platform.recruitment.RecruitmentRoundProcess.Vars;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.SeededCalendar;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** recruitment-round: opened by the city's clerk, the import finished, each stage signed off once; a refusal keeps
 * the task. */
@Deployment(resources = "processes/recruitment-round.bpmn")
class RecruitmentRoundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  ProcessEngine engine;
  final Recruitment recruitment = mock(Recruitment.class);
  final OrgAccess access = mock(OrgAccess.class);

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    when(access.reachOf(anyString())).thenAnswer(call -> new Reach(call.getArgument(0), false, List.of("HE-DZ"),
        List.of("clerk")));
    Mocks.register("openRecruitmentDelegate", new OpenRecruitmentDelegate(recruitment));
    Mocks.register("recruitmentTaskListener", new RecruitmentTaskListener(recruitment));
    Mocks.register("workdays", SeededCalendar.expressions());
    StepWorkingDays days = mock(StepWorkingDays.class);
    when(days.of(eq("recruitment-deadlines"), anyString())).thenReturn(10);
    Mocks.register("stepWorkingDays", days);
    when(recruitment.open(12, "dzclerk")).thenReturn(new RoundRow(5L, 12L, "HE-DZ", "dzclerk", LocalDateTime.now()));
    when(recruitment.summary(anyLong())).thenReturn("报名审核 进行中 3 人");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldImportThenSignOffEveryStageOnceForTheRound() {
    ProcessInstance round = start();
    assertThat(round).isWaitingAt(Elements.IMPORT_CANDIDATES).variables()
        .containsEntry(Vars.RECRUITMENT_ROUND_ID.name(), 5).containsEntry(Vars.CITY_CODE.name(), "HE-DZ");
    assertThat(task(round)).hasCandidateGroup("HE-DZ");
    complete(round);
    verify(recruitment).requireImported(5);

    for (Stage stage : Stage.values()) {
      assertThat(round).isWaitingAt(Elements.signOff(stage));
      complete(round);
      verify(recruitment).signOff(5, stage, "dzclerk");
    }
    assertThat(round).isEnded();
  }

  @Test
  void shouldKeepASignOffOpenWhileResultsAreMissing() {
    ProcessInstance round = start();
    complete(round);
    complete(round);
    doThrow(Refusal.conflict("results_missing", "stage", "还有 3 名考生没有导入结果")).when(recruitment)
        .signOff(5, Stage.APTITUDE_TEST, "dzclerk");

    assertThatThrownBy(() -> complete(round)).rootCause().isInstanceOf(Refusal.class);
    assertThat(round).isWaitingAt(Elements.signOff(Stage.APTITUDE_TEST));
  }

  private ProcessInstance start() {
    engine.getIdentityService().setAuthentication("dzclerk", List.of("HE-DZ", "clerk"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(RecruitmentRoundProcess.KEY,
          Map.of(Vars.PROCUREMENT_ROUND_ID.name(), 12));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void complete(ProcessInstance round) {
    engine.getIdentityService().setAuthentication("dzclerk", List.of("HE-DZ", "clerk"));
    try {
      engine.getTaskService().complete(task(round).getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
