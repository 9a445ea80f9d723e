package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefusalLoggingTest {

  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Logger engine;

  @BeforeEach
  void logToAList() {
    var filter = new RefusalLogging.RefusalsAtDebug();
    filter.start();
    context.addTurboFilter(filter);
    events.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.DEBUG);
    root.addAppender(events);
    engine = context.getLogger(RefusalLogging.COMMAND_CONTEXT_LOGGER);
  }

  @Test
  void shouldLogARefusedCompletionAtDebug() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener",
            new Refusal("comment", "不同意时须填写意见（理由）")));

    engine.error("ENGINE-16004 Exception while closing command context: {}", wrapped.getMessage(), wrapped);

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
      assertThat(event.getFormattedMessage()).startsWith("ENGINE-16004");
      assertThat(event.getThrowableProxy().getClassName()).isEqualTo(ProcessEngineException.class.getName());
    });
  }

  @Test
  void shouldLogARefusalPassedAsTheThrowableAtDebugWithItsStackTrace() {
    var wrapped = new ProcessEngineException("ENGINE-03051", new Refusal("comment", "不同意时须填写意见（理由）"));

    engine.error("ENGINE-16004 Exception while closing command context", wrapped);

    assertThat(events.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
      assertThat(event.getThrowableProxy()).isNotNull();
    });
  }

  @Test
  void shouldKeepCamundasOwnBadRequestsFromInsideADelegateAnError() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new NotFoundException("ENGINE-03040 No task found with id 'missing'"));

    engine.error("ENGINE-16004 Exception while closing command context: {}", wrapped.getMessage(), wrapped);

    assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
  }

  @Test
  void shouldKeepEveryOtherEngineErrorAnError() {
    var failure = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation");

    engine.error("ENGINE-16004 Exception while closing command context: {}", failure.getMessage(), failure);
    context.getLogger("cn.unionsw.platform").error("refused", new BadUserRequestException("elsewhere"));

    assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
  }
}
