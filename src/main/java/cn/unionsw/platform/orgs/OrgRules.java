package cn.unionsw.platform.orgs;

/** The rules of an organisation's own fields, the same for one saved through the API and a file's rows. */
public final class OrgRules {

  static final int MAX_NAME = 128;
  static final int MAX_COUNT = 10_000_000;

  private OrgRules() {
  }

  /** Why the name will not do, or null. */
  static String nameFault(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      return "组织名称必填，最多 " + MAX_NAME + " 个字符";
    }
    return hasControl(name) ? "组织名称不能含控制字符" : null;
  }

  /** Whether a text holds a control character (a NUL, a line break pasted into one cell). */
  public static boolean hasControl(String text) {
    return text.codePoints().anyMatch(Character::isISOControl);
  }

  /** Why a count (legal entities, employees, members, as the registry keeps them) will not do, or null. */
  static String countFault(Integer count) {
    return count != null && (count < 0 || count > MAX_COUNT) ? "人数须在 0 到 " + MAX_COUNT + " 之间" : null;
  }
}
