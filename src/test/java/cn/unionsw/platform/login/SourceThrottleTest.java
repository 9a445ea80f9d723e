package cn.unionsw.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceThrottleTest {

  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private final SourceThrottle throttle = new SourceThrottle(3, Duration.ofMinutes(10));

  @Test
  void shouldRefuseASourceForTheRestOfItsWindowOnceItReachedTheLimit() {
    throttle.failed("10.0.0.1", START);
    throttle.failed("10.0.0.1", START.plusSeconds(60));
    assertThat(throttle.refusal("10.0.0.1", START.plusSeconds(61))).isEmpty();

    throttle.failed("10.0.0.1", START.plusSeconds(120));

    assertThat(throttle.refusal("10.0.0.1", START.plusSeconds(120))).map(LoginRefusal::retryAfter)
        .contains(Duration.ofMinutes(8));
    assertThat(throttle.refusal("10.0.0.2", START.plusSeconds(120))).isEmpty();
    assertThat(throttle.refusal("10.0.0.1", START.plus(Duration.ofMinutes(10)))).isEmpty();
  }

  @Test
  void shouldStartAFreshWindowAfterTheOldOneEnded() {
    throttle.failed("10.0.0.1", START);
    throttle.failed("10.0.0.1", START);
    throttle.failed("10.0.0.1", START.plus(Duration.ofMinutes(10)));
    throttle.failed("10.0.0.1", START.plus(Duration.ofMinutes(11)));

    assertThat(throttle.refusal("10.0.0.1", START.plus(Duration.ofMinutes(11)))).isEmpty();
  }

  @Test
  void shouldIgnoreCallsWithoutASource() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(null, START);
    }

    assertThat(throttle.refusal(null, START)).isEmpty();
  }
}
