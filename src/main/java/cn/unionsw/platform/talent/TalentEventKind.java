package cn.unionsw.platform.talent;

/**
 * What the dynamic record holds (Jiangsu 苏政办发〔2020〕41号: real-name management of hiring, pay, evaluation, career,
 * incentives and exit). {@link #HIRED} and {@link #LEFT} are written by hiring and leaving alone.
 */
public enum TalentEventKind {
  HIRED("上岗"),
  TRAINED("培训"),
  PAY_CHANGED("薪酬变动"),
  EVALUATED("年度评价"),
  GRADE_CHANGED("岗位等级变动"),
  TRANSFERRED("调动"),
  LEFT("离岗");

  private final String label;

  TalentEventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
