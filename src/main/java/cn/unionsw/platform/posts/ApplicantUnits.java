package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reach (Art. 9, 11): an applicant applies for the basic units directly under their own organisation; a city also
 * for its counties' units and the province for every unit, but only to adjust a grade ({@link Route#of}).
 */
@Service
class ApplicantUnits {

  private final OrgService orgs;
  private final OrgAccess access;

  ApplicantUnits(OrgService orgs, OrgAccess access) {
    this.orgs = orgs;
    this.access = access;
  }

  /** The applicant's organisation, the unit applied for, the organisation it stands under and the route. */
  record Applying(Organisation applicantOrg, Organisation unit, Organisation parent, Route route) {
  }

  Applying check(Application application) {
    Reach reach = reachOf(application.applicant());
    Organisation applicantOrg = orgs.find(reach.homeOrg())
        .orElseThrow(() -> Application.invalid("applicant", reach.homeOrg() + " 未登记"));
    Organisation unit = orgs.find(application.unitCode())
        .filter(found -> found.type().isBasicUnit() && applicantOrg.contains(found.code()))
        .orElseThrow(() -> Application.invalid("unitCode", "只能为本单位（" + applicantOrg.code() + "）直属的基层单位申请，"
            + application.unitCode() + " 不是 (Art. 9)"));
    Organisation parent = orgs.find(unit.parentCode()).orElseThrow();
    Route route = Route.of(applicantOrg, reach.roles().contains(Roles.REVIEWER), parent, unit, application.type());
    return new Applying(applicantOrg, unit, parent, route);
  }

  /**
   * The units a user may apply for, as the fill form's options: their own organisation's units first, then, for a
   * city, its counties' units and, for the province's reviewers, every unit, marked as open to grade adjustment only.
   */
  List<PostApplicationService.UnitOption> options(String userId) {
    Reach reach = access.reachOf(userId);
    Organisation home = reach.homeOrg() == null ? null : orgs.find(reach.homeOrg()).orElse(null);
    if (home == null) {
      return List.of();
    }
    List<PostApplicationService.UnitOption> options = new ArrayList<>();
    orgs.children(home.code()).stream().filter(unit -> unit.type().isBasicUnit())
        .forEach(unit -> options.add(option(unit, "")));
    List<Organisation> below = switch (home.type()) {
      case CITY -> orgs.below(home.code());
      case PROVINCE -> reach.roles().contains(Roles.REVIEWER) ? orgs.below(home.code()) : List.of();
      default -> List.of();
    };
    Map<String, Organisation> byCode = below.stream()
        .collect(Collectors.toMap(Organisation::code, Function.identity()));
    below.stream()
        .filter(unit -> unit.type().isBasicUnit() && !home.code().equals(unit.parentCode()))
        .filter(unit -> home.type() == OrgType.PROVINCE || byCode.get(unit.parentCode()).type() == OrgType.COUNTY)
        .forEach(unit -> options.add(option(unit, byCode.get(unit.parentCode()).name() + "，")));
    return options;
  }

  private static PostApplicationService.UnitOption option(Organisation unit, String above) {
    String only = above.isEmpty() ? "" : "；仅可调整等级";
    return new PostApplicationService.UnitOption(unit.name() + "（" + above + unit.type().label() + "，职工 "
        + Objects.requireNonNullElse(unit.employeeCount(), 0) + " 人" + only + "）", unit.code());
  }

  private Reach reachOf(String applicant) {
    if (applicant == null) {
      throw Application.invalid("applicant", "无法确定申请人：申请须由登录用户发起");
    }
    Reach reach = access.reachOf(applicant);
    if (reach.homeOrg() == null) {
      throw Application.invalid("applicant", applicant + " 不属于唯一的工会组织，不能提出岗位申请");
    }
    return reach;
  }
}
