package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.InstanceAccess;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.policy.Grade;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The rules of a post application (DOMAIN.md §2, Art. 9-12): who may apply for which unit, which reviews it
 * passes, the quota, and what the applicant must explain. Errors are {@link Refusal}s naming the
 * field, so that a start or a form submission is refused with the reason and nothing is written.
 */
@Service
public class PostApplicationService {

  static final int MAX_REQUESTED_POSTS = PostApplicationProcess.MAX_REQUESTED_POSTS;

  private final OrgService orgs;
  private final OrgAccess access;
  private final PostRegistry registry;
  private final PostQuota quota;
  private final ReviewDeadlines deadlines;
  private final InstanceAccess instanceAccess;

  PostApplicationService(OrgService orgs, OrgAccess access, PostRegistry registry, PostQuota quota,
      ReviewDeadlines deadlines, InstanceAccess instanceAccess) {
    this.orgs = orgs;
    this.access = access;
    this.registry = registry;
    this.quota = quota;
    this.deadlines = deadlines;
    this.instanceAccess = instanceAccess;
  }

  /** What prepare-application hands to the rest of the process. */
  public record Prepared(String unitName, String unitType, String applicantOrg, Route route, String municipalGroup,
      String cityCode, String provincialGroup, Integer maxPosts, int activePosts, boolean overQuota, String summary,
      int reviewDueDays, int escalationDays) {
  }

  public Prepared prepare(Application application, String processInstanceId) {
    String applicantOrg = applicantOrg(application);
    Organisation unit = orgs.find(application.unitCode())
        .filter(found -> applicantOrg.equals(found.parentCode()) && found.type().isBasicUnit())
        .orElseThrow(() -> Application.invalid("unitCode", "只能为本单位（" + applicantOrg + "）直属的基层单位申请，"
            + application.unitCode() + " 不是 (Art. 9)"));
    checkRequest(application, unit);
    checkCounts(application, unit);

    int activePosts = registry.activeCount(unit.code());
    Integer maxPosts = maxPosts(unit, employees(application, unit));
    boolean overQuota = application.type() == ApplicationType.NEW && maxPosts != null
        && activePosts + application.requestedPosts() > maxPosts;
    if (overQuota && (application.justification() == null || application.justification().length() < 10)) {
      throw Application.invalid("justification", "申请后岗位数 " + (activePosts + application.requestedPosts())
          + " 超出定额 " + maxPosts + "，须写明增设理由（至少 10 个字）(Art. 10)");
    }

    Organisation parent = orgs.find(unit.parentCode()).orElseThrow();
    Route route = switch (parent.type()) {
      case COUNTY -> Route.COUNTY;
      case CITY -> Route.CITY;
      case DIRECT_CITY -> Route.DIRECT_CITY;
      default -> throw Application.invalid("unitCode", unit.name() + " 不在县、市或省直管市工会之下");
    };
    String municipalGroup = route == Route.COUNTY ? parent.parentCode() : null;
    String cityCode = route == Route.COUNTY ? municipalGroup : parent.code();
    String provincialGroup = Codes.provinceOf(unit.code());

    Set<String> concerned = new LinkedHashSet<>(List.of(applicantOrg, parent.code(), provincialGroup));
    if (municipalGroup != null) {
      concerned.add(municipalGroup);
    }
    instanceAccess.grantRead(processInstanceId, concerned);

    ReviewDeadlines.Days days = deadlines.forApplication(application.type());
    return new Prepared(unit.name(), unit.type().name(), applicantOrg, route, municipalGroup, cityCode,
        provincialGroup, maxPosts, activePosts, overQuota, summary(application, unit, activePosts, maxPosts, overQuota),
        days.dueWorkingDays(), days.escalationWorkingDays());
  }

  /** The basic units a user may apply for: those directly under their own organisation. */
  public List<UnitOption> unitOptions(String userId) {
    String home = access.reachOf(userId).homeOrg();
    if (home == null) {
      return List.of();
    }
    return orgs.children(home).stream()
        .filter(unit -> unit.type().isBasicUnit())
        .map(unit -> new UnitOption(unit.name() + "（" + unit.type().label() + "，职工 "
            + Objects.requireNonNullElse(unit.employeeCount(), 0) + " 人）", unit.code()))
        .toList();
  }

  public record UnitOption(String label, String value) {
  }

  /** The applicant's own organisation: applications are made for the basic units directly under it. */
  private String applicantOrg(Application application) {
    if (application.applicant() == null) {
      throw Application.invalid("applicant", "无法确定申请人：申请须由登录用户发起");
    }
    Reach reach = access.reachOf(application.applicant());
    if (reach.homeOrg() == null) {
      throw Application.invalid("applicant", application.applicant() + " 不属于唯一的工会组织，不能提出岗位申请");
    }
    return reach.homeOrg();
  }

  /** The province's quota decision; a fact it needs but the registry lacks is the applicant's to supply. */
  private Integer maxPosts(Organisation unit, Integer employees) {
    try {
      return quota.maxPosts(unit.code(), employees);
    } catch (Refusal e) {
      throw Application.invalid(e.field() == null ? "unitCode" : e.field(), e.getMessage());
    }
  }

  private void checkRequest(Application application, Organisation unit) {
    int requested = application.requestedPosts();
    if (requested < 1 || requested > MAX_REQUESTED_POSTS) {
      throw Application.invalid("requestedPosts", "岗位数须在 1 到 " + MAX_REQUESTED_POSTS + " 之间");
    }
    switch (application.type()) {
      case NEW -> { }
      case ADJUST_GRADE -> {
        if (application.currentGrade() == null) {
          throw Application.invalid("currentGrade", "调整等级须写明现岗位等级");
        }
        if (application.currentGrade() == application.proposedGrade()) {
          throw Application.invalid("proposedGrade", "拟调整等级与现等级相同");
        }
        requireActive(unit, application.currentGrade(), requested, "currentGrade");
      }
      case CANCEL -> requireActive(unit, application.proposedGrade(), requested, "proposedGrade");
    }
  }

  private void requireActive(Organisation unit, Grade grade, int requested, String field) {
    int active = registry.activeCount(unit.code(), grade);
    if (active < requested) {
      throw Application.invalid(field, unit.name() + " 现有" + grade.label() + " " + active + " 个，少于申请的 "
          + requested + " 个");
    }
  }

  private static void checkCounts(Application application, Organisation unit) {
    boolean changed = differs(application.legalEntityCount(), unit.legalEntityCount())
        || differs(application.employeeCount(), unit.employeeCount())
        || differs(application.memberCount(), unit.memberCount());
    for (Integer count : new Integer[] {application.legalEntityCount(), application.employeeCount(),
        application.memberCount()}) {
      if (count != null && (count < 0 || count > 10_000_000)) {
        throw Application.invalid("employeeCount", "人数须在 0 到 10000000 之间");
      }
    }
    if (changed && application.countsChangedReason() == null) {
      throw Application.invalid("countsChangedReason", "法人单位数、职工数或会员数与登记不同，须说明原因");
    }
  }

  private static boolean differs(Integer stated, Integer registered) {
    return stated != null && !stated.equals(registered);
  }

  private static Integer employees(Application application, Organisation unit) {
    return application.employeeCount() != null ? application.employeeCount() : unit.employeeCount();
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
