package cn.unionsw.platform.login;

import cn.unionsw.platform.login.LoginLockMapper.LoginLock;
import cn.unionsw.platform.login.LoginRefusal.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Decides whether a login may be tried at all, and remembers how tries went (ADR 0004). Two rules, both
 * temporary: a user name that failed {@code max-failures} times in a row is locked for {@code lock-duration}, in
 * the database, so that both nodes and an administrator's unlock agree at once; and a client address that failed
 * {@code source-max-failures} times within {@code source-window} may not log in until that window ends, in this
 * node's memory. Names are counted whether a user has them or not, so a lock tells nothing about who exists.
 */
@Component
class LoginGuard {

  /** Camunda's user ids are at most 64 characters ({@code ACT_ID_USER.ID_}): a longer name is no one's. */
  static final int MAX_USER_ID = 64;
  private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

  private final LoginLockMapper locks;
  private final LoginProperties properties;
  private final Clock clock;
  private final SourceThrottle sources;
  private final Counter wrongPasswords;
  private final Counter refusedUsers;
  private final Counter refusedSources;

  /** Failed logins on this node, by why they failed, for the monitoring system ({@code /actuator/prometheus}). */
  static final String FAILED_LOGINS = "platform.logins.failed";
  /** How far the database may move a lock's stored end by rounding it (H2 rounds nanoseconds to microseconds). */
  private static final Duration STORED_END_ROUNDING = Duration.ofSeconds(1);

  LoginGuard(LoginLockMapper locks, LoginProperties properties, Clock clock, MeterRegistry meters) {
    this.locks = locks;
    this.properties = properties;
    this.clock = clock;
    this.sources = new SourceThrottle(properties.sourceMaxFailures(), properties.sourceWindow());
    this.wrongPasswords = failedLogins(meters, "password");
    this.refusedUsers = failedLogins(meters, "user_locked");
    this.refusedSources = failedLogins(meters, "source_throttled");
  }

  private static Counter failedLogins(MeterRegistry meters, String reason) {
    return Counter.builder(FAILED_LOGINS).tag("reason", reason)
        .description("Failed logins on every door (web apps, engine REST, /api), by why they failed")
        .register(meters);
  }

  /** Why a login as this user from this address would be refused now, if it would. */
  Optional<LoginRefusal> refusal(String source, String userId) {
    return refusal(source, find(userId), clock.instant());
  }

  /** {@link #attempt(String, String, BooleanSupplier)} from the current request's address. */
  boolean attempt(String userId, BooleanSupplier passwordMatches) {
    return attempt(currentSource(), userId, passwordMatches);
  }

  /**
   * Checks a password unless the login is refused, which then fails without a check, so that a lock cannot be
   * guessed through; the refusal is noted on the current request for the door to explain. A failure counts
   * against the name and the address; a success forgets the name's failures.
   */
  boolean attempt(String source, String userId, BooleanSupplier passwordMatches) {
    Instant now = clock.instant();
    LoginLock lock = find(userId);
    Optional<LoginRefusal> refusal = refusal(source, lock, now);
    if (refusal.isPresent()) {
      refusal.get().noteOnCurrentRequest();
      (refusal.get().reason() == Reason.USER_LOCKED ? refusedUsers : refusedSources).increment();
      return false;
    }
    if (passwordMatches.getAsBoolean()) {
      if (lock != null) {
        locks.forget(userId);
      }
      return true;
    }
    wrongPasswords.increment();
    sources.failed(source, now);
    if (countable(userId)) {
      addFailure(userId);
      Instant until = now.plus(properties.lockDuration());
      if (locks.lockIfReached(userId, properties.maxFailures(), until) > 0) {
        // The name comes from an anonymous caller: no line breaks of theirs in the log.
        log.info("Logins as '{}' locked until {} after {} failed attempts, the last from {}",
            userId.replaceAll("\\p{Cntrl}", "?"), until, properties.maxFailures(), source);
      }
    }
    return false;
  }

  /** Whether the current request's address may not log in now (too many failures from it in this window). */
  boolean sourceHeldBack() {
    return sources.refusal(currentSource(), clock.instant()).isPresent();
  }

  /** An administrator's unlock: the lock lifts and earlier failures are forgotten, on every node at once. */
  void unlock(String userId) {
    if (countable(userId)) {
      locks.forget(userId);
    }
  }

  private Optional<LoginRefusal> refusal(String source, LoginLock lock, Instant now) {
    return sources.refusal(source, now).or(() -> userRefusal(lock, now));
  }

  private Optional<LoginRefusal> userRefusal(LoginLock lock, Instant now) {
    Instant until = lock == null ? null : lock.lockedUntil();
    // A lock ending further ahead than a lock can was set by a clock that has since been set back: over. A second of
    // slack, for the database's rounding of the stored end (H2 keeps microseconds and rounds the clock's nanoseconds).
    if (until == null || !until.isAfter(now)
        || until.isAfter(now.plus(properties.lockDuration()).plus(STORED_END_ROUNDING))) {
      return Optional.empty();
    }
    return Optional.of(new LoginRefusal(Reason.USER_LOCKED, Duration.between(now, until)));
  }

  private LoginLock find(String userId) {
    return countable(userId) ? locks.find(userId) : null;
  }

  private void addFailure(String userId) {
    if (locks.addFailure(userId) == 0) {
      try {
        locks.insertFirstFailure(userId);
      } catch (DuplicateKeyException concurrentFirstFailure) {
        locks.addFailure(userId);
      }
    }
  }

  private static boolean countable(String userId) {
    return userId != null && !userId.isBlank() && userId.length() <= MAX_USER_ID;
  }

  /** The client's address; behind nginx, Tomcat takes it from X-Forwarded-For (forward-headers-strategy native). */
  private static String currentSource() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getRemoteAddr() : null;
  }
}
