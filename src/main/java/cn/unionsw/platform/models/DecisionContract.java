package cn.unionsw.platform.models;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CONTRACT.md "Decisions" as data: the keys, inputs and outputs (in column order) and enumerations that
 * administrators, integrators and processes rely on. A deployed table may change its rules, never these.
 */
public final class DecisionContract {

  /** Key → inputs, outputs. */
  public static final Map<String, List<List<String>>> COLUMNS = Map.of(
      "post-quota", List.of(List.of("unitType", "employeeCount"), List.of("maxPosts")),
      "certificate-level", List.of(List.of("certificate"), List.of("certificateLevel")),
      "grade-eligibility", List.of(List.of("aptitudeTestPassed", "certificateLevel", "examEligible",
          "socialWorkBachelor", "workYears", "yearsInLevel3", "yearsInLevel2"), List.of("eligibleGrade")),
      "candidate-eligibility", List.of(List.of("age", "education", "unionWorkYears"), List.of("eligible", "reason")),
      "evaluation-outcome", List.of(List.of("score", "satisfactionRate", "unreportedIncidents", "keyTasksCompleted",
          "seriousMisconduct", "incompetent", "severe"), List.of("outcome")),
      "evaluation-consequences", List.of(List.of("outcome", "previousOutcome", "allowanceTier"),
          List.of("bonusPercent", "nextAllowanceTier", "retrainingRequired", "replaceWorker")),
      "post-pay", List.of(List.of("postGrade", "allowanceTier", "minimumWage"),
          List.of("monthlyWage", "monthlyAllowance")),
      "funding-split", List.of(List.of("postLocation"),
          List.of("provinceParts", "cityParts", "countyParts", "excessBorneBy")));

  static final Set<String> UNIT_TYPES = Set.of("TOWNSHIP_STREET", "DEV_ZONE", "UNION_OFFICE",
      "SERVICE_CENTER_COUNTY_STANDARD", "SERVICE_CENTER_COUNTY_MODEL", "SERVICE_CENTER_CITY");
  static final Set<String> LEVELS = Set.of("LEVEL_3", "LEVEL_2", "LEVEL_1");
  static final Set<String> GRADES = Set.of("ENTRY", "LEVEL_3", "LEVEL_2", "LEVEL_1");
  static final Set<String> OUTCOMES = Set.of("EXCELLENT", "QUALIFIED", "BASIC", "FAILED");

  /** By decision and variable: every string literal a rule uses there must be one of these. */
  public static final Map<String, Map<String, Set<String>>> ENUMERATIONS = Map.of(
      "post-quota", Map.of("unitType", UNIT_TYPES),
      "certificate-level", Map.of(
          "certificate", Set.of("劳动关系协调员", "人力资源管理员", "心理咨询师三级", "助理社会工作师", "劳动关系协调师", "人力资源管理师",
              "助理人力资源管理师", "心理咨询师二级", "社会工作师", "高级劳动关系协调师", "高级人力资源管理师", "心理咨询师一级", "高级社会工作师"),
          "certificateLevel", LEVELS),
      "grade-eligibility", Map.of("certificateLevel", union(LEVELS, Set.of("NONE")),
          "eligibleGrade", union(GRADES, Set.of("NONE"))),
      "candidate-eligibility", Map.of("education", Set.of("BELOW_COLLEGE", "COLLEGE", "BACHELOR", "MASTER", "DOCTOR")),
      "evaluation-outcome", Map.of("outcome", OUTCOMES),
      "evaluation-consequences", Map.of("outcome", OUTCOMES, "previousOutcome", union(OUTCOMES, Set.of("NONE"))),
      "post-pay", Map.of("postGrade", GRADES),
      "funding-split", Map.of("postLocation", Set.of("CITY_LEVEL", "COUNTY_LEVEL", "DIRECT_CITY"),
          "excessBorneBy", Set.of("CITY", "COUNTY")));

  private DecisionContract() {
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
