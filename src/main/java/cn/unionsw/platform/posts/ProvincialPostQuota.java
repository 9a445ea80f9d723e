package cn.unionsw.platform.posts;

import cn.unionsw.platform.policy.QuotaPolicy;
import org.springframework.stereotype.Component;

/** The quota by the decision the unit's province names (post-quota for Hebei). */
@Component
class ProvincialPostQuota implements PostQuota {

  private final QuotaPolicy policy;

  ProvincialPostQuota(QuotaPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Integer maxPosts(String unitCode, Integer employeeCount) {
    return policy.maxPosts(unitCode, employeeCount, null).maxPosts();
  }
}
