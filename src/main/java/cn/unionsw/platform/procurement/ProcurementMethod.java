package cn.unionsw.platform.procurement;

/** How a city buys the post service (DOMAIN.md §4.3, Government Procurement Law Art. 26); the decision's input. */
public enum ProcurementMethod {
  OPEN_TENDER("公开招标"),
  INVITED_TENDER("邀请招标"),
  INQUIRY("询价"),
  SINGLE_SOURCE("单一来源");

  private final String label;

  ProcurementMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
