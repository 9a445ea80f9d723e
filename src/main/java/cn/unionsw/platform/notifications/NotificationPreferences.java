package cn.unionsw.platform.notifications;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a user receives their notices by e-mail too, all of them or by kind ({@link NoticeKind}). E-mail is on
 * unless the user turns it off (opt-out): the platform's own list keeps every notice whatever they chose. Stored as
 * the kinds turned off, so that a user who never chose costs no row.
 */
@Service
public class NotificationPreferences {

  /** The opt-out of every e-mail, beside the kinds'. */
  static final String ALL = "ALL";

  private final OptOutMapper optOuts;
  private final IdentityService identity;
  private final ObjectProvider<MailChannel> mail;

  NotificationPreferences(OptOutMapper optOuts, IdentityService identity, ObjectProvider<MailChannel> mail) {
    this.optOuts = optOuts;
    this.identity = identity;
    this.mail = mail;
  }

  /**
   * A user's choices: e-mail on or off, each kind on or off (and its label), the address mail goes to (null when the
   * administrator has recorded none), and whether this installation sends e-mail at all.
   */
  public record Preferences(boolean email, Map<String, Boolean> kinds, Map<String, String> labels, String address,
      boolean mailConfigured) {
  }

  /** A change: e-mail on or off, kinds on or off; what is not named stays as it was. */
  public record Change(Boolean email, Map<String, Boolean> kinds) {
  }

  public Preferences of(String userId) {
    Set<String> off = Set.copyOf(optOuts.of(userId));
    Map<String, Boolean> kinds = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (NoticeKind kind : NoticeKind.values()) {
      kinds.put(kind.name(), !off.contains(kind.name()));
      labels.put(kind.name(), kind.label());
    }
    User user = AsPlatform.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    String address = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
    return new Preferences(!off.contains(ALL), kinds, labels, address, mail.getIfAvailable() != null);
  }

  @Transactional
  public Preferences change(String userId, Change change) {
    if (change == null || change.email() == null && change.kinds() == null) {
      throw Refusal.invalid("email", "请指定是否接收邮件通知 (email: true 或 false)，或按类别指定 (kinds)");
    }
    if (change.kinds() != null) {
      for (var entry : change.kinds().entrySet()) {
        if (NoticeKind.of(entry.getKey()).isEmpty()) {
          throw Refusal.invalid("kinds", "没有这类通知，可选 " + List.of(NoticeKind.values()));
        }
        if (entry.getValue() == null) {
          throw Refusal.invalid("kinds", entry.getKey() + " 须为 true 或 false");
        }
      }
      change.kinds().forEach((kind, on) -> set(userId, kind, on));
    }
    if (change.email() != null) {
      set(userId, ALL, change.email());
    }
    return of(userId);
  }

  /** Whether the user wants this kind of notice by e-mail. */
  boolean mailed(String userId, String kind) {
    return optOuts.muted(userId, kind) == 0;
  }

  private void set(String userId, String kind, boolean on) {
    if (on) {
      optOuts.remove(userId, kind);
      return;
    }
    if (!optOuts.of(userId).contains(kind)) {
      try {
        optOuts.add(userId, kind, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
      } catch (DuplicateKeyException sameChangeMeanwhile) {
        // Turned off by another request at the same moment: off it is.
      }
    }
  }
}
