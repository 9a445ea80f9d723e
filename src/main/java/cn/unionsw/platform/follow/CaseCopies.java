package cn.unionsw.platform.follow;

import cn.unionsw.platform.notifications.Notice;
import cn.unionsw.platform.notifications.NoticeKind;
import cn.unionsw.platform.notifications.Notifications;
import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.review.CaseFile;
import cn.unionsw.platform.review.CaseWatchers;
import cn.unionsw.platform.review.Cases;
import cn.unionsw.platform.review.OpenTasks;
import cn.unionsw.platform.review.Watch;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: the case's starter, whoever acts on one of its open steps or has acted on it copies the case to users and to
 * organisations (each of the organisation's members at the time) for information. Each recipient follows the case
 * from then on ({@link Watch#COPY}: it is listed in 抄送我的 and they read that case alone), the copy is recorded,
 * and each recipient is notified once.
 */
@Service
class CaseCopies {

  static final int MAX_RECIPIENTS = 50;
  static final int MAX_NOTE = 500;
  static final String NOTICE = NoticeKind.COPY.name();
  /** Camunda's default user id whitelist: no user outside it can exist. */
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+");

  private final Cases cases;
  private final CaseWatchers watchers;
  private final OpenTasks openTasks;
  private final OrgAccess access;
  private final OrgService orgs;
  private final IdentityService identity;
  private final CopyMapper copies;
  private final Notifications notifications;
  private final Deadlines deadlines;
  private final CaseViews views;

  CaseCopies(Cases cases, CaseWatchers watchers, OpenTasks openTasks, OrgAccess access, OrgService orgs,
      IdentityService identity, CopyMapper copies, Notifications notifications, Deadlines deadlines, CaseViews views) {
    this.cases = cases;
    this.watchers = watchers;
    this.openTasks = openTasks;
    this.access = access;
    this.orgs = orgs;
    this.identity = identity;
    this.copies = copies;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.views = views;
  }

  /** What a copy asks: users and organisations (at least one recipient), and a note. */
  record CopyRequest(List<String> users, List<String> organisations, String note) {
  }

  /** The copy as made: to whom (each once), when. */
  record CopyResult(String processInstanceId, String caseNumber, List<String> recipients, LocalDateTime copiedAt) {
  }

  @Transactional
  CopyResult copy(String processInstanceId, String callerId, CopyRequest request) {
    List<String> users = request.users() == null ? List.of() : request.users();
    List<String> organisations = request.organisations() == null ? List.of() : request.organisations();
    String note = checkedNote(request.note());
    checkShapes(users, organisations);
    CaseFile file = cases.reachable(processInstanceId, callerId)
        .orElseThrow(() -> Refusal.notFound("case", "没有这个案件: " + Problems.quote(processInstanceId)));
    if (!mayCopy(file, callerId)) {
      throw Refusal.forbidden("只有发起人、正在或曾经办理本案件的人员可以抄送");
    }
    Map<String, String> recipients = recipients(users, organisations, callerId);
    LocalDateTime now = deadlines.now();
    String text = who(callerId) + " 将案件 " + file.caseNumber() + "（" + views.processName(file)
        + "）抄送给您" + (note == null ? "，请知悉。" : "：" + note);
    recipients.forEach((userId, organisation) -> {
      copies.insert(processInstanceId, new CopyMapper.Copy(callerId, userId, organisation, note, now));
      watchers.add(processInstanceId, userId, Watch.COPY, callerId);
      notifications.send(new Notice(userId, NOTICE, text, file.caseNumber(), processInstanceId, null));
    });
    return new CopyResult(processInstanceId, file.caseNumber(), List.copyOf(recipients.keySet()), now);
  }

  /** Whether the user may copy this case: its starter, one who acts on an open step, one who has acted on it. */
  boolean mayCopy(CaseFile file, String userId) {
    var reach = access.reachOf(userId);
    return file.starterId().equals(userId)
        || watchers.kinds(file.processInstanceId(), userId).contains(Watch.HANDLED)
        || openTasks.of(file.processInstanceId()).stream().anyMatch(open -> open.actedOnBy(reach));
  }

  private static String checkedNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > MAX_NOTE) {
      throw Refusal.invalid("note", "附言最多 " + MAX_NOTE + " 个字，收到 " + note.strip().length() + " 个");
    }
    return note.strip();
  }

  private static void checkShapes(List<String> users, List<String> organisations) {
    if (users.isEmpty() && organisations.isEmpty()) {
      throw Refusal.invalid("users", "请至少指定一位抄送人或一个抄送单位");
    }
    if (users.size() > MAX_RECIPIENTS) {
      throw Refusal.invalid("users", "一次最多抄送 " + MAX_RECIPIENTS + " 人");
    }
    if (organisations.size() > MAX_RECIPIENTS) {
      throw Refusal.invalid("organisations", "一次最多抄送 " + MAX_RECIPIENTS + " 个单位");
    }
    for (String user : users) {
      if (user == null || !USER_ID.matcher(user).matches() || user.length() > 64) {
        throw Refusal.invalid("users", "用户名只含字母和数字: " + Problems.quote(user));
      }
    }
    for (String code : organisations) {
      if (code == null || !Codes.isValid(code)) {
        throw Refusal.invalid("organisations", "组织代码格式应为 HE-SJZ-ZD: " + Problems.quote(code));
      }
    }
  }

  /** Each recipient once, with the organisation they were reached through (null when named); never the caller. */
  private Map<String, String> recipients(List<String> users, List<String> organisations, String callerId) {
    Map<String, String> recipients = new LinkedHashMap<>();
    for (String user : users) {
      if (AsPlatform.call(identity, () -> identity.createUserQuery().userId(user).count()) == 0) {
        throw Refusal.invalid("users", "没有这个用户: " + Problems.quote(user));
      }
      recipients.put(user, null);
    }
    for (String code : organisations) {
      if (orgs.find(code).isEmpty()) {
        throw Refusal.invalid("organisations", "没有这个单位: " + Problems.quote(code));
      }
      List<User> members = AsPlatform.call(identity, () -> identity.createUserQuery().memberOfGroup(code)
          .orderByUserId().asc().listPage(0, MAX_RECIPIENTS + 1));
      for (User member : members) {
        if (!recipients.containsKey(member.getId())) { // named ones keep null: putIfAbsent would overwrite it
          recipients.put(member.getId(), code);
        }
      }
    }
    recipients.remove(callerId);
    if (recipients.isEmpty()) {
      throw Refusal.invalid("users", "抄送人不能只有自己" + (organisations.isEmpty() ? "" : "（所选单位没有其他成员）"));
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      throw Refusal.invalid("organisations", "一次最多抄送 " + MAX_RECIPIENTS + " 人（含所选单位的全部成员）");
    }
    return recipients;
  }

  private String who(String userId) {
    User user = AsPlatform.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    String name = user == null ? "" : Objects.toString(user.getFirstName(), "") + Objects.toString(user.getLastName(), "");
    return name.isBlank() ? userId : name + "（" + userId + "）";
  }
}
