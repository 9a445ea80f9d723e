package cn.unionsw.platform.posts;

/** What a post application asks for (Art. 11): new posts, a grade adjustment, or cancellation. */
public enum ApplicationType {
  NEW("新增岗位"),
  ADJUST_GRADE("调整岗位等级"),
  CANCEL("撤销岗位");

  private final String label;

  ApplicationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
