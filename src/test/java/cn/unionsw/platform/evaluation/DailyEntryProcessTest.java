package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.evaluation.DailyEntryProcess.Elements;
import cn.unionsw.platform.evaluation.DailyEntryProcess.Vars;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
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

/** evaluation-daily-entry: the start form's entry recorded for the starter, then the end; a refusal refuses the start. */
@Deployment(resources = "processes/evaluation-daily-entry.bpmn")
class DailyEntryProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(0.95)
      .build();

  private static final String IDENTITY = "130123199306150026";

  ProcessEngine engine;
  final DailyEntries entries = mock(DailyEntries.class);
  final OrgAccess access = mock(OrgAccess.class);

  @BeforeEach
  void registerDelegate() {
    engine = engineExtension.getProcessEngine();
    init(engine);
    ProcessTestKernel.use(access, mock(OrgService.class));
    when(access.reachOf(anyString())).thenAnswer(call -> new Reach(call.getArgument(0), false, List.of("HE-SJZ-ZD"),
        List.of("clerk")));
    Mocks.register("recordDailyEntryDelegate", new RecordDailyEntryDelegate(entries));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void shouldRecordTheEntryForTheStarterAndEnd() {
    when(entries.recordFor(eq(IDENTITY), any(), eq("zdclerk"))).thenReturn(new DailyEntry(70L, 7L,
        LocalDate.of(2026, 6, 1), DailyEntryKind.ATTENDANCE, null, Attendance.LEAVE, "病假", "zdclerk",
        LocalDateTime.now()));

    ProcessInstance instance = start(Map.of(Vars.IDENTITY_NUMBER.name(), IDENTITY, Vars.DATE.name(), "2026-06-01",
        Vars.KIND.name(), "ATTENDANCE", Vars.ATTENDANCE.name(), "LEAVE", Vars.NOTE.name(), "病假"));

    assertThat(instance).hasPassed(Elements.RECORD).isEnded();
    assertThat(instance).hasPassed(Elements.END);
    verify(entries).recordFor(IDENTITY, new NewDailyEntry(null, "2026-06-01", DailyEntryKind.ATTENDANCE, null,
        Attendance.LEAVE, "病假"), "zdclerk");
    assertThat(instance).variables().containsEntry(Vars.WORKER_ID.name(), 7)
        .containsEntry(Vars.DAILY_ENTRY_ID.name(), 70);
  }

  @Test
  void shouldStartNothingWhenTheEntryIsRefused() {
    when(entries.recordFor(eq(IDENTITY), any(), eq("zdclerk"))).thenThrow(Refusal.invalid("date", "日期晚于今天"));

    assertThatThrownBy(() -> start(Map.of(Vars.IDENTITY_NUMBER.name(), IDENTITY, Vars.DATE.name(), "2099-01-01",
        Vars.KIND.name(), "DUTY", Vars.RATING.name(), 4, Vars.NOTE.name(), "说明")))
        .isInstanceOfSatisfying(Refusal.class, refusal -> org.assertj.core.api.Assertions.assertThat(refusal.field())
            .isEqualTo("date"));
    org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DailyEntryProcess.KEY).count()).isZero();
  }

  @Test
  void shouldRefuseAStartVariableTheFormDoesNotHave() {
    assertThatThrownBy(() -> start(Map.of(Vars.IDENTITY_NUMBER.name(), IDENTITY, Vars.DATE.name(), "2026-06-01",
        Vars.KIND.name(), "DUTY", Vars.RATING.name(), 4, Vars.NOTE.name(), "说明", Vars.WORKER_ID.name(), 8)))
        .isInstanceOfSatisfying(Refusal.class, refusal -> org.assertj.core.api.Assertions.assertThat(refusal.field())
            .isEqualTo(Vars.WORKER_ID.name()));
  }

  private ProcessInstance start(Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("zdclerk", List.of("HE-SJZ-ZD", "clerk"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(DailyEntryProcess.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
