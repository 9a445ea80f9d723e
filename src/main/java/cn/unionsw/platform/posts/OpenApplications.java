package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.APPLICATION_TYPE;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.REQUESTED_POSTS;
import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.UNIT_CODE;

import cn.unionsw.platform.orgs.AsPlatform;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;

/**
 * The post applications still open (Art. 10): what they ask for counts against a unit's quota before any of them is
 * approved. Read from the engine's running cases, as the platform (the applicant may not see the others).
 */
@Service
class OpenApplications {

  private final RuntimeService runtime;
  private final IdentityService identity;

  OpenApplications(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The posts that the open applications for new posts of this unit ask for, this case aside. */
  int requestedPosts(String unitCode, String exceptProcessInstanceId) {
    return AsPlatform.call(identity, () -> {
      // From the unit's code in the variables (indexed by name and text, config/EngineIndexes) to its cases: a
      // process instance query with the same condition reads every open application of the province first.
      Set<String> ofUnit = runtime.createVariableInstanceQuery()
          .variableValueEquals(UNIT_CODE.name(), unitCode)
          .list().stream()
          .map(VariableInstance::getProcessInstanceId)
          .filter(id -> id != null && !id.equals(exceptProcessInstanceId))
          .collect(Collectors.toSet());
      if (ofUnit.isEmpty()) {
        return 0;
      }
      List<String> others = runtime.createProcessInstanceQuery()
          .processInstanceIds(ofUnit)
          .processDefinitionKey(PostApplicationProcess.KEY)
          .variableValueEquals(APPLICATION_TYPE.name(), ApplicationType.NEW.name())
          .list().stream()
          .map(ProcessInstance::getId)
          .toList();
      if (others.isEmpty()) {
        return 0;
      }
      return runtime.createVariableInstanceQuery()
          .processInstanceIdIn(others.toArray(String[]::new))
          .variableName(REQUESTED_POSTS.name())
          .list().stream()
          .map(variable -> (Number) variable.getValue())
          .filter(Objects::nonNull)
          .mapToInt(Number::intValue)
          .sum();
    });
  }
}
