package cn.unionsw.platform.workdays;

/** Why a day is or is not worked. */
public enum DayKind {
  WORKDAY("工作日", true),
  WEEKEND("周末", false),
  HOLIDAY("法定节假日", false),
  ADJUSTED_WORKDAY("调休上班", true);

  private final String label;
  private final boolean working;

  DayKind(String label, boolean working) {
    this.label = label;
    this.working = working;
  }

  public String label() {
    return label;
  }

  public boolean working() {
    return working;
  }
}
