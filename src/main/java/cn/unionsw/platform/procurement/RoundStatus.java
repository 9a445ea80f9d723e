package cn.unionsw.platform.procurement;

/** Where a purchase round stands (post-procurement). */
public enum RoundStatus {
  /** Opened: the purchasers' estimates are being filed. */
  ESTIMATING("测算备案"),
  /** Every estimate filed: the city's purchase plan is drawn up, not yet published. */
  PLANNED("采购计划待发布"),
  /** The plan and method are published; bids are being recorded. */
  PUBLISHED("已发布，录入投标"),
  /** The bids are scored; the award is open. */
  SCORED("评分完成，待定标"),
  /** Awarded; the contracts are signed. */
  AWARDED("已定标签约"),
  /** Closed without an award (废标). */
  FAILED("废标"),
  /** Its case ended otherwise (deleted by an administrator): closed, its posts free again. */
  CANCELLED("已撤销");

  private final String label;

  RoundStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still running: its posts are held and its city opens no other round (the mapper's SQL lists the same four). */
  boolean open() {
    return this == ESTIMATING || this == PLANNED || this == PUBLISHED || this == SCORED;
  }
}
