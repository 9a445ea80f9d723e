package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Reach (Art. 9): an applicant applies for the basic units directly under their own organisation, and for no
 * other.
 */
@Service
class ApplicantUnits {

  private final OrgService orgs;
  private final OrgAccess access;

  ApplicantUnits(OrgService orgs, OrgAccess access) {
    this.orgs = orgs;
    this.access = access;
  }

  /** The applicant's organisation and the unit applied for, or a refusal naming the field at fault. */
  record Applying(String applicantOrg, Organisation unit) {
  }

  Applying check(Application application) {
    String applicantOrg = applicantOrg(application.applicant());
    Organisation unit = orgs.find(application.unitCode())
        .filter(found -> applicantOrg.equals(found.parentCode()) && found.type().isBasicUnit())
        .orElseThrow(() -> Application.invalid("unitCode", "只能为本单位（" + applicantOrg + "）直属的基层单位申请，"
            + application.unitCode() + " 不是 (Art. 9)"));
    return new Applying(applicantOrg, unit);
  }

  /** The units a user may apply for, as the fill form's options. */
  List<PostApplicationService.UnitOption> options(String userId) {
    String home = access.reachOf(userId).homeOrg();
    if (home == null) {
      return List.of();
    }
    return orgs.children(home).stream()
        .filter(unit -> unit.type().isBasicUnit())
        .map(unit -> new PostApplicationService.UnitOption(unit.name() + "（" + unit.type().label() + "，职工 "
            + Objects.requireNonNullElse(unit.employeeCount(), 0) + " 人）", unit.code()))
        .toList();
  }

  Organisation parentOf(Organisation unit) {
    return orgs.find(unit.parentCode()).orElseThrow();
  }

  private String applicantOrg(String applicant) {
    if (applicant == null) {
      throw Application.invalid("applicant", "无法确定申请人：申请须由登录用户发起");
    }
    Reach reach = access.reachOf(applicant);
    if (reach.homeOrg() == null) {
      throw Application.invalid("applicant", applicant + " 不属于唯一的工会组织，不能提出岗位申请");
    }
    return reach.homeOrg();
  }
}
