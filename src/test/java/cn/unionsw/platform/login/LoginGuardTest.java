package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.login.LoginRefusal.Reason;
import cn.unionsw.platform.support.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class LoginGuardTest {

  private static final Duration LOCK = Duration.ofMinutes(15);
  private static final Duration WINDOW = Duration.ofMinutes(10);
  private static final String HOME = "10.0.0.1";

  private final MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
  private final FakeLoginLocks locks = new FakeLoginLocks();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final LoginGuard guard = new LoginGuard(locks, new LoginProperties(5, LOCK, 20, WINDOW), clock,
      meters);
  private final AtomicInteger checks = new AtomicInteger();

  @Test
  void shouldLockANameAfterFiveFailuresAndNotBefore() {
    failTimes("zdclerk", 4, HOME);

    assertThat(guard.refusal(HOME, "zdclerk")).isEmpty();
    assertThat(login("zdclerk", true, HOME)).isTrue();
    failTimes("zdclerk", 5, HOME);

    assertThat(guard.refusal(HOME, "zdclerk")).contains(new LoginRefusal(Reason.USER_LOCKED, LOCK));
  }

  @Test
  void shouldRefuseTheRightPasswordWhileLockedWithoutCheckingIt() {
    failTimes("admin", 5, HOME);
    checks.set(0);

    assertThat(login("admin", true, "10.9.9.9")).isFalse();
    assertThat(checks).as("a locked name's password is not checked, so it cannot be guessed").hasValue(0);
  }

  @Test
  void shouldLiftALockByItselfAndCountAnew() {
    failTimes("admin", 5, HOME);
    clock.moveBy(LOCK.minusSeconds(1));

    assertThat(guard.refusal(HOME, "admin")).map(LoginRefusal::retryAfterSeconds).contains(1L);
    clock.moveBy(Duration.ofSeconds(1));
    assertThat(guard.refusal(HOME, "admin")).isEmpty();
    failTimes("admin", 4, HOME);
    assertThat(guard.refusal(HOME, "admin")).isEmpty();
    assertThat(login("admin", true, HOME)).isTrue();
    assertThat(locks.rows).doesNotContainKey("admin");
  }

  @Test
  void shouldNeverLockForGoodHoweverOftenTheLockIsEarned() {
    for (int round = 0; round < 10; round++) {
      failTimes("admin", 5, "10.0.1." + round);
      clock.moveBy(LOCK);
    }

    assertThat(login("admin", true, HOME)).isTrue();
  }

  @Test
  void shouldForgetFailuresAfterASuccess() {
    failTimes("zdclerk", 4, HOME);
    login("zdclerk", true, HOME);
    failTimes("zdclerk", 4, HOME);

    assertThat(guard.refusal(HOME, "zdclerk")).isEmpty();
  }

  @Test
  void shouldLiftALockAtOnceOnUnlock() {
    failTimes("zdclerk", 5, HOME);

    guard.unlock("zdclerk");

    assertThat(login("zdclerk", true, HOME)).isTrue();
  }

  @Test
  void shouldNotLetAClockSetBackLengthenALock() {
    clock.moveBy(Duration.ofHours(1));
    failTimes("zdclerk", 5, HOME);

    clock.reset();

    assertThat(guard.refusal(HOME, "zdclerk")).isEmpty();
  }

  @Test
  void shouldHoldALockWhoseEndTheDatabaseRoundedUp() {
    clock.moveBy(Duration.ofNanos(600));
    failTimes("zdclerk", 5, HOME);
    // H2 keeps microseconds: the end the guard wrote, 08:15:00.000000600, reads back as 08:15:00.000001.
    LoginLockMapper.LoginLock stored = locks.rows.get("zdclerk");
    locks.rows.put("zdclerk", new LoginLockMapper.LoginLock("zdclerk", stored.failures(),
        stored.lockedUntil().plusNanos(400)));

    assertThat(guard.refusal(HOME, "zdclerk")).map(LoginRefusal::reason).contains(Reason.USER_LOCKED);
  }

  @Test
  void shouldThrottleASourceThatTriesManyNamesButNotOthers() {
    for (int i = 0; i < 20; i++) {
      login("name" + i, false, "10.6.6.6");
    }

    assertThat(guard.refusal("10.6.6.6", "zdclerk")).map(LoginRefusal::reason).contains(Reason.SOURCE_THROTTLED);
    assertThat(login("zdclerk", true, "10.6.6.6")).isFalse();
    assertThat(login("zdclerk", true, HOME)).isTrue();
    clock.moveBy(WINDOW);
    assertThat(login("zdclerk", true, "10.6.6.6")).isTrue();
  }

  @Test
  void shouldCountANameThatIsNoOnesLikeAUsers() {
    failTimes("nosuchuser", 5, HOME);

    assertThat(guard.refusal(HOME, "nosuchuser")).contains(new LoginRefusal(Reason.USER_LOCKED, LOCK));
  }

  @Test
  void shouldCountOverlongNamesOnlyAgainstTheSource() {
    String overlong = "x".repeat(LoginGuard.MAX_USER_ID + 1);
    failTimes(overlong, 5, HOME);

    assertThat(locks.rows).isEmpty();
    assertThat(guard.refusal(HOME, overlong)).isEmpty();
  }

  @Test
  void shouldCountFailedLoginsByWhyTheyFailedForTheMonitoringSystem() {
    failTimes("admin", 5, HOME);
    login("admin", true, HOME);
    for (int i = 0; i < 20; i++) {
      login("name" + i, false, "10.0.0.9");
    }
    login("lcclerk", true, "10.0.0.9");

    assertThat(failed("password")).isEqualTo(25);
    assertThat(failed("user_locked")).isEqualTo(1);
    assertThat(failed("source_throttled")).isEqualTo(1);
  }

  private double failed(String reason) {
    return meters.get(LoginGuard.FAILED_LOGINS).tag("reason", reason).counter().count();
  }

  private void failTimes(String user, int times, String source) {
    for (int i = 0; i < times; i++) {
      assertThat(login(user, false, source)).isFalse();
    }
  }

  private boolean login(String user, boolean rightPassword, String source) {
    return guard.attempt(source, user, () -> {
      checks.incrementAndGet();
      return rightPassword;
    });
  }
}
