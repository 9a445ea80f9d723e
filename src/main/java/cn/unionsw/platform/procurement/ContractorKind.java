package cn.unionsw.platform.procurement;

/** What a contractor is (Art. 18): a social organisation registered with civil affairs, or an HR-service agency. */
public enum ContractorKind {
  SOCIAL_ORGANISATION("社会组织"),
  HR_AGENCY("人力资源服务机构");

  private final String label;

  ContractorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
