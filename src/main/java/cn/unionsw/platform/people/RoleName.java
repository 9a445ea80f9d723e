package cn.unionsw.platform.people;

import cn.unionsw.platform.orgs.OrgType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A role as an administrator writes it: the role group's id ({@code reviewer}), its Chinese name (审核人员), a short
 * one (审核员, 审核, 经办人, 经办, 社工, 管理员), or one with the level of organisation it is held at (省级审核, 市级审核,
 * 县级经办, 市级经办人员 …). The level is not a group of its own: the organisation gives it, and a level named must
 * fit the organisation's type. Every role but the administrators' is held at an organisation.
 */
record RoleName(String group, String level) {

  /** What each role group is called besides its id. */
  private static final Map<String, List<String>> NAMES = Map.of(
      Roles.ADMIN, List.of("平台管理员", "管理员"),
      Roles.REVIEWER, List.of("审核人员", "审核员", "审核"),
      Roles.CLERK, List.of("经办人员", "经办人", "经办"),
      Roles.WORKER, List.of("工会社工", "社工"));
  /** The levels a reviewer's or clerk's name may carry, and the organisations of each. */
  private static final Map<String, Set<OrgType>> LEVELS = Map.of(
      "省级", Set.of(OrgType.PROVINCE),
      "市级", Set.of(OrgType.CITY, OrgType.DIRECT_CITY),
      "县级", Set.of(OrgType.COUNTY, OrgType.DIRECT_CITY));

  /** The names an administrator may write, for a refusal to list. */
  static final String CHOICES = "省级审核、市级审核、市级经办、县级经办、社工、平台管理员，或 审核人员、经办人员、工会社工"
      + "（英文 reviewer、clerk、worker、camunda-admin 亦可）";

  /** The role a text names, or null when it names none. */
  static RoleName parse(String text) {
    String name = text == null ? "" : text.strip();
    if (NAMES.containsKey(name)) {
      return new RoleName(name, null);
    }
    for (var role : NAMES.entrySet()) {
      for (String chinese : role.getValue()) {
        if (name.equals(chinese)) {
          return new RoleName(role.getKey(), null);
        }
        boolean levelled = name.endsWith(chinese) && name.length() == chinese.length() + 2;
        if (levelled && LEVELS.containsKey(name.substring(0, 2))
            && (Roles.REVIEWER.equals(role.getKey()) || Roles.CLERK.equals(role.getKey()))) {
          return new RoleName(role.getKey(), name.substring(0, 2));
        }
      }
    }
    return null;
  }

  boolean admin() {
    return Roles.ADMIN.equals(group);
  }

  /**
   * Why this role cannot be held at an organisation of {@code type}, or null: social workers sit in basic units
   * (Art. 9), reviewers and clerks in unions, a level named must be the organisation's.
   */
  String misfit(OrgType type) {
    if (Roles.WORKER.equals(group) && !type.isBasicUnit()) {
      return "工会社工须属基层单位（乡镇街道、开发区、职工服务中心、工会机关），该组织是" + type.label();
    }
    if (!Roles.WORKER.equals(group) && type.isBasicUnit()) {
      return Roles.label(group) + "须属省、市、县级工会，该组织是基层单位（" + type.label() + "）";
    }
    if (level != null && !LEVELS.get(level).contains(type)) {
      return "「" + level + Roles.label(group).substring(0, 2) + "」须属" + level + "工会，该组织是" + type.label();
    }
    return null;
  }
}
