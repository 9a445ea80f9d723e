package cn.unionsw.platform.policy;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Working days a process step may take, from a decision with input {@code step} and output {@code workingDays}
 * ({@code procurement-deadlines}, {@code recruitment-deadlines}), for the models' due dates:
 * {@code ${workdays.after(now(), stepWorkingDays.of('procurement-deadlines', 'record-bid'))}}. An administrator
 * changes the days in the table, without a release.
 */
@Component("stepWorkingDays")
public class StepWorkingDays {

  private final PolicyDecisions decisions;

  StepWorkingDays(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  public int of(String decisionKey, String step) {
    Object days = decisions.evaluate(decisionKey, Map.of("step", step)).map(row -> row.get("workingDays"))
        .orElseThrow(() -> new IllegalStateException("Decision " + decisionKey + " has no rule for step " + step
            + ": fix the deployed table"));
    return ((Number) days).intValue();
  }
}
