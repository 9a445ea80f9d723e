package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.posts.ApplicantUnits.Applying;
import cn.unionsw.platform.review.StepDeadlines;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prepares a post application for review (DOMAIN.md §2, Art. 9-12), one concern after another: the applicant's
 * reach ({@link ApplicantUnits}), what the application must say ({@link ApplicationChecks}), the quota, the route
 * and reviewers ({@link Route}), the deadlines and the summary the reviewers read. Errors are {@link Refusal}s
 * naming the field, so that a start or a form submission is refused with the reason and nothing is written.
 */
@Service
public class PostApplicationService {

  private final ApplicantUnits units;
  private final ApplicationChecks checks;
  private final PostRegistry registry;
  private final PostQuota quota;
  private final StepDeadlines deadlines;

  PostApplicationService(ApplicantUnits units, ApplicationChecks checks, PostRegistry registry, PostQuota quota,
      StepDeadlines deadlines) {
    this.units = units;
    this.checks = checks;
    this.registry = registry;
    this.quota = quota;
    this.deadlines = deadlines;
  }

  /** What prepare-application hands to the rest of the process. */
  public record Prepared(String unitName, String unitType, String applicantOrg, Route route, String municipalGroup,
      String cityCode, String provincialGroup, Integer maxPosts, int activePosts, boolean overQuota, String summary,
      int reviewDueDays, int escalationDays) {
  }

  public Prepared prepare(Application application) {
    Applying applying = units.check(application);
    Organisation unit = applying.unit();
    checks.check(application, unit);

    int activePosts = registry.activeCount(unit.code());
    Integer maxPosts = maxPosts(unit, application.employeeCount() != null ? application.employeeCount()
        : unit.employeeCount());
    boolean overQuota = application.type() == ApplicationType.NEW && maxPosts != null
        && activePosts + application.requestedPosts() > maxPosts;
    if (overQuota && (application.justification() == null || application.justification().length() < 10)) {
      throw Application.invalid("justification", "申请后岗位数 " + (activePosts + application.requestedPosts())
          + " 超出定额 " + maxPosts + "，须写明增设理由（至少 10 个字）(Art. 10)");
    }

    Organisation parent = units.parentOf(unit);
    Route route = Route.under(parent, unit);
    Route.Reviewers reviewers = Route.Reviewers.of(route, parent, unit);
    StepDeadlines.Days days = deadlines.of(PostApplicationProcess.KEY,
        Map.of(PostApplicationProcess.Vars.APPLICATION_TYPE.name(), application.type().name()));
    return new Prepared(unit.name(), unit.type().name(), applying.applicantOrg(), route, reviewers.municipalGroup(),
        reviewers.cityCode(), reviewers.provincialGroup(), maxPosts, activePosts, overQuota,
        summary(application, unit, activePosts, maxPosts, overQuota), days.dueWorkingDays(),
        days.escalationWorkingDays());
  }

  /** The basic units a user may apply for: those directly under their own organisation. */
  public List<UnitOption> unitOptions(String userId) {
    return units.options(userId);
  }

  public record UnitOption(String label, String value) {
  }

  /** The province's quota decision; a fact it needs but the registry lacks is the applicant's to supply. */
  private Integer maxPosts(Organisation unit, Integer employees) {
    try {
      return quota.maxPosts(unit.code(), employees);
    } catch (Refusal e) {
      throw Application.invalid(e.field() == null ? "unitCode" : e.field(), e.getMessage());
    }
  }

  private static String summary(Application application, Organisation unit, int activePosts, Integer maxPosts,
      boolean overQuota) {
    List<String> parts = new ArrayList<>();
    String change = switch (application.type()) {
      case NEW -> "新增" + application.proposedGrade().label() + " " + application.requestedPosts() + " 个";
      case ADJUST_GRADE -> "将" + application.currentGrade().label() + " " + application.requestedPosts() + " 个调整为"
          + application.proposedGrade().label();
      case CANCEL -> "撤销" + application.proposedGrade().label() + " " + application.requestedPosts() + " 个";
    };
    parts.add(unit.name() + "（" + unit.code() + "，" + unit.type().label() + "）申请" + change);
    parts.add("现有岗位 " + activePosts + " 个，定额 " + (maxPosts == null ? "未设定" : maxPosts + " 个"));
    if (overQuota) {
      parts.add("【超出定额】申请后 " + (activePosts + application.requestedPosts()) + " 个，理由：" + application.justification());
    }
    return String.join("；", parts);
  }
}
