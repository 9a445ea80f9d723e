package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The review record of every case, as rows: who (user, role, organisation), which step, when, the decision and the
 * comment; and what else was done with a step (a co-reviewer added or removed, a transfer), so that the record tells
 * the whole story. Forms show it through a task-local text cut to fit one variable; Tasklist and {@code /api} read
 * the rows. The comment rule of CONTRACT.md is enforced here, on the server: required unless APPROVE.
 */
@Service
public class ReviewRecord {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** A form shows this much of one comment; the rows keep it whole. */
  private static final int SHOWN_COMMENT = 300;

  private final ReviewMapper reviews;
  private final OrgService orgs;
  private final Declarations declarations;

  ReviewRecord(ReviewMapper reviews, OrgService orgs, Declarations declarations) {
    this.reviews = reviews;
    this.orgs = orgs;
    this.declarations = declarations;
  }

  /** What a row of the record is. Opinions (a decision with its comment) count for four eyes; the rest is told. */
  public enum Kind {
    /** The step's decision by its reviewer. */
    REVIEW(true),
    /** A co-reviewer's (加签人) opinion before the reviewer, or decision after them. */
    CO_REVIEW(true),
    CO_REVIEWER_ADDED(false),
    CO_REVIEWER_REMOVED(false),
    /** The step ended (decided, returned, withdrawn) before the co-reviewer acted. */
    CO_REVIEWER_DROPPED(false),
    /** Handed for good to a colleague (转办). */
    TRANSFER(false);

    private final boolean opinion;

    Kind(boolean opinion) {
      this.opinion = opinion;
    }

    public boolean opinion() {
      return opinion;
    }
  }

  /**
   * One row as recorded. {@code returnedTo} is the step a return sent the case back to, where the kernel did it
   * (退回至); {@code targetUser} whom a transfer or a co-reviewer row names.
   */
  public record Entry(String processInstanceId, String processKey, String taskKey, String stepLabel, String taskId,
      String reviewerId, String reviewerRole, String reviewerOrg, Kind kind, ReviewDecision decision,
      String reviewComment, String returnedTo, String targetUser, LocalDateTime reviewedAt) {
  }

  /** Who acted: user, role and home organisation. */
  record Actor(String userId, String role, String org) {
  }

  /** Checks and records a review made on a step's task. */
  Entry record(String processInstanceId, String processKey, Step step, String taskId, String reviewerId,
      String reviewerOrg, ReviewDecision decision, String comment) {
    return opinion(Kind.REVIEW, processInstanceId, processKey, step, taskId,
        new Actor(reviewerId, step.role(), reviewerOrg), decision, comment, null);
  }

  /** Checks and records an opinion: a review, a co-review, or a return to an earlier step ({@code returnedTo}). */
  Entry opinion(Kind kind, String processInstanceId, String processKey, Step step, String taskId, Actor actor,
      ReviewDecision decision, String comment, String returnedTo) {
    if (decision == null) {
      throw new Refusal(Review.DECISION.name(), "须为 APPROVE（同意）、REJECT（不同意）或 RETURN（退回修改）");
    }
    if (decision == ReviewDecision.RETURN && !step.allows(Step.Action.RETURN)) {
      throw new Refusal(Review.DECISION.name(), step.label() + "不能退回修改，只能同意或不同意");
    }
    String text = comment(comment, Review.COMMENT.name());
    if (decision != ReviewDecision.APPROVE && text == null) {
      throw new Refusal(Review.COMMENT.name(), decision.label() + "时须填写意见（理由）");
    }
    Entry entry = new Entry(processInstanceId, processKey, step.taskKey(), step.label(), taskId, actor.userId(),
        actor.role(), actor.org(), kind, decision, text, returnedTo, null, null);
    reviews.insert(entry);
    return entry;
  }

  /** Records what was done with a step besides deciding it (a co-reviewer added, a transfer), naming whom. */
  Entry act(Kind kind, String processInstanceId, String processKey, Step step, String taskId, Actor actor,
      String targetUser, String comment) {
    Entry entry = new Entry(processInstanceId, processKey, step.taskKey(), step.label(), taskId, actor.userId(),
        actor.role(), actor.org(), kind, null, comment(comment, "reason"), null, targetUser, null);
    reviews.insert(entry);
    return entry;
  }

  /**
   * A comment or reason as kept: trimmed, null when blank, at most {@link Review#MAX_COMMENT} characters, text only.
   */
  static String comment(String comment, String field) {
    String text = comment == null ? "" : comment.trim();
    if (text.length() > Review.MAX_COMMENT) {
      throw new Refusal(field, "意见最多 " + Review.MAX_COMMENT + " 个字");
    }
    // Line breaks and tabs are a comment's own; other control characters and half a 4-byte character are not text.
    if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
        || Character.getType(c) == Character.SURROGATE)) {
      throw new Refusal(field, "含有控制字符或残缺字符，请删去");
    }
    return text.isEmpty() ? null : text;
  }

  /** Four eyes: each level's review is another person's, also when the province took over an escalated one. */
  void refuseOtherLevel(String processInstanceId, String taskKey, String userId) {
    boolean otherLevel = opinions(processInstanceId).stream()
        .anyMatch(entry -> entry.reviewerId().equals(userId) && !entry.taskKey().equals(taskKey));
    if (otherLevel) {
      throw new Denied(userId + " 已审核过本案件的另一级，同一人不能审核两级");
    }
  }

  public int count(String processInstanceId) {
    return reviews.count(processInstanceId);
  }

  /** Every row of the case, oldest first. */
  public List<Entry> reviews(String processInstanceId) {
    return reviews.findByInstance(processInstanceId);
  }

  /** The opinions only (reviews and co-reviews), oldest first. */
  List<Entry> opinions(String processInstanceId) {
    return reviews(processInstanceId).stream().filter(entry -> entry.kind().opinion()).toList();
  }

  /**
   * The record as text for a form, newest last, cut to fit one variable: the oldest entries go first, and a
   * long comment is shortened; {@code /api} and the rows keep everything.
   */
  public String text(String processInstanceId) {
    Map<String, String> orgNames = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (Entry entry : reviews.findByInstance(processInstanceId)) {
      lines.add(line(entry, orgNames));
    }
    // Newest last: drop the oldest until the rest, with the note about them, fits.
    int length = lines.stream().mapToInt(line -> line.length() + 1).sum();
    int omitted = 0;
    while (length > Variable.MAX_TEXT - 40 && lines.size() - omitted > 1) {
      length -= lines.get(omitted).length() + 1;
      omitted++;
    }
    String text = String.join("\n", lines.subList(omitted, lines.size()));
    if (omitted > 0) {
      text = "（较早的 " + omitted + " 条审核记录从略，完整记录见案件审核记录）\n" + text;
    }
    return text.length() <= Variable.MAX_TEXT ? text : text.substring(0, Variable.MAX_TEXT - 1) + "…";
  }

  private String line(Entry entry, Map<String, String> orgNames) {
    String org = entry.reviewerOrg() == null ? "" : orgNames.computeIfAbsent(entry.reviewerOrg(),
        code -> orgs.find(code).map(Organisation::name).orElse(code));
    String comment = entry.reviewComment();
    if (comment != null && comment.length() > SHOWN_COMMENT) {
      comment = comment.substring(0, SHOWN_COMMENT) + "…";
    }
    String who = entry.reviewerId() + (entry.kind() == Kind.CO_REVIEW ? "（加签）" : "");
    return (entry.reviewedAt() == null ? "" : TIME.format(entry.reviewedAt()) + " ") + entry.stepLabel() + " " + org
        + " " + who + "：" + what(entry, comment);
  }

  private String what(Entry entry, String comment) {
    String target = entry.targetUser();
    String reason = comment == null ? "" : (entry.kind().opinion() ? "。意见：" : "。理由：") + comment;
    return switch (entry.kind()) {
      case REVIEW, CO_REVIEW -> (entry.returnedTo() == null ? entry.decision().label()
          : "退回至 " + targetLabel(entry.processKey(), entry.returnedTo())) + reason;
      // An addition's comment says where the co-reviewer stands (前加签 / 后加签), not why.
      case CO_REVIEWER_ADDED -> "加签 " + target + (comment == null ? "" : "（" + comment + "）");
      case CO_REVIEWER_REMOVED -> "撤销加签 " + target + reason;
      case CO_REVIEWER_DROPPED -> "加签人 " + target + " 未审核，随本步办结撤销";
      case TRANSFER -> "转办给 " + target + reason;
    };
  }

  /** A return's target as the record names it: the step's label, the applicant for their revision step. */
  String targetLabel(String processKey, String taskKey) {
    var declaration = declarations.find(processKey);
    Step step = declaration.flatMap(found -> found.step(taskKey)).orElse(null);
    if (step == null) {
      return taskKey;
    }
    return step.actor() == Step.Actor.ASSIGNEE ? "申请人（" + step.label() + "）" : step.label();
  }
}
