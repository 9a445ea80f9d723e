package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.recruitment.RecruitmentMapper.CandidateRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Registration review (报名审核, DOMAIN.md §3) by the policy decisions, so an administrator changes the rules without
 * a release: {@code candidate-eligibility} (age, education, union work), the highest {@code certificate-level} of the
 * candidate's certificates, and {@code grade-eligibility} as if the aptitude test were passed (it is the next stage);
 * the candidate may take a post of that grade or lower (Art. 15).
 */
@Component
class Screening {

  private final PolicyDecisions decisions;

  Screening(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  /** Passed, or the reason in Chinese. */
  record Verdict(boolean passed, String reason) {
  }

  Verdict screen(CandidateRecord c, int age) {
    Map<String, Object> basic = decide("candidate-eligibility", Map.of("age", age, "education", c.education().name(),
        "unionWorkYears", c.unionWorkYears()));
    if (!Boolean.TRUE.equals(basic.get("eligible"))) {
      return new Verdict(false, "不符合基本条件：" + basic.getOrDefault("reason", "年龄、学历或工会工作经历不符"));
    }
    String level = "NONE";
    if (c.certificates() != null) {
      for (String certificate : c.certificates().split("、")) {
        Object found = decisions.evaluate(Decisions.CERTIFICATE_LEVEL, Map.of("certificate", certificate))
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
    String eligible = String.valueOf(decide(Decisions.GRADE_ELIGIBILITY, facts).get("eligibleGrade"));
    Grade applied = Grade.valueOf(c.appliedGrade());
    boolean grade = Arrays.stream(Grade.values()).anyMatch(g -> g.name().equals(eligible))
        && Grade.valueOf(eligible).compareTo(applied) >= 0;
    return grade ? new Verdict(true, null) : new Verdict(false, "可聘岗位等级为 " + label(eligible) + "，不能报考"
        + applied.label() + "（第十五条：可聘本等级及以下岗位）");
  }

  private Map<String, Object> decide(String key, Map<String, Object> facts) {
    return decisions.evaluate(key, facts).orElseThrow(() -> new IllegalStateException("Decision " + key
        + " has no result for " + facts + ": fix the deployed table"));
  }

  private static String label(String grade) {
    return Arrays.stream(Grade.values()).filter(g -> g.name().equals(grade)).map(Grade::label).findFirst()
        .orElse("无");
  }
}
