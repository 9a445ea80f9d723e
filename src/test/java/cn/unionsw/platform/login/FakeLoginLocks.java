package cn.unionsw.platform.login;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;

/** {@code login_lock} in a map, with the statements' meaning (LoginLockMapperTest holds the SQL to it). */
class FakeLoginLocks implements LoginLockMapper {

  final Map<String, LoginLock> rows = new HashMap<>();

  @Override
  public LoginLock find(String userId) {
    return rows.get(userId);
  }

  @Override
  public int addFailure(String userId) {
    LoginLock row = rows.get(userId);
    if (row == null) {
      return 0;
    }
    rows.put(userId, new LoginLock(userId, row.failures() + 1, row.lockedUntil()));
    return 1;
  }

  @Override
  public void insertFirstFailure(String userId) {
    if (rows.putIfAbsent(userId, new LoginLock(userId, 1, null)) != null) {
      throw new DuplicateKeyException(userId);
    }
  }

  @Override
  public int lockIfReached(String userId, int maxFailures, Instant until) {
    LoginLock row = rows.get(userId);
    if (row == null || row.failures() < maxFailures) {
      return 0;
    }
    rows.put(userId, new LoginLock(userId, 0, until));
    return 1;
  }

  @Override
  public int forget(String userId) {
    return rows.remove(userId) == null ? 0 : 1;
  }
}
