package cn.unionsw.platform.login;

import cn.unionsw.platform.login.PrincipalReads.PrincipalRow;
import cn.unionsw.platform.web.BadData;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Who a request is, read once per request in one statement instead of an engine command for the password, another
 * for the groups and a third for the login lock (docs/benchmarks.md, beside stock: about three transactions per
 * request). Every check still holds at once on every node, because what can change is read each time from the
 * database: the user's stored password hash, the login lock row and the memberships.
 *
 * <p>What is kept between requests, on this node only, is that a name and password were once checked by the full
 * login ({@link IdentityService#checkPassword}, with the platform's guard) against the hash then stored: a request
 * with the same name and password is taken as that user while the stored hash is the same, no lock row exists for
 * the name and the client's address is not held back. A password change (a new salt and hash), a lock, a failure
 * on record or a deleted user sends the request through the full login again, which counts failures and explains
 * refusals as before. The remembered pairs are keyed by an HMAC under a key made at start-up, never by the password.
 */
@Component
public class Principals {

  private static final int REMEMBERED = 10_000;

  private final PrincipalReads principals;
  private final IdentityService identityService;
  private final LoginGuard guard;
  private final SecretKeySpec key;
  /** A MAC is not thread-safe and costly to look up: one per thread, reset by each {@code doFinal}. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
  private final Map<String, String> verified = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  };

  Principals(PrincipalReads principals, IdentityService identityService, LoginGuard guard) {
    this.principals = principals;
    this.identityService = identityService;
    this.guard = guard;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Who the caller is, if the password is theirs and the login is allowed now; empty otherwise. */
  public Optional<Caller> login(String userId, String password) {
    List<PrincipalRow> rows = read(userId);
    String stored = rows.isEmpty() ? null : rows.get(0).passwordHash();
    String pair = pair(userId, password);
    if (stored != null && rows.get(0).lockRow() == null && !guard.sourceHeldBack()
        && stored.equals(remembered(pair))) {
      return Optional.of(caller(rows));
    }
    if (!checkPassword(userId, password)) {
      return Optional.empty();
    }
    // The hash read before the check: if the password changed in between, it no longer matches what is stored
    // and the next request takes the full login again.
    if (stored != null) {
      remember(pair, stored);
      return Optional.of(caller(rows));
    }
    return caller(userId);
  }

  /** An existing user (a login the web apps made) as they are now, or empty when no such user exists now. */
  public Optional<Caller> caller(String userId) {
    List<PrincipalRow> rows = read(userId);
    return rows.isEmpty() ? Optional.empty() : Optional.of(caller(rows));
  }

  private List<PrincipalRow> read(String userId) {
    if (userId == null || userId.isBlank() || userId.length() > LoginGuard.MAX_USER_ID) {
      return List.of();
    }
    try {
      return principals.find(userId);
    } catch (DataAccessException unreadable) {
      // A name the database cannot compare (a 4-byte character in a utf8mb3 table) names no user.
      if (BadData.isBadData(unreadable)) {
        return List.of();
      }
      throw unreadable;
    }
  }

  private static Caller caller(List<PrincipalRow> rows) {
    List<String> groups = rows.stream().map(PrincipalRow::groupId).filter(Objects::nonNull).distinct().toList();
    List<String> tenants = rows.stream().map(PrincipalRow::tenantId).filter(Objects::nonNull).distinct().toList();
    return new Caller(groups, tenants, rows.get(0).grantStamp());
  }

  /**
   * A user as read for one request: their groups, their tenants, and the grant stamp read with them, under which the
   * request's authorization checks may take answers kept from earlier requests (ADR 0037); null, and nothing kept,
   * without the stamp's row.
   */
  public record Caller(List<String> groups, List<String> tenants, Long grantStamp) {
  }

  private boolean checkPassword(String userId, String password) {
    try {
      return identityService.checkPassword(userId, password);
    } catch (ProcessEngineException e) {
      if (BadData.isBadData(e)) {
        return false;
      }
      throw e;
    }
  }

  private synchronized String remembered(String pair) {
    return verified.get(pair);
  }

  private synchronized void remember(String pair, String storedHash) {
    verified.put(pair, storedHash);
  }

  private String pair(String userId, String password) {
    Mac mac = macs.get();
    mac.update(userId.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
