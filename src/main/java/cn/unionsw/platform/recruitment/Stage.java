package cn.unionsw.platform.recruitment;

/**
 * The stages of recruitment (DOMAIN.md §4.5), in order: registration review (pre-screening against §3, decided by
 * the policy decisions), then the aptitude test, interview, medical check and labour contract with the contractor,
 * whose results the city imports and signs off once per round, then post training and taking up the post.
 */
public enum Stage {
  SCREENING("报名审核", null),
  APTITUDE_TEST("工会实务能力测试", "recruitment-aptitude-test"),
  INTERVIEW("面试", "recruitment-interview"),
  MEDICAL_CHECK("体检", "recruitment-medical-check"),
  LABOUR_CONTRACT("签订劳动合同", "recruitment-labour-contract"),
  ON_POST("岗前培训与上岗", "recruitment-on-post");

  private final String label;
  private final String message;

  Stage(String label, String message) {
    this.label = label;
    this.message = message;
  }

  public String label() {
    return label;
  }

  /** The message that moves a candidate waiting at this stage on; none for screening, which runs at once. */
  public String message() {
    return message;
  }

  /** The stage whose waiting candidates the message moves on, or null. */
  static Stage ofMessage(String message) {
    for (Stage stage : values()) {
      if (stage.message != null && stage.message.equals(message)) {
        return stage;
      }
    }
    return null;
  }
}
