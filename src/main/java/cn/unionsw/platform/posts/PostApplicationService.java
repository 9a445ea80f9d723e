package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.posts.ApplicantUnits.Applying;
import cn.unionsw.platform.posts.QuotaCheck.Standing;
import cn.unionsw.platform.review.StepDeadlines;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Prepares a post application for review and carries out the province's approval (DOMAIN.md §2, Art. 9-12), one
 * concern after another: the applicant's reach and route ({@link ApplicantUnits}, {@link Route}), what the
 * application must say ({@link ApplicationChecks}), the quota ({@link QuotaCheck}), the deadlines, and what the
 * reviewers read. Errors are {@link Refusal}s naming the field, so that a start, a form submission or an approval is
 * refused with the reason and nothing is written.
 */
@Service
public class PostApplicationService {

  private final ApplicantUnits units;
  private final ApplicationChecks checks;
  private final QuotaCheck quota;
  private final PostRegistry registry;
  private final StepDeadlines deadlines;

  PostApplicationService(ApplicantUnits units, ApplicationChecks checks, QuotaCheck quota, PostRegistry registry,
      StepDeadlines deadlines) {
    this.units = units;
    this.checks = checks;
    this.quota = quota;
    this.registry = registry;
    this.deadlines = deadlines;
  }

  /**
   * What prepare-application hands to the rest of the process: {@code pendingPosts} are those the other open
   * applications for the unit ask for (Art. 10); {@code unitCounts} sets the counts the applicant stated beside the
   * registry's, for the reviewers.
   */
  public record Prepared(String unitName, String unitType, String applicantOrg, Route route, String municipalGroup,
      String cityCode, String provincialGroup, Integer maxPosts, int activePosts, int pendingPosts, boolean overQuota,
      String summary, String unitCounts, int reviewDueDays, int escalationDays) {
  }

  public Prepared prepare(Application application, String processInstanceId) {
    Applying applying = units.check(application);
    Organisation unit = applying.unit();
    checks.check(application, unit, applying.route());
    Standing standing = quota.atApplication(application, unit, processInstanceId);

    Route.Reviewers reviewers = Route.Reviewers.of(applying.route(), applying.parent(), unit);
    StepDeadlines.Days days = deadlines.of(PostApplicationProcess.KEY,
        Map.of(PostApplicationProcess.Vars.APPLICATION_TYPE.name(), application.type().name()));
    return new Prepared(unit.name(), unit.type().name(), applying.applicantOrg().code(), applying.route(),
        reviewers.municipalGroup(), reviewers.cityCode(), reviewers.provincialGroup(), standing.maxPosts(),
        standing.activePosts(), standing.pendingPosts(), standing.over(), summary(application, applying, standing),
        unitCounts(application, unit), days.dueWorkingDays(), days.escalationWorkingDays());
  }

  /**
   * register-posts: the province approved (or adjusted a grade itself, Art. 11). The quota is counted again against
   * the registry as it now stands ({@link QuotaCheck#atApproval}), then the registry changes, in this transaction.
   */
  public void register(Application application, Integer shownActivePosts, Integer shownPendingPosts,
      String processInstanceId) {
    int shownAfter = Objects.requireNonNullElse(shownActivePosts, 0) + Objects.requireNonNullElse(shownPendingPosts, 0)
        + application.requestedPosts();
    quota.atApproval(application, shownAfter);
    registry.apply(application, processInstanceId);
  }

  /** The basic units a user may apply for (see {@link ApplicantUnits#options}). */
  public List<UnitOption> unitOptions(String userId) {
    return units.options(userId);
  }

  public record UnitOption(String label, String value) {
  }

  private static String summary(Application application, Applying applying, Standing standing) {
    Organisation unit = applying.unit();
    List<String> parts = new ArrayList<>();
    String change = switch (application.type()) {
      case NEW -> "新增" + application.proposedGrade().label() + " " + application.requestedPosts() + " 个";
      case ADJUST_GRADE -> "将" + application.currentGrade().label() + " " + application.requestedPosts() + " 个调整为"
          + application.proposedGrade().label();
      case CANCEL -> "撤销" + application.proposedGrade().label() + " " + application.requestedPosts() + " 个";
    };
    String who = switch (applying.route()) {
      case CITY_ADJUSTMENT -> "由" + applying.applicantOrg().name() + "直接申请（第十一条）";
      case PROVINCIAL_ADJUSTMENT -> "由" + applying.applicantOrg().name() + "直接调整（第十一条）";
      default -> "申请";
    };
    parts.add(unit.name() + "（" + unit.code() + "，" + unit.type().label() + "）" + who + change);
    parts.add("现有岗位 " + standing.activePosts() + " 个"
        + (standing.pendingPosts() > 0 ? "，其他在办申请另申请 " + standing.pendingPosts() + " 个" : "")
        + "，定额 " + (standing.maxPosts() == null ? "未设定" : standing.maxPosts() + " 个"));
    if (standing.over()) {
      parts.add("【超出定额】申请后 " + standing.after() + " 个"
          + (standing.pendingPosts() > 0 ? "（含其他在办申请 " + standing.pendingPosts() + " 个）" : "")
          + "，理由：" + application.justification());
    } else if (applying.route().fromAbove()) {
      parts.add("理由：" + application.justification());
    }
    return String.join("；", parts);
  }

  /** The counts the applicant stated beside the registry's (Art. 10 reads them), one line each. */
  static String unitCounts(Application application, Organisation unit) {
    List<String> lines = new ArrayList<>();
    lines.add("法人单位数：" + stated(application.legalEntityCount(), unit.legalEntityCount()));
    lines.add("职工人数：" + stated(application.employeeCount(), unit.employeeCount()));
    lines.add("会员人数：" + stated(application.memberCount(), unit.memberCount()));
    if (unit.separateUnionCount() != null) {
      lines.add("单独工会组织数：登记 " + unit.separateUnionCount());
    }
    return String.join("\n", lines);
  }

  private static String stated(Integer stated, Integer registered) {
    String inRegistry = registered == null ? "未登记" : registered.toString();
    if (stated == null) {
      return "申报 未填（按登记），登记 " + inRegistry;
    }
    return "申报 " + stated + "，登记 " + inRegistry + (stated.equals(registered) ? "" : "【与登记不同】");
  }
}
