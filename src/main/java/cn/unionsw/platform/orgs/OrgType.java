package cn.unionsw.platform.orgs;

/** Kinds of organisation (DOMAIN.md §1). The basic-unit kinds are the {@code unitType} of the post quota. */
public enum OrgType {
  PROVINCE("省总工会", false),
  CITY("市级工会", false),
  DIRECT_CITY("省直管市工会", false),
  COUNTY("县级工会", false),
  TOWNSHIP_STREET("乡镇（街道）工会", true),
  DEV_ZONE("开发区（园区）工会", true),
  UNION_OFFICE("工会机关", true),
  SERVICE_CENTER_COUNTY_STANDARD("县级职工服务中心（规范达标型）", true),
  SERVICE_CENTER_COUNTY_MODEL("县级职工服务中心（示范型）", true),
  SERVICE_CENTER_CITY("市级职工服务中心", true);

  private final String label;
  private final boolean basicUnit;

  OrgType(String label, boolean basicUnit) {
    this.label = label;
    this.basicUnit = basicUnit;
  }

  public String label() {
    return label;
  }

  /** Where this kind may stand in the tree: a city under the province, a county under a city, and so on. */
  public boolean mayStandUnder(OrgType parent) {
    if (parent == null) {
      return this == PROVINCE;
    }
    return switch (this) {
      case PROVINCE -> false;
      case CITY, DIRECT_CITY -> parent == PROVINCE;
      case COUNTY, SERVICE_CENTER_CITY -> parent == CITY;
      case UNION_OFFICE, TOWNSHIP_STREET, DEV_ZONE -> parent == CITY || parent == DIRECT_CITY || parent == COUNTY;
      case SERVICE_CENTER_COUNTY_STANDARD, SERVICE_CENTER_COUNTY_MODEL -> parent == DIRECT_CITY || parent == COUNTY;
    };
  }

  /**
   * The kind a sheet's cell names: the constant ({@code TOWNSHIP_STREET}, the {@code unitType} of CONTRACT.md) or
   * its Chinese label, brackets full-width or not; null when it names none.
   */
  public static OrgType parse(String text) {
    if (text == null) {
      return null;
    }
    String wanted = halfWidthBrackets(text.strip());
    for (OrgType type : values()) {
      if (type.name().equals(wanted) || halfWidthBrackets(type.label).equals(wanted)) {
        return type;
      }
    }
    return null;
  }

  private static String halfWidthBrackets(String text) {
    return text.replace('（', '(').replace('）', ')');
  }

  /** A unit where posts sit (Art. 9), as opposed to a union that proposes, reviews or approves them. */
  public boolean isBasicUnit() {
    return basicUnit;
  }
}
