package cn.unionsw.platform.talent;

/** Whether a worker holds their post (在岗) or has left it (离岗). */
public enum WorkerStatus {
  ON_POST("在岗"),
  LEFT("离岗");

  private final String label;

  WorkerStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
