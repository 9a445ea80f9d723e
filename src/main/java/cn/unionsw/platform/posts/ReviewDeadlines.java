package cn.unionsw.platform.posts;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * How many working days a review may take, and how many more before it is escalated: decision
 * {@code review-deadline} ({@code dmn/review-deadline.dmn}), so that an administrator changes them without a
 * release.
 */
@Service
public class ReviewDeadlines {

  static final String DECISION = "review-deadline";

  private final DecisionService decisions;

  ReviewDeadlines(DecisionService decisions) {
    this.decisions = decisions;
  }

  public record Days(int dueWorkingDays, int escalationWorkingDays) {
  }

  public Days forApplication(ApplicationType type) {
    var result = decisions.evaluateDecisionTableByKey(DECISION,
        Variables.createVariables().putValue("applicationType", type.name())).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + DECISION + " has no rule for " + type + ": fix the deployed table");
    }
    return new Days(((Number) result.getEntry("dueWorkingDays")).intValue(),
        ((Number) result.getEntry("escalationWorkingDays")).intValue());
  }
}
