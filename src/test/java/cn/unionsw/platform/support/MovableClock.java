package cn.unionsw.platform.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move forward instead of sleeping. In integration tests it is the platform's {@link Clock}
 * bean ({@link Config}, imported by {@code @PlatformIT}); it runs with real time until moved or stopped, and a test
 * that moves or stops it puts it back afterwards ({@link #reset()}).
 */
public class MovableClock extends Clock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;
  private volatile Instant stoppedAt;

  public MovableClock(Clock base) {
    this.base = base;
  }

  public void moveBy(Duration duration) {
    offset = offset.plus(duration);
  }

  /**
   * Holds the clock still until moved or reset: for a test that compares two answers computed from "now" at
   * moments a few milliseconds apart, which real time could put on either side of a second.
   */
  public void stop() {
    stoppedAt = base.instant();
  }

  public void reset() {
    offset = Duration.ZERO;
    stoppedAt = null;
  }

  @Override
  public Instant instant() {
    Instant stopped = stoppedAt;
    return (stopped != null ? stopped : base.instant()).plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("one clock for the whole platform");
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock(Clock.systemUTC());
    }
  }
}
