package cn.unionsw.platform.notifications;

/**
 * Another way to reach a user besides the platform's own list ({@link MailChannel}, e-mail): a bean
 * implementing this gets every notification once it is kept, after the sender's transaction has committed, so that
 * nothing is mailed about what was rolled back. A channel that fails does not undo the notice.
 */
public interface NotificationChannel {

  void deliver(Notification notification);
}
