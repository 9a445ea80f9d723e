package cn.unionsw.platform.procurement;

import cn.unionsw.platform.review.Acting;
import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.*;

import cn.unionsw.platform.procurement.ProcurementProcess.Elements;
import cn.unionsw.platform.review.Variable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The human steps of post-procurement. create: the step's figures for the form, and its fields cleared (on the
 * task's own execution, so the parallel estimates never share them); complete: what the step decided goes to the
 * round's record, or the completion is refused naming the field, and the task stays open.
 */
@Component("roundTaskListener")
class RoundTaskListener implements TaskListener {

  private final PurchaseRounds rounds;

  RoundTaskListener(PurchaseRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    long roundId = ROUND_ID.from(task);
    boolean create = EVENTNAME_CREATE.equals(task.getEventName());
    if (!create && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    DelegateExecution execution = task.getExecution();
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case Elements.ESTIMATE_COST -> {
        String purchaser = PURCHASER.from(task);
        if (create) {
          clear(execution, FILING);
          execution.setVariableLocal(ESTIMATE_SUMMARY.name(), rounds.estimateSummary(roundId, purchaser));
        } else {
          rounds.file(roundId, purchaser, CONTACT_PERSON.from(task), CONTACT_PHONE.from(task),
              FUNDING_NOTE.from(task), Acting.user(task));
        }
      }
      case Elements.PUBLISH_PLAN -> {
        if (!create) {
          rounds.publish(roundId, PROCUREMENT_METHOD.from(task), METHOD_REASON.from(task), PRICE_WEIGHT.from(task),
              Acting.user(task));
        }
      }
      case Elements.RECORD_BID -> {
        if (create) {
          // moreBids stays as the last bid left it (true, or the form's default on the first): the loop's default.
          clear(execution, BID.stream().filter(field -> field != MORE_BIDS).toList());
          execution.setVariableLocal(BIDS_SUMMARY.name(), rounds.bidsSummary(roundId));
        } else {
          rounds.recordBid(roundId, BIDDER_CREDIT_CODE.from(task), BID_PRICE.from(task),
              Boolean.TRUE.equals(SUBCONTRACTING.from(task)), CAPABILITY_SCORES.from(task), QUALITY_SCORES.from(task),
              BENEFIT_SCORES.from(task), MORE_BIDS.from(task), Acting.user(task));
          // The gateway after the task reads whether more bids come, on the case.
          MORE_BIDS.on(execution.getProcessInstance(), Boolean.TRUE.equals(MORE_BIDS.from(task)));
        }
      }
      case Elements.AWARD_CONTRACT -> {
        if (create) {
          execution.removeVariable(AWARD_DECISION.name());
          execution.removeVariable(AWARD_COMMENT.name());
        } else {
          PROPOSED_WINNER.on(execution, rounds.award(roundId, AWARD_DECISION.from(task), AWARD_COMMENT.from(task),
              Acting.user(task)));
        }
      }
      default -> throw new IllegalStateException("roundTaskListener on an unknown step " + key);
    }
  }

  /** The step's fields as local variables of its execution, empty: what the form sends lands there. */
  private static void clear(DelegateExecution execution, List<Variable<?>> fields) {
    fields.forEach(field -> execution.setVariableLocal(field.name(), null));
  }

}
