package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * Art. 10, the quota: "如工作需要……均可增加岗位" — more posts than the quota may be applied for, with a reason, and
 * every reviewer sees the flag. A unit's posts are counted twice: when an application is made, with what the other
 * open applications for the unit ask for, and again when the province approves, against the registry as it then
 * stands. Both hold the unit's registry row until their transaction ends, so that two applications or two approvals
 * for one unit take turns (on every node) instead of both counting the same free post.
 */
@Service
class QuotaCheck {

  private final PostRegistry registry;
  private final PostQuota quota;
  private final OpenApplications open;

  QuotaCheck(PostRegistry registry, PostQuota quota, OpenApplications open) {
    this.registry = registry;
    this.quota = quota;
    this.open = open;
  }

  /**
   * A unit's posts as an application finds them: registered, asked for by the other open applications, asked for by
   * this one, and the quota (null where the province's decision sets none).
   */
  record Standing(Integer maxPosts, int activePosts, int pendingPosts, int requestedPosts) {

    int after() {
      return activePosts + pendingPosts + requestedPosts;
    }

    boolean over() {
      return maxPosts != null && after() > maxPosts;
    }
  }

  /** At application: only new posts count against the quota; an adjustment or cancellation adds none. */
  Standing atApplication(Application application, Organisation unit, String processInstanceId) {
    boolean adds = application.type() == ApplicationType.NEW;
    if (adds) {
      registry.lockUnit(unit.code());
    }
    int active = registry.activeCount(unit.code());
    int pending = adds ? open.requestedPosts(unit.code(), processInstanceId) : 0;
    Integer maxPosts = maxPosts(application, unit, adds);
    Standing standing = new Standing(maxPosts, active, pending, adds ? application.requestedPosts() : 0);
    if (standing.over() && !ApplicationChecks.hasReason(application)) {
      throw Application.invalid("justification", "申请后岗位数 " + standing.after()
          + (pending > 0 ? "（含其他在办申请 " + pending + " 个）" : "") + " 超出定额 " + maxPosts
          + "，须写明增设理由（至少 " + ApplicationChecks.MIN_REASON + " 个字）(Art. 10)");
    }
    return standing;
  }

  /**
   * At provincial approval: the posts the unit would then have may exceed the quota only as far as its reviewers
   * were shown (the flag and the count after approval, {@code shownAfter}); beyond that another approval took the
   * free posts meanwhile, unseen by this case's reviewers, and this approval is refused: the reviewer returns it for
   * a reason (re-checked and flagged) or rejects it.
   */
  void atApproval(Application application, int shownAfter) {
    if (application.type() != ApplicationType.NEW) {
      return;
    }
    String unit = application.unitCode();
    registry.lockUnit(unit);
    int after = registry.activeCount(unit) + application.requestedPosts();
    Integer maxPosts = quota.maxPosts(unit, application.employeeCount());
    if (maxPosts != null && after > maxPosts && after > shownAfter) {
      throw new Refusal("decision", "批准后本单位岗位将有 " + after + " 个，超出定额 " + maxPosts + " 个；"
          + "报送时为 " + shownAfter + " 个，其间其他申请已核定 (Art. 10)。请退回申请人说明增设理由后重新报送，或不予批准");
    }
  }

  /** The province's quota; a fact it lacks refuses a new post, and leaves an adjustment or cancellation without one. */
  private Integer maxPosts(Application application, Organisation unit, boolean adds) {
    Integer employees = application.employeeCount() != null ? application.employeeCount() : unit.employeeCount();
    try {
      return quota.maxPosts(unit.code(), employees);
    } catch (Refusal e) {
      if (!adds) {
        return null;
      }
      String field = e.field() == null ? "unitCode" : e.field();
      throw Application.invalid(field, Decisions.SEPARATE_UNION_COUNT.equals(field)
          ? unit.name() + " 的组织登记没有单独工会组织数，本省岗位数量决策需要它：请管理员在组织登记中补录 (Art. 10)"
          : e.getMessage());
    }
  }
}
