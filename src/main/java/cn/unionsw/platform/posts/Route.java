package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;

/**
 * Which reviews an application passes (DOMAIN.md §2, Art. 11-12): a county's unit goes city → province; a city's
 * own posts and a directly administered city's units (Dingzhou, Xinji; Art. 38) go straight to the province. A
 * grade adjustment may also come from above (Art. 11): "市级工会可根据了解掌握的实际情况，直接提出岗位等级调整申请，
 * 报省总工会核定" (the city applies for a county's unit, straight to the province), and "省总工会可根据工作实际直接
 * 对岗位等级进行调整" (the province adjusts directly: recorded with its reason and registered, no review by itself).
 */
public enum Route {
  COUNTY,
  CITY,
  DIRECT_CITY,
  /** Art. 11: a city applies directly for a grade adjustment of a post in one of its counties; the province approves. */
  CITY_ADJUSTMENT,
  /** Art. 11: the province adjusts a grade directly; the case records it with its reason and registers it. */
  PROVINCIAL_ADJUSTMENT;

  /** Whether the applicant's own union reviews nothing on this route: it comes from the city or the province. */
  boolean fromAbove() {
    return this == CITY_ADJUSTMENT || this == PROVINCIAL_ADJUSTMENT;
  }

  /**
   * The route of an application by this organisation for this unit (under {@code parent}), or a refusal naming the
   * field at fault. Units directly under the applicant's union go by that union's level (Art. 9, 12); a city
   * reaches its counties' units and the province every unit, for a grade adjustment only (Art. 11).
   */
  static Route of(Organisation applicantOrg, boolean reviewer, Organisation parent, Organisation unit,
      ApplicationType type) {
    if (applicantOrg.code().equals(unit.parentCode())) {
      return under(parent, unit);
    }
    boolean countyOfTheCity = applicantOrg.type() == OrgType.CITY && parent.type() == OrgType.COUNTY
        && applicantOrg.code().equals(parent.parentCode());
    boolean inTheProvince = applicantOrg.type() == OrgType.PROVINCE && applicantOrg.contains(unit.code());
    if (!countyOfTheCity && !inTheProvince) {
      throw Application.invalid("unitCode", "只能为本单位（" + applicantOrg.code() + "）直属的基层单位申请，"
          + unit.code() + " 不是 (Art. 9)");
    }
    if (type != ApplicationType.ADJUST_GRADE) {
      throw Application.invalid("applicationType", countyOfTheCity
          ? "市级工会对所辖县级工会的基层单位只能直接申请调整岗位等级；新增、撤销岗位由县级工会申请 (Art. 11-12)"
          : "省总工会只能直接调整岗位等级；新增、撤销岗位由基层单位所属工会申请 (Art. 11-12)");
    }
    if (countyOfTheCity) {
      return CITY_ADJUSTMENT;
    }
    if (!reviewer) {
      throw Application.invalid("applicant", "省总工会直接调整岗位等级须由省总工会审核人员办理 (Art. 11)");
    }
    return PROVINCIAL_ADJUSTMENT;
  }

  /** The route of a unit under this parent organisation, or a refusal if it sits under none of them. */
  static Route under(Organisation parent, Organisation unit) {
    return switch (parent.type()) {
      case COUNTY -> COUNTY;
      case CITY -> CITY;
      case DIRECT_CITY -> DIRECT_CITY;
      default -> throw Application.invalid("unitCode", unit.name() + " 不在县、市或省直管市工会之下");
    };
  }

  /**
   * Who reviews on this route: the city first for a county's application, then the province. The city whose grade
   * structure the application touches is the unit's (the county's city, or the city the unit stands under).
   */
  record Reviewers(String municipalGroup, String cityCode, String provincialGroup) {

    static Reviewers of(Route route, Organisation parent, Organisation unit) {
      String cityCode = parent.type() == OrgType.COUNTY ? parent.parentCode() : parent.code();
      return new Reviewers(route == COUNTY ? cityCode : null, cityCode, Codes.provinceOf(unit.code()));
    }
  }
}
