package cn.unionsw.platform.policy;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.web.Refusal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * The post quota of a basic unit (Art. 10), computed by the decision its province names in the setting
 * {@code quota-decision} ({@code post-quota} for Hebei; {@code post-quota-jiangsu}, {@code post-quota-mianyang} or
 * any deployed decision with output {@code maxPosts} elsewhere). The facts a decision reads are checked against
 * the inputs it declares, so that a province on the Jiangsu reading is asked for its separate-union count.
 */
@Service
public class QuotaPolicy {

  private final PolicySettings settings;
  private final PolicyDecisions decisions;
  private final OrgService orgs;

  QuotaPolicy(PolicySettings settings, PolicyDecisions decisions, OrgService orgs) {
    this.settings = settings;
    this.decisions = decisions;
    this.orgs = orgs;
  }

  /**
   * The quota of a registered basic unit. {@code employeeCount} and {@code separateUnionCount} override the
   * registry's figures (an application states the current ones); the separate-union count matters only where the
   * province's decision reads it (Jiangsu).
   */
  public Quota maxPosts(String unitCode, Integer employeeCount, Integer separateUnionCount) {
    Organisation unit = orgs.find(unitCode)
        .orElseThrow(() -> Refusal.invalid("unitCode", "组织 " + unitCode + " 未登记"));
    if (!unit.type().isBasicUnit()) {
      throw Refusal.invalid("unitCode", unitCode + " 不是基层单位：岗位只设在基层单位 (Art. 9)");
    }
    Integer employees = employeeCount != null ? employeeCount : unit.employeeCount();
    Integer unions = separateUnionCount != null ? separateUnionCount : unit.separateUnionCount();
    return maxPosts(unitCode, Codes.provinceOf(unitCode), unit.type().name(), employees, unions);
  }

  /** The quota from explicit facts, for a unit that need not be registered. */
  public Quota maxPosts(String unitCode, String provinceCode, String unitType, Integer employeeCount,
      Integer separateUnionCount) {
    checkCount(Decisions.EMPLOYEE_COUNT, employeeCount);
    checkCount(Decisions.SEPARATE_UNION_COUNT, separateUnionCount);
    String key = settings.quotaDecision(provinceCode);
    DecisionDefinition definition = decisions.latest(key).orElseThrow(() -> Refusal.conflict("quota_decision_missing", "省份 " + provinceCode + " 的岗位数量决策 " + key + " 未部署，请管理员检查设置 "
        + PolicySettings.QUOTA_DECISION));
    Map<String, Object> facts = new HashMap<>();
    facts.put(Decisions.UNIT_TYPE, unitType);
    facts.put(Decisions.EMPLOYEE_COUNT, employeeCount);
    facts.put(Decisions.SEPARATE_UNION_COUNT, separateUnionCount);
    Integer maxPosts = decisions.evaluate(definition, facts)
        .map(outputs -> outputs.get(Decisions.MAX_POSTS))
        .map(value -> ((Number) value).intValue())
        .orElse(null);
    if (maxPosts == null) {
      // No rule matched: a missing fact the decision reads is the caller's to supply (Jiangsu reads the
      // separate-union count); with every fact present, the province simply sets no quota for this unit type.
      for (String input : decisions.shape(definition).inputs()) {
        if (facts.containsKey(input) && facts.get(input) == null) {
          throw Refusal.invalid(input, "岗位数量决策 " + key + "（" + provinceCode + "）需要 " + input);
        }
      }
    }
    return new Quota(unitCode, provinceCode, unitType, employeeCount, separateUnionCount, key,
        definition.getVersion(), maxPosts);
  }


  private static void checkCount(String field, Integer value) {
    if (value != null && (value < 0 || value > 10_000_000)) {
      throw Refusal.invalid(field, "人数须在 0 到 10000000 之间");
    }
  }
}
