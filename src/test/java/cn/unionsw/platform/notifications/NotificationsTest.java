package cn.unionsw.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Notifications kept per user, read by their user alone, handed to other channels only once the sender commits. */
class NotificationsTest {

  final InMemoryNotifications rows = new InMemoryNotifications();
  final List<Notification> mailed = new ArrayList<>();
  final Notifications notifications = new Notifications(rows, List.of(mailed::add, failing()), "Asia/Shanghai");

  @AfterEach
  void reset() {
    ClockUtil.reset();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void shouldKeepANoticeForItsUserAloneAndMarkItReadOnce() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-09-30T01:00:00.700Z")));
    Notification sent = notifications.send(new Notice("sjzreviewer", "URGE", "  请尽快审核  ", "岗申〔2026〕正定 0001",
        "pi", "task"));

    assertThat(sent.message()).isEqualTo("请尽快审核");
    assertThat(sent.createdAt()).isEqualTo(LocalDateTime.of(2026, 9, 30, 9, 0, 0));
    assertThat(notifications.unread("sjzreviewer")).isOne();
    assertThat(notifications.unread("zdclerk")).isZero();
    assertThatThrownBy(() -> notifications.read(sent.id(), "zdclerk")).isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-09-30T02:00:00Z")));
    LocalDateTime read = notifications.read(sent.id(), "sjzreviewer").readAt();
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-09-30T03:00:00Z")));
    assertThat(notifications.read(sent.id(), "sjzreviewer").readAt()).as("read since the first time").isEqualTo(read);
    assertThat(notifications.unread("sjzreviewer")).isZero();
    assertThat(notifications.of("sjzreviewer", true, 50)).isEmpty();
    assertThat(notifications.of("sjzreviewer", false, 50)).hasSize(1);
  }

  @Test
  void shouldCutALongTextAndRefuseANoticeWithoutKindOrText() {
    Notification sent = notifications.send(new Notice("lcclerk", "COPY", "抄".repeat(1200), null, null, null));

    assertThat(sent.message()).hasSize(Notifications.MAX_MESSAGE).endsWith("…");
    assertThatThrownBy(() -> notifications.send(new Notice("lcclerk", "copy", "x", null, null, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.send(new Notice("lcclerk", "COPY", " ", null, null, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.of("lcclerk", false, 201)).isInstanceOf(Refusal.class);
  }

  @Test
  void shouldHandANoticeToTheOtherChannelsOnlyOnceTheSenderHasCommitted() {
    TransactionSynchronizationManager.initSynchronization();
    notifications.send(new Notice("lcclerk", "COPY", "抄送给您", null, null, null));
    assertThat(mailed).as("not before the commit").isEmpty();

    TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

    assertThat(mailed).extracting(Notification::userId).containsExactly("lcclerk");
  }

  @Test
  void shouldMarkAllOfOnesOwnReadAndNoOneElses() {
    notifications.send(new Notice("zzclerk", "COPY", "一", null, null, null));
    notifications.send(new Notice("zzclerk", "COPY", "二", null, null, null));
    notifications.send(new Notice("dzclerk", "COPY", "三", null, null, null));

    assertThat(notifications.readAll("zzclerk")).isEqualTo(2);
    assertThat(notifications.unread("zzclerk")).isZero();
    assertThat(notifications.unread("dzclerk")).isOne();
  }

  @Test
  void shouldSendTheNoticesOfOneEventToEachUserOnceHoweverOftenItIsSent() {
    TransactionSynchronizationManager.initSynchronization();
    var first = List.of(new Notice("sjzreviewer", "TASK_DUE_SOON", "即将到期", "案件一", "pi", "t1"),
        new Notice("sjzreviewer2", "TASK_DUE_SOON", "即将到期", "案件一", "pi", "t1"),
        new Notice("sjzreviewer", "TASK_DUE_SOON", "即将到期", "案件一", "pi", "t1"));

    assertThat(notifications.sendOnce("TASK_DUE_SOON:t1", first)).as("a user named twice, once").isEqualTo(2);
    assertThat(notifications.sendOnce("TASK_DUE_SOON:t1", first)).as("the timer fired again").isZero();
    assertThat(notifications.sendOnce("TASK_DUE_SOON:t2", first.subList(0, 1))).as("another event").isOne();
    TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

    assertThat(rows.rows).extracting(Notification::userId).containsExactly("sjzreviewer", "sjzreviewer2",
        "sjzreviewer");
    assertThat(mailed).as("each kept notice handed on once").extracting(Notification::taskId)
        .containsExactly("t1", "t1", "t1");
    assertThat(notifications.sendOnce("TASK_DUE_SOON:t3", List.of())).isZero();
    assertThatThrownBy(() -> notifications.sendOnce(" ", first)).isInstanceOf(IllegalArgumentException.class);
  }

  private static NotificationChannel failing() {
    return notification -> {
      throw new IllegalStateException("mail server down");
    };
  }

  /** The table, in memory. */
  static final class InMemoryNotifications implements NotificationMapper {

    final List<Notification> rows = new ArrayList<>();
    final java.util.Map<Long, String> events = new java.util.HashMap<>();

    @Override
    public void insertAll(String event, java.util.Collection<Notice> notices, LocalDateTime createdAt) {
      for (Notice notice : notices) {
        if (!notified(event, List.of(notice.userId())).isEmpty()) {
          throw new org.springframework.dao.DuplicateKeyException("ux_notification_event");
        }
        var row = new NewRow(notice, createdAt);
        insert(row);
        events.put(row.getId(), event);
      }
    }

    @Override
    public List<String> notified(String event, java.util.Collection<String> userIds) {
      return ofEvent(event, userIds).stream().map(Notification::userId).toList();
    }

    @Override
    public List<Notification> ofEvent(String event, java.util.Collection<String> userIds) {
      return rows.stream().filter(row -> event.equals(events.get(row.id())) && userIds.contains(row.userId()))
          .toList();
    }

    @Override
    public void insert(NewRow row) {
      row.setId((long) rows.size() + 1);
      Notice notice = row.getNotice();
      rows.add(new Notification(row.getId(), notice.userId(), notice.kind(), notice.message(), notice.caseNumber(),
          notice.processInstanceId(), notice.taskId(), row.getCreatedAt(), null));
    }

    @Override
    public Notification find(long id, String userId) {
      return rows.stream().filter(row -> row.id() == id && row.userId().equals(userId)).findFirst().orElse(null);
    }

    @Override
    public List<Notification> all(String userId, int max) {
      return rows.stream().filter(row -> row.userId().equals(userId)).limit(max).toList();
    }

    @Override
    public List<Notification> unread(String userId, int max) {
      return rows.stream().filter(row -> row.userId().equals(userId) && row.readAt() == null).limit(max).toList();
    }

    @Override
    public int countUnread(String userId) {
      return unread(userId, Integer.MAX_VALUE).size();
    }

    @Override
    public int read(long id, String userId, LocalDateTime at) {
      Notification found = find(id, userId);
      if (found == null || found.readAt() != null) {
        return 0;
      }
      rows.set(rows.indexOf(found), new Notification(found.id(), found.userId(), found.kind(), found.message(),
          found.caseNumber(), found.processInstanceId(), found.taskId(), found.createdAt(), at));
      return 1;
    }

    @Override
    public int readAll(String userId, LocalDateTime at) {
      int count = 0;
      for (Notification row : List.copyOf(rows)) {
        count += row.userId().equals(userId) ? read(row.id(), userId, at) : 0;
      }
      return count;
    }
  }
}
