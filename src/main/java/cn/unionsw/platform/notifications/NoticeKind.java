package cn.unionsw.platform.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notice a user can choose not to receive by e-mail, with the words a mail's subject and the preferences
 * switch show. The platform keeps every notice in its own list whatever the user chose: a kind sent that is not named
 * here is kept and mailed like the others, but cannot be turned off on its own.
 */
public enum NoticeKind {
  TASK_CREATED("新待办"),
  TASK_DUE_SOON("即将到期"),
  TASK_OVERDUE("已超期"),
  TASK_ESCALATED("超期升级督办"),
  URGE("催办"),
  COPY("抄送");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The key of one event of this kind, on one task or case: each user receives it once ({@code TASK_CREATED:42}). */
  public String event(String... of) {
    return name() + ":" + String.join(":", of);
  }

  static Optional<NoticeKind> of(String kind) {
    return Arrays.stream(values()).filter(known -> known.name().equals(kind)).findFirst();
  }

  /** What a mail's subject calls a notice of this kind: the kind's label, or 通知 for one not listed. */
  static String labelOf(String kind) {
    return of(kind).map(NoticeKind::label).orElse("通知");
  }
}
