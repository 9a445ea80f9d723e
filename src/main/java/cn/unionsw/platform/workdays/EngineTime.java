package cn.unionsw.platform.workdays;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Now by the engine's clock (which the tests move) in the platform's zone, to the second: MySQL and MariaDB round a
 * fraction into the next second, so an appeal filed at 23:59:59.6 would be stored, and printed, a day late. One rule
 * for every feature that stores or compares a time (evaluation, following cases, notifications, the deadline board).
 */
public final class EngineTime {

  private EngineTime() {
  }

  public static LocalDateTime now(ZoneId zone) {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone).truncatedTo(ChronoUnit.SECONDS);
  }
}
