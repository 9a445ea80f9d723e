package cn.unionsw.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The mail a notice becomes, and what keeps one from being sent: the user's opt-out, no address, a server down. */
class MailChannelTest {

  final JavaMailSender sender = mock(JavaMailSender.class);
  final NotificationPreferences preferences = mock(NotificationPreferences.class);
  final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  final MailChannel channel = new MailChannel(sender, preferences, identity, "notices@example.org",
      "https://unionsw.example.org/camunda/app/tasklist/default", 10);
  final Notification notice = new Notification(7, "sjzreviewer", "TASK_CREATED", "「市级工会初审」待您办理。",
      "岗申〔2026〕正定 0001", "pi", "task-1", LocalDateTime.of(2026, 11, 30, 9, 0), null);

  @AfterEach
  void stop() throws InterruptedException {
    channel.destroy();
  }

  @Test
  void shouldWriteTheNoticeInChineseWithTheCaseNumberAndALinkToTheTask() {
    SimpleMailMessage mail = channel.message(notice, user("sjzreviewer@demo.unionsw.cn"));

    assertThat(mail.getFrom()).isEqualTo("notices@example.org");
    assertThat(mail.getTo()).containsExactly("sjzreviewer@demo.unionsw.cn");
    assertThat(mail.getSubject()).isEqualTo("【工会社会工作岗位管理平台】新待办：案件 岗申〔2026〕正定 0001");
    assertThat(mail.getText()).startsWith("张三，您好：").contains("「市级工会初审」待您办理。",
        "案件编号：岗申〔2026〕正定 0001",
        "https://unionsw.example.org/camunda/app/tasklist/default/#/?task=task-1", "案件跟踪");
  }

  @Test
  void shouldSendOnlyToAUserWhoWantsThatKindByMailAndHasAnAddress() {
    when(preferences.mailed("sjzreviewer", "TASK_CREATED")).thenReturn(false);
    channel.deliver(notice);
    await().until(channel::idle);
    verify(sender, never()).send(any(SimpleMailMessage.class));

    when(preferences.mailed("sjzreviewer", "TASK_CREATED")).thenReturn(true);
    User none = user(null);
    when(identity.createUserQuery().userId("sjzreviewer").singleResult()).thenReturn(none);
    channel.deliver(notice);
    await().until(channel::idle);
    verify(sender, never()).send(any(SimpleMailMessage.class));

    User user = user("sjzreviewer@demo.unionsw.cn");
    when(identity.createUserQuery().userId("sjzreviewer").singleResult()).thenReturn(user);
    doThrow(new MailSendException("Mail server connection failed")).doNothing().when(sender)
        .send(any(SimpleMailMessage.class));
    channel.deliver(notice); // the server is down: logged, nothing thrown at whoever handed it over
    channel.deliver(notice);
    await().until(channel::idle);
    verify(sender, org.mockito.Mockito.times(2)).send(any(SimpleMailMessage.class));
  }

  private static User user(String email) {
    UserEntity user = new UserEntity("sjzreviewer");
    user.setLastName("张");
    user.setFirstName("三");
    user.setEmail(email);
    return user;
  }
}
