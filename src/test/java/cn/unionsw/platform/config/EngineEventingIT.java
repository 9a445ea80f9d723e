package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0030: the engine publishes none of its execution, task or history events as Spring events (the starter's bridge
 * is off; nothing of the platform listened), while its own history is written as before.
 */
@PlatformIT
class EngineEventingIT {

  private static final String BRIDGE = "org.camunda.bpm.spring.boot.starter.event.";

  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Test
  void shouldParseModelsWithoutTheSpringEventBridge() {
    List<Object> listeners = new ArrayList<>();
    listeners.addAll(engine.getCustomPreBPMNParseListeners() == null ? List.of()
        : engine.getCustomPreBPMNParseListeners());
    listeners.addAll(engine.getCustomPostBPMNParseListeners() == null ? List.of()
        : engine.getCustomPostBPMNParseListeners());

    assertThat(listeners).isNotEmpty().noneMatch(listener -> listener.getClass().getName().startsWith(BRIDGE));
  }

  @Test
  void shouldHandleHistoryEventsInTheDatabaseOnly() {
    List<HistoryEventHandler> handlers = new ArrayList<>(engine.getCustomHistoryEventHandlers() == null ? List.of()
        : engine.getCustomHistoryEventHandlers());
    handlers.add(engine.getHistoryEventHandler());

    assertThat(handlers).noneMatch(handler -> handler.getClass().getName().startsWith(BRIDGE));
    assertThat(engine.getHistoryEventHandler()).isInstanceOf(CompositeHistoryEventHandler.class);
  }
}
