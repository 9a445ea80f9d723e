package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.OrgAccess;

/**
 * Role groups. A user belongs to one organisation group (what they reach) and one role group (what they do);
 * together they decide which tasks and apps they see.
 */
public final class Roles {

  public static final String ROLE_GROUP_TYPE = OrgAccess.ROLE_GROUP_TYPE;
  public static final String ADMIN = "camunda-admin";
  public static final String REVIEWER = "reviewer";
  public static final String CLERK = "clerk";
  public static final String WORKER = "worker";
  /**
   * The monitoring system's accounts (Prometheus): they read {@code /actuator/prometheus} and the health details,
   * and hold no grant in the engine, so they see no case, task or web app.
   */
  public static final String MONITORING = "monitoring";

  private Roles() {
  }

  static String label(String role) {
    return switch (role) {
      case ADMIN -> "平台管理员";
      case REVIEWER -> "审核人员";
      case CLERK -> "经办人员";
      case WORKER -> "工会社工";
      case MONITORING -> "监控系统";
      default -> role;
    };
  }
}
