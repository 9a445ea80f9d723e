package cn.unionsw.platform.review;

import cn.unionsw.platform.config.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.EvaluateDecisionCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins what the engine guard reads from Camunda 7.24's commands: an upgrade that renames a field fails here, not
 * silently at a door; and which commands count as reads.
 */
class CommandsTest {

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd, instantiationBuilder",
      "org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl, processVariables",
      "org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd, processDefinitionId",
      "org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd, variables",
      "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd, taskId",
      "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd, variables",
      "org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd, variables",
      "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd, taskId",
      "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd, properties",
      "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd, taskId",
      "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd, userId",
      "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd, taskId",
      "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd, userId",
      "org.camunda.bpm.engine.impl.cmd.AddCommentCmd, taskId",
      "org.camunda.bpm.engine.impl.cmd.AddCommentCmd, processInstanceId",
      "org.camunda.bpm.engine.impl.cmd.AddCommentCmd, message",
      "org.camunda.bpm.engine.impl.cmd.SaveUserCmd, user",
      "org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd, variables",
      "org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd, variables",
      "org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd, builder",
      "org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl, payloadProcessInstanceVariables",
      "org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl, payloadProcessInstanceVariablesLocal",
      "org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl, payloadProcessInstanceVariablesToTriggeredScope",
      "org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd, builder",
      "org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl, variables",
      "org.camunda.bpm.engine.impl.dmn.cmd.EvaluateDecisionCmd, variables"})
  void shouldFindTheFieldsTheGuardReads(String type, String field) throws Exception {
    Class<?> command = Class.forName(type);
    boolean found = false;
    for (Class<?> current = command; current != null; current = current.getSuperclass()) {
      found |= java.util.Arrays.stream(current.getDeclaredFields()).anyMatch(f -> f.getName().equals(field));
    }
    assertThat(found).as(type + " has " + field).isTrue();
  }

  @Test
  void shouldReadAndReplaceTheVariablesOfACompletion() {
    var command = new CompleteTaskCmd("task-1", Map.of("decision", "APPROVE"));

    Commands.set(command, "variables", Map.of("decision", "REJECT"));

    assertThat(Commands.text(command, "taskId")).isEqualTo("task-1");
    assertThat(Commands.variables(command, "variables")).containsEntry("decision", "REJECT");
  }

  @Test
  void shouldCountQueriesAndLookUpsAsReadsAndNothingThatWrites() {
    assertThat(EngineGuard.isRead(new TaskQueryImpl())).isTrue();
    assertThat(EngineGuard.isRead(new GetTaskFormVariablesCmd("t", null, true))).isTrue();
    assertThat(EngineGuard.isRead(org.mockito.Mockito.mock(EvaluateDecisionCmd.class))).isTrue();
    for (Command<?> write : new Command<?>[] {new HandleTaskBpmnErrorCmd("t", "e"),
        new SetTaskVariablesCmd("t", Map.of(), false), new DelegateTaskCmd("t", "u"),
        new CreateAttachmentCmd("a", "t", null, "n", "d", null, "http://x"),
        new EvaluateStartConditionCmd(null), new SaveUserCmd(null), new ResolveTaskCmd("t", Map.of()),
        new ClaimTaskCmd("t", "u"), new AssignTaskCmd("t", "u"), new AddCommentCmd("t", null, "m"),
        new SubmitTaskFormCmd("t", Map.of(), false, false), new SubmitStartFormCmd("p", null, Map.of())}) {
      assertThat(EngineGuard.isRead(write)).as(write.getClass().getSimpleName()).isFalse();
    }
  }
}
