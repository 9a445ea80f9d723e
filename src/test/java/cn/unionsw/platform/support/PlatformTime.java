package cn.unionsw.platform.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The platform's two clocks moved together: the engine's ({@link ClockUtil}: task due dates, timers, the job
 * executor's idea of what is due, the appeal's filing time) and the {@link MovableClock} bean (the talent database's
 * today). Both keep running from where they are put. A test that moves them puts them back ({@link #reset()}).
 * Moving into the past is safe beside other tests' timers: nothing due later than the real now falls due early.
 */
public final class PlatformTime {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final MovableClock clock;

  public PlatformTime(MovableClock clock) {
    this.clock = clock;
  }

  /** Both clocks at this Beijing time. */
  public void at(LocalDateTime beijing) {
    at(beijing.atZone(BEIJING).toInstant());
  }

  public void at(Instant instant) {
    Duration offset = Duration.between(Instant.now(), instant);
    clock.reset();
    clock.moveBy(offset);
    ClockUtil.offset(offset.toMillis());
  }

  public void reset() {
    clock.reset();
    ClockUtil.reset();
  }
}
