package cn.unionsw.platform.procurement;

/**
 * Where a post-service contract stands: in force, transferred to a successor (Art. 22: the contractor could not
 * perform), or terminated by the purchaser (Art. 30: wages or social insurance unpaid and not corrected).
 */
public enum ContractStatus {
  ACTIVE("履行中"),
  TRANSFERRED("已转移"),
  TERMINATED("已解除");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
