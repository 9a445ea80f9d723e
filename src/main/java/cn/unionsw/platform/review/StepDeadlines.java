package cn.unionsw.platform.review;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * How many working days a case's review steps may take, and how many more before one is escalated: the decision a
 * process declares as its deadline rule ({@code review-deadline} for post applications), evaluated with the case's
 * facts, so that an administrator changes the days without a release. The models' timers count them with
 * {@code workdays}.
 */
@Service
public class StepDeadlines {

  private final DecisionService decisions;
  private final Declarations declarations;

  StepDeadlines(DecisionService decisions, Declarations declarations) {
    this.decisions = decisions;
    this.declarations = declarations;
  }

  /** Working days to decide, and further working days before escalation. */
  public record Days(int dueWorkingDays, int escalationWorkingDays) {
  }

  public Days of(String processKey, Map<String, Object> facts) {
    String decision = declarations.find(processKey).map(CaseDeclaration::deadlineDecision)
        .orElseThrow(() -> new IllegalStateException(processKey + " declares no deadline rule"));
    var result = decisions.evaluateDecisionTableByKey(decision, Variables.fromMap(facts)).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + decision + " has no rule for " + facts + ": fix the deployed table");
    }
    return new Days(((Number) result.getEntry("dueWorkingDays")).intValue(),
        ((Number) result.getEntry("escalationWorkingDays")).intValue());
  }
}
