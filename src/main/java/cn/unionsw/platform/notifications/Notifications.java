package cn.unionsw.platform.notifications;

import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform's notifications to its users (an urge, a copy, …): any feature sends one with {@link #send}; it is kept
 * for its user, who lists and marks them read through {@code /api/notifications} and sees the unread count in
 * Tasklist. Each {@link NotificationChannel} ({@link MailChannel}, when a mail server is configured) also gets it
 * once the sender's transaction commits. Events that may be sent again (a job's retry, a timer's second fire) go
 * through {@link #sendOnce}, which keeps one notice per event and user.
 * Times are the engine's clock, which tests move.
 */
@Service
public class Notifications {

  /** A notification's text is cut to this length (the column's). */
  public static final int MAX_MESSAGE = 1000;
  static final int MAX_LISTED = 200;
  static final int MAX_EVENT = 100;

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,31}");

  private final NotificationMapper notifications;
  private final List<NotificationChannel> channels;
  private final ZoneId zone;

  Notifications(NotificationMapper notifications, List<NotificationChannel> channels,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.notifications = notifications;
    this.channels = List.copyOf(channels);
    this.zone = ZoneId.of(zone);
  }

  /** Keeps a notice for its user and hands it to the other channels after the commit; answers it as kept. */
  @Transactional
  public Notification send(Notice notice) {
    Notice clean = checked(notice);
    var row = new NotificationMapper.NewRow(clean, now());
    notifications.insert(row);
    Notification kept = new Notification(row.getId(), clean.userId(), clean.kind(), clean.message(),
        clean.caseNumber(), clean.processInstanceId(), clean.taskId(), row.getCreatedAt(), null);
    afterCommit(kept);
    return kept;
  }

  /**
   * Keeps the notices of one event (its key from {@link NoticeKind#event}) for users who have not had it yet, in one
   * insert, and hands those to the other channels after the commit: a retried job or a timer that fires again sends
   * nobody anything twice (a unique index holds it against two transactions at once, the later one failing). A user
   * named twice is sent it once. Answers how many were sent now.
   */
  @Transactional
  public int sendOnce(String event, Collection<Notice> notices) {
    if (event == null || event.isBlank() || event.length() > MAX_EVENT) {
      throw new IllegalArgumentException("An event key of at most " + MAX_EVENT + " characters: " + event);
    }
    Map<String, Notice> byUser = new LinkedHashMap<>();
    notices.forEach(notice -> byUser.putIfAbsent(notice.userId(), checked(notice)));
    if (byUser.isEmpty()) {
      return 0;
    }
    new HashSet<>(notifications.notified(event, byUser.keySet())).forEach(byUser::remove);
    if (byUser.isEmpty()) {
      return 0;
    }
    notifications.insertAll(event, byUser.values(), now());
    if (!channels.isEmpty()) {
      notifications.ofEvent(event, byUser.keySet()).forEach(this::afterCommit);
    }
    return byUser.size();
  }

  private static Notice checked(Notice notice) {
    if (notice.userId() == null || notice.userId().isBlank() || notice.kind() == null
        || !KIND.matcher(notice.kind()).matches() || notice.message() == null || notice.message().isBlank()) {
      // The senders are the platform's own features: a bad notice is a fault of ours, not the user's.
      throw new IllegalArgumentException("A notice needs a user, an upper-case kind and a text: " + notice);
    }
    String text = notice.message().strip();
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE - 1) + "…";
    }
    return new Notice(notice.userId(), notice.kind(), text, notice.caseNumber(), notice.processInstanceId(),
        notice.taskId());
  }

  /** The user's notifications, the newest first: all, or the unread only. */
  public List<Notification> of(String userId, boolean unreadOnly, int max) {
    if (max < 1 || max > MAX_LISTED) {
      throw Refusal.invalid("maxResults", "每次最多列出 " + MAX_LISTED + " 条，至少 1 条");
    }
    return unreadOnly ? notifications.unread(userId, max) : notifications.all(userId, max);
  }

  public int unread(String userId) {
    return notifications.countUnread(userId);
  }

  /** Marks one of the user's notifications read (again: it stays read since the first time). */
  @Transactional
  public Notification read(long id, String userId) {
    notifications.read(id, userId, now());
    Notification read = notifications.find(id, userId);
    if (read == null) {
      throw Refusal.notFound("notification", "没有这条通知: " + id);
    }
    return read;
  }

  /** Marks all the user's unread notifications read; answers how many. */
  @Transactional
  public int readAll(String userId) {
    return notifications.readAll(userId, now());
  }

  private LocalDateTime now() {
    // To the second: MySQL and MariaDB round a fraction into the next second.
    return EngineTime.now(zone);
  }

  private void afterCommit(Notification notification) {
    if (channels.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      deliver(notification);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        deliver(notification);
      }
    });
  }

  private void deliver(Notification notification) {
    for (NotificationChannel channel : channels) {
      try {
        channel.deliver(notification);
      } catch (RuntimeException e) {
        log.warn("Notification {} to {} not delivered by {}: {}", notification.id(), notification.userId(),
            channel.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
