package cn.unionsw.platform.login;

import cn.unionsw.platform.login.LoginRefusal.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins per source (client address) in fixed windows, so that one address cannot try a few passwords on
 * each of many names. Kept in this node's memory: a source behind the round-robin proxy gets the allowance once per
 * node, and a restart forgets it (ADR 0004).
 */
final class SourceThrottle {

  /** Above this many sources the ended windows are swept out, so that the map cannot grow without bound. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  SourceThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
  }

  Optional<LoginRefusal> refusal(String source, Instant now) {
    Window current = source == null ? null : windows.get(source);
    if (current == null || current.failures() < maxFailures || current.isOver(now, window)) {
      return Optional.empty();
    }
    return Optional.of(new LoginRefusal(Reason.SOURCE_THROTTLED, Duration.between(now, current.end())));
  }

  void failed(String source, Instant now) {
    if (source == null) {
      return;
    }
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> w.isOver(now, window));
    }
    windows.compute(source, (key, current) -> current == null || current.isOver(now, window)
        ? new Window(now.plus(window), 1)
        : new Window(current.end(), current.failures() + 1));
  }

  private record Window(Instant end, int failures) {

    /** Ended, or ending further ahead than a window can: a clock set back must not lengthen a refusal. */
    boolean isOver(Instant now, Duration window) {
      return !now.isBefore(end) || end.isAfter(now.plus(window));
    }
  }
}
