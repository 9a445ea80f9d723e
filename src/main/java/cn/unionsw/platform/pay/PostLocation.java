package cn.unionsw.platform.pay;

import cn.unionsw.platform.orgs.OrgType;

/** Where a post sits for funding (input {@code postLocation} of {@code funding-split}; Art. 32, 38). */
public enum PostLocation {
  /** The city union's own office or the municipal service centre: province : city = 1 : 2 (Art. 32). */
  CITY_LEVEL,
  /** Every other post: province : city : county = 1 : 1 : 1 (Art. 32). */
  COUNTY_LEVEL,
  /** A post of Dingzhou or Xinji: province : the directly administered city = 1 : 1 (Art. 38). */
  DIRECT_CITY;

  /** The location of a post in a basic unit of type {@code unitType} standing under a {@code parentType}. */
  public static PostLocation of(OrgType unitType, OrgType parentType) {
    if (parentType == OrgType.DIRECT_CITY) {
      return DIRECT_CITY;
    }
    if (parentType == OrgType.CITY && (unitType == OrgType.UNION_OFFICE || unitType == OrgType.SERVICE_CENTER_CITY)) {
      return CITY_LEVEL;
    }
    // Art. 32 "其他岗位": county offices, townships, zones and county service centres (and the rare township a city
    // holds directly, whose county share then falls to the city as purchaser).
    return COUNTY_LEVEL;
  }
}
