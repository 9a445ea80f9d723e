package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.web.Refusal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a post application asks for, read from the process variables. The counts are those stated by the
 * applicant (null where the registry's stand); checks against the registry happen in the service.
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
    Map<String, Object> v = scope.getVariables();
    return new Application(
        text(v, UNIT_CODE, true),
        enumValue(ApplicationType.class, v, APPLICATION_TYPE, true),
        integer(v, REQUESTED_POSTS, true),
        enumValue(Grade.class, v, PROPOSED_GRADE, true),
        enumValue(Grade.class, v, CURRENT_GRADE, false),
        integer(v, LEGAL_ENTITY_COUNT, false),
        integer(v, EMPLOYEE_COUNT, false),
        integer(v, MEMBER_COUNT, false),
        text(v, COUNTS_CHANGED_REASON, false),
        text(v, DUTIES, false),
        text(v, JUSTIFICATION, false),
        text(v, APPLICANT, false));
  }

  private static String text(Map<String, Object> v, String name, boolean required) {
    Object value = v.get(name);
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      if (required) {
        throw invalid(name, "必填");
      }
      return null;
    }
    return text;
  }

  private static Integer integer(Map<String, Object> v, String name, boolean required) {
    Object value = v.get(name);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        throw invalid(name, "必填");
      }
      return null;
    }
    // A Long beyond int (4294967297) would become 1 as an int: refused, never narrowed.
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && number.doubleValue() >= Integer.MIN_VALUE && number.doubleValue() <= Integer.MAX_VALUE) {
      return number.intValue();
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw invalid(name, "须为整数，收到 " + value);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> v, String name, boolean required) {
    String text = text(v, name, required);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "取值无效 " + text);
    }
  }

  static Refusal invalid(String field, String reason) {
    return new Refusal(field, reason);
  }
}
