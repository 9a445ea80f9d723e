package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.Organisation;

/**
 * Which reviews an application passes (DOMAIN.md §2): a county's unit goes city → province; a city's own posts
 * and a directly administered city's units (Dingzhou, Xinji; Art. 38) go straight to the province.
 */
public enum Route {
  COUNTY,
  CITY,
  DIRECT_CITY;

  /** The route of a unit under this parent organisation, or a refusal if it sits under none of them. */
  static Route under(Organisation parent, Organisation unit) {
    return switch (parent.type()) {
      case COUNTY -> COUNTY;
      case CITY -> CITY;
      case DIRECT_CITY -> DIRECT_CITY;
      default -> throw Application.invalid("unitCode", unit.name() + " 不在县、市或省直管市工会之下");
    };
  }

  /** Who reviews on this route: the city first for a county's unit, then always the province. */
  record Reviewers(String municipalGroup, String cityCode, String provincialGroup) {

    static Reviewers of(Route route, Organisation parent, Organisation unit) {
      String municipalGroup = route == COUNTY ? parent.parentCode() : null;
      String cityCode = route == COUNTY ? municipalGroup : parent.code();
      return new Reviewers(municipalGroup, cityCode, Codes.provinceOf(unit.code()));
    }
  }
}
