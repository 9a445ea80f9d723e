package cn.unionsw.platform.people;

/**
 * One user in the administrator's terms: account, name, organisation code and role as written in Chinese
 * ({@link RoleName}); e-mail and an initial password optional. From a file's row or an API request alike.
 */
record UserSpec(String userId, String name, String orgCode, String role, String email, String password) {

  /** Blank texts as none, the others stripped, so that a sheet's empty cell and a missing JSON field agree. */
  UserSpec normalised() {
    return new UserSpec(text(userId), text(name), text(orgCode), text(role), text(email), password == null
        || password.isEmpty() ? null : password);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
