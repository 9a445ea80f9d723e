package cn.unionsw.platform.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.AuthorizationException;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A completion the server refuses (不同意 without a comment, a sealed field changed) is the user's mistake, answered
 * as a 400 with the reason. Camunda logs a {@code BadUserRequestException} only at DEBUG, but one thrown by a task
 * listener arrives wrapped, and then the engine logs it at ERROR with a stack trace (ENGINE-16004): an alert for
 * operators every time a reviewer forgets a comment. This moves exactly the platform's own {@link Refusal}s to
 * DEBUG; every other engine error, Camunda's own bad-request exceptions from inside a delegate included, stays an
 * ERROR.
 */
@Component
class RefusalLogging implements InitializingBean, DisposableBean {

  /** Where the engine logs exceptions that end a command. */
  static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  private final RefusalsAtDebug filter = new RefusalsAtDebug();

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      filter.start();
      logback.addTurboFilter(filter);
    }
  }

  @Override
  public void destroy() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getTurboFilterList().remove(filter);
    }
  }

  static final class RefusalsAtDebug extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
        Throwable thrown) {
      Throwable failure = thrown != null ? thrown : lastThrowable(params);
      if (level != Level.ERROR || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())
          || EngineRestErrors.refusal(failure) == null && !deniedBy(failure)) {
        return FilterReply.NEUTRAL;
      }
      // Logged again one level down; this filter lets DEBUG through, so it does not loop.
      logger.debug(format, thrown == null ? params : withThrowable(params, thrown));
      return FilterReply.DENY;
    }

    /** A shut door (an AuthorizationException, the engine guard's or Camunda's) is the user's, not a fault. */
    private static boolean deniedBy(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof AuthorizationException) {
          return true;
        }
      }
      return false;
    }

    /** The parameters with the exception last, where SLF4J looks for it. */
    private static Object[] withThrowable(Object[] params, Throwable thrown) {
      Object[] all = params == null ? new Object[1] : Arrays.copyOf(params, params.length + 1);
      all[all.length - 1] = thrown;
      return all;
    }

    /** SLF4J passes the exception as the last parameter; logback finds it there only later. */
    private static Throwable lastThrowable(Object[] params) {
      return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
  }
}
