package cn.unionsw.platform.notifications;

import cn.unionsw.platform.orgs.AsPlatform;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Notices by e-mail, to the address the user's account holds, unless the user turned that kind (or all e-mail) off
 * ({@link NotificationPreferences}). Present only where {@code spring.mail.host} is configured (not in the demo).
 *
 * <p>{@link Notifications} hands a notice over after the sender's transaction has committed; this channel only
 * queues it, and one thread of its own talks to the mail server, so that neither an engine transaction nor the
 * thread that committed it ever waits for SMTP. The queue is bounded: when the server is slow for long, what does not
 * fit is dropped and logged. A server that is down is a warning in the log, never an incident or a rolled-back case:
 * the notice in the platform's own list is kept whatever becomes of its mail.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailChannel implements NotificationChannel, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

  private final JavaMailSender sender;
  private final NotificationPreferences preferences;
  private final IdentityService identity;
  private final String from;
  private final String tasklist;
  private final ThreadPoolExecutor queue;
  private final AtomicLong lastWarned = new AtomicLong();
  private final AtomicInteger unsent = new AtomicInteger();
  private final AtomicInteger pending = new AtomicInteger();

  MailChannel(JavaMailSender sender, NotificationPreferences preferences, IdentityService identity,
      @Value("${platform.mail.from:unionsw-noreply@localhost}") String from,
      @Value("${platform.mail.tasklist-url:http://localhost:8080/camunda/app/tasklist/default/}") String tasklist,
      @Value("${platform.mail.queue-capacity:1000}") int capacity) {
    this.sender = sender;
    this.preferences = preferences;
    this.identity = identity;
    this.from = from;
    this.tasklist = tasklist.endsWith("/") ? tasklist : tasklist + "/";
    AtomicInteger threads = new AtomicInteger();
    this.queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
        work -> {
          Thread thread = new Thread(work, "notification-mail-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        },
        (work, executor) -> {
          pending.decrementAndGet();
          log.warn("Mail queue full ({} waiting): a notice's e-mail is dropped; the notice stays in the platform",
              executor.getQueue().size());
        });
  }

  @Override
  public void deliver(Notification notification) {
    pending.incrementAndGet();
    queue.execute(() -> {
      try {
        mail(notification);
      } finally {
        pending.decrementAndGet();
      }
    });
  }

  private void mail(Notification notification) {
    try {
      if (!preferences.mailed(notification.userId(), notification.kind())) {
        return;
      }
      User user = AsPlatform.call(identity, () -> identity.createUserQuery().userId(notification.userId())
          .singleResult());
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        return;
      }
      sender.send(message(notification, user));
    } catch (RuntimeException e) {
      // A server down or refusing (MailException), an unknown user: the notice stays in the platform's list.
      unmailed(notification, e);
    }
  }

  /** Whether every mail handed over so far has been sent or given up (for tests, which wait for it). */
  boolean idle() {
    return pending.get() == 0;
  }

  /** A server that is down fails every mail: warned of once a minute with the count, each one at DEBUG. */
  private void unmailed(Notification notification, RuntimeException e) {
    int count = unsent.incrementAndGet();
    long now = System.currentTimeMillis();
    long last = lastWarned.get();
    if (now - last >= 60_000 && lastWarned.compareAndSet(last, now)) {
      unsent.set(0);
      log.warn("{} notice(s) not mailed in the last minute, the latest {} to {}: {}", count, notification.id(),
          notification.userId(), reason(e));
    } else {
      log.debug("Notice {} to {} not mailed: {}", notification.id(), notification.userId(), reason(e));
    }
  }

  /** One line: what the mail server or the network said (a send failure's own text lists every cause's trace). */
  private static String reason(RuntimeException e) {
    Throwable cause = e instanceof MailSendException failed && failed.getMessageExceptions().length > 0
        ? failed.getMessageExceptions()[0] : e;
    return e.getClass().getSimpleName() + ": " + NestedExceptionUtils.getMostSpecificCause(cause);
  }

  SimpleMailMessage message(Notification notification, User user) {
    var message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(user.getEmail());
    String label = NoticeKind.labelOf(notification.kind());
    message.setSubject("【工会社会工作岗位管理平台】" + label
        + (notification.caseNumber() == null ? "" : "：案件 " + notification.caseNumber()));
    StringBuilder body = new StringBuilder();
    String name = ((user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
    body.append(name.isEmpty() ? user.getId() : name).append("，您好：\n\n").append(notification.message()).append("\n\n");
    if (notification.caseNumber() != null) {
      body.append("案件编号：").append(notification.caseNumber()).append('\n');
    }
    if (notification.taskId() != null) {
      body.append("在任务列表中打开：").append(tasklist).append("#/?task=").append(notification.taskId()).append('\n');
    }
    body.append("\n此邮件由平台自动发送，请勿回复。不想接收邮件通知，可在任务列表右上角「案件跟踪」中关闭。\n");
    message.setText(body.toString());
    return message;
  }

  /** Mail still queued at shutdown is given a few seconds, then dropped (the notices stay in the platform). */
  @Override
  public void destroy() throws InterruptedException {
    queue.shutdown();
    queue.awaitTermination(5, TimeUnit.SECONDS);
  }
}
