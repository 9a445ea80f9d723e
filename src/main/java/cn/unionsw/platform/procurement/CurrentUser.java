package cn.unionsw.platform.procurement;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;

/** Who is acting in a delegate: the user completing the step that led here, or the platform (a timer). */
final class CurrentUser {

  static final String PLATFORM = "system";

  private CurrentUser() {
  }

  static String of(VariableScope scope) {
    var context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user == null ? PLATFORM : user;
  }
}
