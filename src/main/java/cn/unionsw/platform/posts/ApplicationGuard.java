package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import cn.unionsw.platform.web.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Keeps a post application as it was checked. Completing a task writes every submitted variable into the process,
 * so a reviewer could otherwise re-route the case ({@code provincialGroup}), hide the over-quota flag or change
 * what the registry will record. The applicant comes from the authenticated starter, kept outside the variables.
 */
@Service
public class ApplicationGuard {

  /** What prepare-application checked or derived: a review must leave every one of them as it found it. */
  static final List<String> SEALED = List.of(UNIT_CODE, APPLICATION_TYPE, REQUESTED_POSTS, PROPOSED_GRADE,
      CURRENT_GRADE, LEGAL_ENTITY_COUNT, EMPLOYEE_COUNT, MEMBER_COUNT, COUNTS_CHANGED_REASON, DUTIES, JUSTIFICATION,
      APPLICANT, UNIT_NAME, UNIT_TYPE, APPLICANT_ORG, ROUTE, MUNICIPAL_GROUP, CITY_CODE, PROVINCIAL_GROUP, MAX_POSTS,
      ACTIVE_POSTS, OVER_QUOTA, APPLICATION_SUMMARY, REVIEW_DUE_DAYS, ESCALATION_DAYS);

  private final GuardMapper guards;

  ApplicationGuard(GuardMapper guards) {
    this.guards = guards;
  }

  /** At the start: the authenticated starter is the applicant, whatever the start variables say. */
  public void recordApplicant(String processInstanceId, String authenticatedUser) {
    if (authenticatedUser == null) {
      throw new Refusal("applicant", "无法确定申请人：申请须由登录用户发起");
    }
    guards.insert(processInstanceId, authenticatedUser);
  }

  public String applicant(String processInstanceId) {
    String applicant = guards.applicant(processInstanceId);
    if (applicant == null) {
      // Every instance records its applicant on start; a missing record is a fault of ours, not the user's.
      throw new IllegalStateException("No applicant recorded for post application " + processInstanceId);
    }
    return applicant;
  }

  /** After prepare-application: the application as checked. */
  public void seal(String processInstanceId, Map<String, Object> variables) {
    guards.seal(processInstanceId, fingerprint(variables));
  }

  /** On completing a review: refused if anything sealed has changed. */
  public void verify(String processInstanceId, Map<String, Object> variables) {
    if (!fingerprint(variables).equals(guards.fingerprint(processInstanceId))) {
      throw new Refusal("variables", "审核只能填写审核结论 (decision) 和审核意见 (comment)，不能修改申请内容");
    }
  }

  static String fingerprint(Map<String, Object> variables) {
    StringBuilder canonical = new StringBuilder();
    for (String name : SEALED) {
      canonical.append(name).append('=').append(canonical(variables.get(name))).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A form sends back what it showed: 1 may return as 1L or 1.0, a missing text as "". Both mean the same. */
  private static String canonical(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return Long.toString(number.longValue());
    }
    return value == null ? "" : value.toString().trim();
  }
}
