package cn.unionsw.platform.policy;

/**
 * A unit's post quota (Art. 10) and where it came from. {@code maxPosts} is null when the province's decision has
 * no rule for the unit type: there is then no quota, and the reviewers judge the number alone.
 */
public record Quota(
    String unitCode,
    String provinceCode,
    String unitType,
    Integer employeeCount,
    Integer separateUnionCount,
    String decisionKey,
    int decisionVersion,
    Integer maxPosts) {

  /** Art. 10: more posts may be applied for, but an application above the quota carries a justification. */
  public boolean exceededBy(int requestedPosts) {
    return maxPosts != null && requestedPosts > maxPosts;
  }
}
