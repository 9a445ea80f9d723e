package cn.unionsw.platform.procurement;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Working days each human step of a purchase round may take, by the decision {@code procurement-deadlines}, for the
 * model's due dates: {@code ${workdays.after(now(), procurementDeadlines.workingDays('record-bid'))}}. An
 * administrator changes the days in the table, without a release.
 */
@Component("procurementDeadlines")
public class ProcurementDeadlines {

  static final String DECISION = "procurement-deadlines";

  private final DecisionService decisions;

  ProcurementDeadlines(DecisionService decisions) {
    this.decisions = decisions;
  }

  public int workingDays(String step) {
    var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("step", step))
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + DECISION + " has no rule for step " + step
          + ": fix the deployed table");
    }
    return ((Number) result.getEntry("workingDays")).intValue();
  }
}
