package cn.unionsw.platform.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.recruitment.RecruitmentMapper.CandidateRecord;
import cn.unionsw.platform.recruitment.RecruitmentMapper.Started;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One chunk of a round's background start: its candidates' instances started, then recorded in one statement; if
 * that statement finds a candidate no longer unstarted (another import's lane started it meanwhile), the chunk fails,
 * so that its transaction rolls its instances back and the job's retry skips the candidate.
 */
class RecruitmentStartChunkTest {

  private static final long ROUND = 5;

  final RecruitmentMapper mapper = mock(RecruitmentMapper.class);
  final RuntimeService runtime = mock(RuntimeService.class);
  final RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
  final Recruitment recruitment = new Recruitment(mapper, null, null, null, null, null, runtime, repository, null,
      null, null, Clock.systemUTC());

  @BeforeEach
  void twoUnstartedCandidates() {
    when(mapper.unstarted(ROUND, 3, 1, RecruitmentProcess.START_CHUNK)).thenReturn(List.of(candidate(11),
        candidate(12)));
    when(repository.createProcessDefinitionQuery().processDefinitionKey(RecruitmentProcess.KEY).withoutTenantId()
        .latestVersion().singleResult().getId()).thenReturn("recruitment:3:x");
    for (long id : new long[] {11, 12}) {
      ProcessInstance instance = mock(ProcessInstance.class);
      when(instance.getId()).thenReturn("pi-" + id);
      // The candidate named by the business key; the round the only variable (ADR 0032).
      when(runtime.startProcessInstanceById(eq("recruitment:3:x"), eq("候选人-" + id),
          eq(Map.<String, Object>of("recruitmentRoundId", (int) ROUND))))
          .thenReturn(instance);
    }
  }

  @Test
  void shouldRecordTheChunksStartsInOneStatementAndAnswerWhatIsLeftInTheLane() {
    when(mapper.started(any())).thenReturn(2);
    when(mapper.unstartedInLane(ROUND, 3, 1)).thenReturn(7);

    assertThat(recruitment.startChunk(ROUND, 3, 1)).isEqualTo(7);
    verify(mapper).started(List.of(new Started(11, "pi-11"), new Started(12, "pi-12")));
  }

  @Test
  void shouldFailTheChunkWhenACandidateWasStartedMeanwhile() {
    when(mapper.started(any())).thenReturn(1);

    assertThatThrownBy(() -> recruitment.startChunk(ROUND, 3, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("started meanwhile");
    verify(mapper, never()).unstartedInLane(ROUND, 3, 1);
  }

  @Test
  void shouldStartNothingInAnEmptyLane() {
    when(mapper.unstarted(ROUND, 3, 2, RecruitmentProcess.START_CHUNK)).thenReturn(List.of());

    assertThat(recruitment.startChunk(ROUND, 3, 2)).isZero();
    verify(runtime, never()).startProcessInstanceById(anyString(), anyString(), anyMap());
    verify(mapper, never()).started(any());
  }

  private static CandidateRecord candidate(long id) {
    return new CandidateRecord(id, ROUND, (int) id, "考生" + id, null, null, null, 0, 0, null, false, false, 0, 0,
        "HE-DZ", "ENTRY", null, null, Stage.SCREENING, null, null, null, null, null);
  }
}
