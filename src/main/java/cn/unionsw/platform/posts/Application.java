package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.review.Variable;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a post application asks for, read from the process variables through their typed declarations. The counts
 * are those stated by the applicant (null where the registry's stand); checks against the registry happen in the
 * service.
 */
public record Application(
    String unitCode,
    ApplicationType type,
    int requestedPosts,
    Grade proposedGrade,
    Grade currentGrade,
    Integer legalEntityCount,
    Integer employeeCount,
    Integer memberCount,
    String countsChangedReason,
    String duties,
    String justification,
    String applicant) {

  public static Application from(VariableScope scope) {
    return new Application(
        required(scope, UNIT_CODE).trim(),
        required(scope, APPLICATION_TYPE),
        required(scope, REQUESTED_POSTS),
        required(scope, PROPOSED_GRADE),
        CURRENT_GRADE.from(scope),
        LEGAL_ENTITY_COUNT.from(scope),
        EMPLOYEE_COUNT.from(scope),
        MEMBER_COUNT.from(scope),
        text(scope, COUNTS_CHANGED_REASON),
        text(scope, DUTIES),
        text(scope, JUSTIFICATION),
        APPLICANT.from(scope));
  }

  private static <T> T required(VariableScope scope, Variable<T> variable) {
    T value = variable.from(scope);
    if (value == null) {
      throw invalid(variable.name(), "必填");
    }
    return value;
  }

  private static String text(VariableScope scope, Variable<String> variable) {
    String value = variable.from(scope);
    return value == null || value.isBlank() ? null : value.trim();
  }

  static Refusal invalid(String field, String reason) {
    return new Refusal(field, reason);
  }
}
