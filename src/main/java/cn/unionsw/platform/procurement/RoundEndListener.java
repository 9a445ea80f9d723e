package cn.unionsw.platform.procurement;

import static cn.unionsw.platform.procurement.ProcurementProcess.Vars.ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * post-procurement, end of the process: a round whose case is deleted (an administrator in Cockpit, a county that
 * never files) is closed as CANCELLED, so its city can open the next round and its posts are free. A round that ended
 * by its own award or no award is closed already and left as it is.
 */
@Component("roundEndListener")
class RoundEndListener implements ExecutionListener {

  private final PurchaseRounds rounds;

  RoundEndListener(PurchaseRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ROUND_ID.from(execution) != null) {
      String reason = execution instanceof ExecutionEntity entity ? entity.getDeleteReason() : null;
      rounds.cancelIfOpen(execution.getProcessInstanceId(), reason);
    }
  }
}
