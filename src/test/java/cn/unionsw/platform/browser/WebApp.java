package cn.unionsw.platform.browser;

/** The Camunda web apps, each at {@code /camunda/app/<id>/default/} for the default process engine. */
public enum WebApp {
  TASKLIST("tasklist"),
  COCKPIT("cockpit"),
  ADMIN("admin"),
  WELCOME("welcome");

  private final String id;

  WebApp(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  String path() {
    return "/camunda/app/" + id + "/default/";
  }
}
