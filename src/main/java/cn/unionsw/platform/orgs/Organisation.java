package cn.unionsw.platform.orgs;

import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * One organisation of the registry. Codes nest by prefix: {@code HE-SJZ-ZD} is a county of {@code HE-SJZ}.
 * The counts are those the post quota is computed from (Art. 10; Jiangsu's quota also reads the separate unions,
 * 苏政办发〔2020〕41号); unions leave them empty.
 */
public record Organisation(
    String code,
    String parentCode,
    String name,
    OrgType type,
    Integer legalEntityCount,
    Integer employeeCount,
    Integer memberCount,
    Integer separateUnionCount) {

  @AutomapConstructor
  public Organisation {
  }

  /** An organisation whose separate-union count is not registered. */
  public Organisation(String code, String parentCode, String name, OrgType type, Integer legalEntityCount,
      Integer employeeCount, Integer memberCount) {
    this(code, parentCode, name, type, legalEntityCount, employeeCount, memberCount, null);
  }

  /** Whether {@code other} is this organisation or lies below it. */
  public boolean contains(String other) {
    return Codes.contains(code, other);
  }
}
