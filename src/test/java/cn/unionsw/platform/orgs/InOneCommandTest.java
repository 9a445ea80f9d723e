package cn.unionsw.platform.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;

public class InOneCommandTest {

  /** An engine whose command executor runs a command at once, without a context (for tests of callers). */
  public static ProcessEngineConfigurationImpl direct() {
    ProcessEngineConfigurationImpl engine = mock(ProcessEngineConfigurationImpl.class);
    CommandExecutor executor = mock(CommandExecutor.class);
    when(engine.getCommandExecutorTxRequired()).thenReturn(executor);
    when(executor.execute(any())).thenAnswer(call -> ((Command<?>) call.getArgument(0)).execute(null));
    return engine;
  }

  @Test
  void shouldRunTheWorkAsOneCommandOfTheTransactionRequiringExecutor() {
    ProcessEngineConfigurationImpl engine = direct();

    assertThat(InOneCommand.call(engine, () -> "done")).isEqualTo("done");
    verify(engine.getCommandExecutorTxRequired(), times(1)).execute(any());
  }
}
