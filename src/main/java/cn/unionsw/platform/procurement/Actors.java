package cn.unionsw.platform.procurement;

import org.camunda.bpm.engine.ProcessEngineServices;

/** Who acts in a step: the authenticated user of the command; for an internal call, the task's assignee. */
final class Actors {

  private Actors() {
  }

  static String current(ProcessEngineServices engine, String assignee) {
    var authentication = engine.getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (assignee != null) {
      return assignee;
    }
    throw new IllegalStateException("A procurement step ran without an authenticated user or an assignee");
  }
}
