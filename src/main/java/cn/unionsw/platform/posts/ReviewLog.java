package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.posts.ReviewMapper.Review;
import cn.unionsw.platform.web.Refusal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Every review of a post application, who, when, decision and comment, kept in the platform's table and shown on
 * later forms. The comment rule of CONTRACT.md is enforced here, on the server: required unless APPROVE.
 */
@Service
public class ReviewLog {

  static final int MAX_COMMENT = 2000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReviewMapper reviews;
  private final OrgAccess access;
  private final OrgService orgs;

  ReviewLog(ReviewMapper reviews, OrgAccess access, OrgService orgs) {
    this.reviews = reviews;
    this.access = access;
    this.orgs = orgs;
  }

  /** Checks and records a review; answers the whole history as it now stands, for the next forms. */
  public String record(String processInstanceId, String taskKey, String reviewerId, Object decision, Object comment) {
    ReviewDecision checked = decision(decision);
    String text = comment == null ? "" : comment.toString().trim();
    if (checked != ReviewDecision.APPROVE && text.isEmpty()) {
      throw new Refusal("comment", "" + checked.label() + "时须填写意见（理由）");
    }
    if (text.length() > MAX_COMMENT) {
      throw new Refusal("comment", "意见最多 " + MAX_COMMENT + " 个字");
    }
    String reviewerOrg = access.reachOf(reviewerId).homeOrg();
    reviews.insert(new Review(processInstanceId, taskKey, reviewerId, reviewerOrg, checked,
        text.isEmpty() ? null : text, null));
    return history(processInstanceId);
  }

  public int count(String processInstanceId) {
    return reviews.count(processInstanceId);
  }

  public List<Review> reviews(String processInstanceId) {
    return reviews.findByInstance(processInstanceId);
  }

  public String history(String processInstanceId) {
    Map<String, String> orgNames = new HashMap<>();
    return reviews.findByInstance(processInstanceId).stream().map(review -> line(review, orgNames))
        .collect(Collectors.joining("\n"));
  }

  private String line(Review review, Map<String, String> orgNames) {
    String org = review.reviewerOrg() == null ? "" : orgNames.computeIfAbsent(review.reviewerOrg(),
        code -> orgs.find(code).map(Organisation::name).orElse(code));
    String level = PostApplicationProcess.Elements.MUNICIPAL_REVIEW.equals(review.taskKey()) ? "市级初审" : "省级核定";
    return TIME.format(review.reviewedAt()) + " " + level + " " + org + " " + review.reviewerId() + "："
        + review.decision().label() + (review.reviewComment() == null ? "" : "。意见：" + review.reviewComment());
  }

  private static ReviewDecision decision(Object value) {
    try {
      return ReviewDecision.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new Refusal("decision", "须为 APPROVE（同意）、REJECT（不同意）或 RETURN（退回修改），收到 " + value);
    }
  }
}
