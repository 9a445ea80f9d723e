package cn.unionsw.platform.procurement;

import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who is acting in a delegate: the user whose completion of a step led here (the engine runs the service tasks after
 * a user task in that completion's command), or the platform when no one is logged in (a timer, a job).
 */
final class CurrentUser {

  static final String PLATFORM = "system";

  private CurrentUser() {
  }

  static String id() {
    var context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user == null ? PLATFORM : user;
  }
}
