package cn.unionsw.platform.orgs;

/**
 * One organisation of the registry. Codes nest by prefix: {@code HE-SJZ-ZD} is a county of {@code HE-SJZ}.
 * The counts are those the post quota is computed from (Art. 10); unions leave them empty.
 */
public record Organisation(
    String code,
    String parentCode,
    String name,
    OrgType type,
    Integer legalEntityCount,
    Integer employeeCount,
    Integer memberCount) {

  /** Whether {@code other} is this organisation or lies below it. */
  public boolean contains(String other) {
    return Codes.contains(code, other);
  }
}
