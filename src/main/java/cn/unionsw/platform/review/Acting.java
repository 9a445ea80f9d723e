package cn.unionsw.platform.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who is acting in a listener or delegate: the user authenticated for the command (a completion runs the service
 * tasks after it in the same command); for a task without one (an internal call), its assignee; else the platform
 * (a timer, a job). The one rule for every process's record of who did what.
 */
public final class Acting {

  /** The name recorded when no user acts. */
  public static final String PLATFORM = "system";

  private Acting() {
  }

  /** The authenticated user of the command in progress, or {@link #PLATFORM}. */
  public static String user() {
    var context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    return user == null ? PLATFORM : user;
  }

  /** Whoever completes or works the task: the authenticated user, else its assignee, else {@link #PLATFORM}. */
  public static String user(DelegateTask task) {
    var context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : PLATFORM;
  }
}
