package cn.unionsw.platform.evaluation;

import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.COMMENT;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.EXCELLENT_GRANTED;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.EXCELLENT_OPTIONS;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.PROPOSALS;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.PROPOSER_CODE;
import static cn.unionsw.platform.evaluation.EvaluationRoundProcess.Vars.ROUND_ID;

import cn.unionsw.platform.review.Acting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * evaluation-round, decide-evaluations (one task per proposer). create: the task names the proposer; the form gets
 * the proposals and, as the checklist's options, the workers suggested EXCELLENT (drawn again when a reviewer takes
 * the task up, since the proposals come in after the round started). What the form writes is set here on
 * this task's own execution (the multi-instance's, one per proposer), so that a completion writes there and never into
 * the round the other proposers' tasks share: two decisions at once would write the same variables of the round and
 * collide on the multi-instance's counters before either reached the round's lock.
 * complete: the city's decision ({@link CityDecision}), refused while a proposal is missing or over the cap.
 */
@Component("decideEvaluationsListener")
class DecideEvaluationsListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CityDecision decision;
  private final Evaluations evaluations;

  DecideEvaluationsListener(CityDecision decision, Evaluations evaluations) {
    this.decision = decision;
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    long roundId = ROUND_ID.from(task);
    String proposer = PROPOSER_CODE.from(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String name = evaluations.unitName(proposer);
      task.setName("审定 " + name + " 年度评价");
      task.setDescription("审定" + name + "提出的年度评价意见；优秀等次由市级工会评定，不超过参评人数的 30%（第二十六条）");
      drawProposals(task, roundId, proposer);
      EXCELLENT_GRANTED.onLocal(task.getExecution(), List.of());
      COMMENT.onLocal(task.getExecution(), "");
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
      // The task is created when the round starts, the proposals come in afterwards: drawn again when taken up.
      drawProposals(task, roundId, proposer);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      decision.decide(roundId, proposer, EXCELLENT_GRANTED.from(task), Acting.user(task));
    }
  }

  private void drawProposals(DelegateTask task, long roundId, String proposer) {
    PROPOSALS.onLocal(task, decision.proposals(roundId, proposer));
    task.setVariableLocal(EXCELLENT_OPTIONS, json(CityDecision.asValues(decision.options(roundId, proposer))));
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
