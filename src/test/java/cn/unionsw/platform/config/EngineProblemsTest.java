package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * What Camunda refuses with a bare exception is the request's mistake when the request made it, and a fault of ours
 * when the platform's own delegate or listener did.
 */
class EngineProblemsTest {

  @Test
  void shouldAnswerAQueryTheRequestBuiltWith400NamingTheField() {
    var response = EngineProblems.toResponse(new ProcessEngineException("Candidate group list is empty"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) response.getEntity()).get("field")).isEqualTo("candidateGroups");
  }

  @Test
  void shouldAnswerTheSameRefusalUnderADelegateAsAFaultOfOurs() {
    var underDelegate = new ProcessEngineException("Candidate group list is empty");
    underDelegate.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.camunda.bpm.engine.impl.TaskQueryImpl", "taskCandidateGroupIn", null, 1),
        new StackTraceElement("cn.unionsw.platform.review.TaskActors", "actors", null, 1),
        new StackTraceElement("org.camunda.bpm.engine.impl.delegate.DelegateInvocation", "proceed", null, 1)});

    var response = EngineProblems.toResponse(new ProcessEngineException("wrapped", underDelegate));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(((Map<?, ?>) response.getEntity()).get("field")).isNull();
  }
}
