package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.recruitment.RecruitmentMapper.CandidateRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Registration review (报名审核, DOMAIN.md §3) by the policy decisions, so an administrator changes the rules without
 * a release: {@code candidate-eligibility} (age, education, union work), the highest {@code certificate-level} of the
 * candidate's certificates, and {@code grade-eligibility} as if the aptitude test were passed (it is the next stage);
 * the candidate may take a post of that grade or lower (Art. 15). The verdict names the decision versions that gave
 * it, which the candidate's row records in place of Camunda's decision history (ADR 0032).
 */
@Component
class Screening {

  private final PolicyDecisions decisions;

  Screening(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * Passed, or the reason in Chinese; and the engine ids of the decision versions that decided, in the order they
   * were evaluated, comma-separated (the candidate's row records them, ADR 0032).
   */
  record Verdict(boolean passed, String reason, String decidedBy) {
  }

  Verdict screen(CandidateRecord c, int age) {
    Set<String> decidedBy = new LinkedHashSet<>();
    Map<String, Object> basic = decide(Decisions.CANDIDATE_ELIGIBILITY, Map.of("age", age, "education",
        c.education().name(), "unionWorkYears", c.unionWorkYears()), decidedBy);
    if (!Boolean.TRUE.equals(basic.get("eligible"))) {
      return verdict("不符合基本条件：" + basic.getOrDefault("reason", "年龄、学历或工会工作经历不符"), decidedBy);
    }
    String level = "NONE";
    if (c.certificates() != null) {
      for (String certificate : c.certificates().split("、")) {
        Object found = decided(Decisions.CERTIFICATE_LEVEL, Map.of("certificate", certificate), decidedBy)
            .map(row -> row.get("certificateLevel")).orElse(null);
        if (found != null && ("NONE".equals(level) || Grade.valueOf(found.toString()).compareTo(Grade.valueOf(level))
            > 0)) {
          level = found.toString();
        }
      }
    }
    Map<String, Object> facts = new HashMap<>();
    facts.put("aptitudeTestPassed", true);
    facts.put("certificateLevel", level);
    facts.put("examEligible", c.examEligible());
    facts.put("socialWorkBachelor", c.socialWorkBachelor());
    facts.put("workYears", c.workYears());
    facts.put("yearsInLevel3", c.yearsInLevel3());
    facts.put("yearsInLevel2", c.yearsInLevel2());
    String eligible = String.valueOf(decide(Decisions.GRADE_ELIGIBILITY, facts, decidedBy).get("eligibleGrade"));
    Grade applied = Grade.valueOf(c.appliedGrade());
    boolean grade = Arrays.stream(Grade.values()).anyMatch(g -> g.name().equals(eligible))
        && Grade.valueOf(eligible).compareTo(applied) >= 0;
    return verdict(grade ? null : "可聘岗位等级为 " + label(eligible) + "，不能报考" + applied.label()
        + "（第十五条：可聘本等级及以下岗位）", decidedBy);
  }

  /** Passed where there is no reason against it. */
  private static Verdict verdict(String reason, Set<String> decidedBy) {
    return new Verdict(reason == null, reason, String.join(",", decidedBy));
  }

  private Map<String, Object> decide(String key, Map<String, Object> facts, Set<String> decidedBy) {
    return decided(key, facts, decidedBy).orElseThrow(() -> new IllegalStateException("Decision " + key
        + " has no result for " + facts + ": fix the deployed table"));
  }

  /** The matched rule's outputs, if any; the version that gave them joins {@code decidedBy}. */
  private Optional<Map<String, Object>> decided(String key, Map<String, Object> facts, Set<String> decidedBy) {
    PolicyDecisions.Decided decided = decisions.evaluateRecordedByCaller(key, facts);
    decidedBy.add(decided.definitionId());
    return decided.outputs();
  }

  private static String label(String grade) {
    return Arrays.stream(Grade.values()).filter(g -> g.name().equals(grade)).map(Grade::label).findFirst()
        .orElse("无");
  }
}
