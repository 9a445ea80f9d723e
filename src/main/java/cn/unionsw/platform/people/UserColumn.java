package cn.unionsw.platform.people;

import cn.unionsw.platform.sheets.SheetColumns;

/**
 * The columns of a users file, found by their Chinese header (row 1) in any order; each names the {@link UserSpec}
 * property it fills. E-mail and initial password may be left out (a password is then generated and reported once).
 */
enum UserColumn {
  USER_ID("平台账号", "userId", true),
  NAME("姓名", "name", true),
  ORG_CODE("组织代码", "orgCode", true),
  ROLE("角色", "role", true),
  EMAIL("电子邮箱", "email", false),
  PASSWORD("初始密码", "password", false);

  private final String header;
  private final String field;
  private final boolean required;

  UserColumn(String header, String field, boolean required) {
    this.header = header;
    this.field = field;
    this.required = required;
  }

  String header() {
    return header;
  }

  String field() {
    return field;
  }

  boolean required() {
    return required;
  }

  /** The column of a field, or null. */
  static UserColumn ofField(String field) {
    for (UserColumn column : values()) {
      if (column.field.equals(field)) {
        return column;
      }
    }
    return null;
  }

  static final SheetColumns<UserColumn> SHEET = new SheetColumns<>(UserColumn.class, UserColumn::header,
      UserColumn::field, UserColumn::required);
}
