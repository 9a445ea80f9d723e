package cn.unionsw.platform.procurement;

/** What a contractor failed to pay on time and in full (Art. 30): its workers' wages, their social insurance, or both. */
public enum DefaultKind {
  WAGES("未按时、足额为工会社工发放薪酬"),
  SOCIAL_INSURANCE("未按时、足额为工会社工缴纳社会保险"),
  BOTH("未按时、足额为工会社工发放薪酬和缴纳社会保险");

  private final String label;

  DefaultKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
