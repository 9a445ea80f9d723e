package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.review.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/** The decision form's proposals in words, for a proposer of hundreds of workers. */
class CityDecisionTest {

  @Test
  void shouldKeepTheProposalsOfAProvincialRoundWithinOneTextVariable() {
    // Every length of unit name from 1 to 60: the cut falls at every place of a line, inside 𠮷 too.
    for (int unitLength = 1; unitLength <= 60; unitLength++) {
      EvaluationRoundMapper rounds = mock(EvaluationRoundMapper.class);
      List<EvaluationRoundMapper.Proposal> proposals = new ArrayList<>();
      for (long i = 0; i < 500; i++) {
        proposals.add(new EvaluationRoundMapper.Proposal(i, "王𠮷" + i, "街".repeat(unitLength), new BigDecimal("95"),
            new BigDecimal("96"), Outcome.EXCELLENT, EvaluationStatus.PROPOSED));
      }
      when(rounds.proposals(1, "HE-SJZ-ZD")).thenReturn(proposals);
      CityDecision decision = new CityDecision(rounds, mock(RuntimeService.class), mock(IdentityService.class),
          "Asia/Shanghai");

      String text = decision.proposals(1, "HE-SJZ-ZD");

      assertThat(text.length()).as("unit name of %d", unitLength).isLessThanOrEqualTo(Variable.MAX_TEXT);
      assertThat(text).startsWith("王𠮷0｜").endsWith(CityDecision.MORE);
      String kept = text.substring(0, text.length() - CityDecision.MORE.length());
      assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("unit name of %d", unitLength)
          .isFalse();
    }
  }
}
