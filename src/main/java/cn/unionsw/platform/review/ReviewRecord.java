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
 * comment. Forms show it through a task-local text cut to fit one variable; Tasklist and {@code /api} read the rows.
 * The comment rule of CONTRACT.md is enforced here, on the server: required unless APPROVE.
 */
@Service
public class ReviewRecord {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** A form shows this much of one comment; the rows keep it whole. */
  private static final int SHOWN_COMMENT = 300;

  private final ReviewMapper reviews;
  private final OrgService orgs;

  ReviewRecord(ReviewMapper reviews, OrgService orgs) {
    this.reviews = reviews;
    this.orgs = orgs;
  }

  /** One review as recorded. */
  public record Entry(String processInstanceId, String processKey, String taskKey, String stepLabel, String taskId,
      String reviewerId, String reviewerRole, String reviewerOrg, ReviewDecision decision, String reviewComment,
      LocalDateTime reviewedAt) {
  }

  /** Checks and records a review made on a step's task. */
  Entry record(String processInstanceId, String processKey, Step step, String taskId, String reviewerId,
      String reviewerOrg, ReviewDecision decision, String comment) {
    if (decision == null) {
      throw new Refusal(Review.DECISION.name(), "须为 APPROVE（同意）、REJECT（不同意）或 RETURN（退回修改）");
    }
    if (decision == ReviewDecision.RETURN && !step.allows(Step.Action.RETURN)) {
      throw new Refusal(Review.DECISION.name(), step.label() + "不能退回修改，只能同意或不同意");
    }
    String text = comment == null ? "" : comment.trim();
    if (decision != ReviewDecision.APPROVE && text.isEmpty()) {
      throw new Refusal(Review.COMMENT.name(), decision.label() + "时须填写意见（理由）");
    }
    if (text.length() > Review.MAX_COMMENT) {
      throw new Refusal(Review.COMMENT.name(), "意见最多 " + Review.MAX_COMMENT + " 个字");
    }
    Entry entry = new Entry(processInstanceId, processKey, step.taskKey(), step.label(), taskId, reviewerId,
        step.role(), reviewerOrg, decision, text.isEmpty() ? null : text, null);
    reviews.insert(entry);
    return entry;
  }

  public int count(String processInstanceId) {
    return reviews.count(processInstanceId);
  }

  public List<Entry> reviews(String processInstanceId) {
    return reviews.findByInstance(processInstanceId);
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
    return (entry.reviewedAt() == null ? "" : TIME.format(entry.reviewedAt()) + " ") + entry.stepLabel() + " " + org
        + " " + entry.reviewerId() + "：" + entry.decision().label() + (comment == null ? "" : "。意见：" + comment);
  }
}
