package cn.unionsw.platform.posts;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.web.Refusal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of province-approved posts (Art. 12). */
@Service
public class PostRegistry {

  private final PostMapper posts;

  PostRegistry(PostMapper posts) {
    this.posts = posts;
  }

  public List<Post> within(String orgCode) {
    return posts.findWithin(orgCode);
  }

  /** The posts with these ids, by unit; none for none. */
  public List<Post> byIds(List<Long> ids) {
    return ids.isEmpty() ? List.of() : posts.findByIds(ids);
  }

  /**
   * Holds the unit's registry row until the transaction ends: whoever counts the unit's posts to add to them (an
   * application, an approval, an import) takes turns with everyone else doing so, on every node.
   */
  void lockUnit(String unitCode) {
    posts.lockUnits(List.of(unitCode));
  }

  public int activeCount(String unitCode) {
    return posts.countActive(unitCode);
  }

  public int activeCount(String unitCode, Grade grade) {
    return posts.countActiveOfGrade(unitCode, grade);
  }

  /** Active posts per grade at or below an organisation, every grade present. */
  public Map<Grade, Integer> activeByGrade(String orgCode) {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      counts.put(grade, 0);
    }
    posts.countActiveByGrade(orgCode).forEach(c -> counts.put(c.grade(), c.posts()));
    return counts;
  }

  /**
   * Carries out an approved application. Runs in the transaction of the approving process step, so the registry
   * and the process move together or not at all.
   */
  @Transactional
  public void apply(Application application, String processInstanceId) {
    int count = application.requestedPosts();
    switch (application.type()) {
      case NEW -> posts.insertActive(application.unitCode(), application.proposedGrade(), processInstanceId,
          IntStream.range(0, count).boxed().toList());
      case ADJUST_GRADE -> change(application, application.currentGrade(), application.proposedGrade(), Post.ACTIVE,
          processInstanceId);
      case CANCEL -> change(application, application.proposedGrade(), application.proposedGrade(), Post.CANCELLED,
          processInstanceId);
    }
  }

  private void change(Application application, Grade from, Grade to, String status, String processInstanceId) {
    List<Long> ids = posts.findActiveIds(application.unitCode(), from, application.requestedPosts());
    // Fewer posts than asked for, or fewer changed than found: another approval changed this unit's posts since
    // this application was checked (on this node or another). The whole approval rolls back.
    if (ids.size() < application.requestedPosts()
        || posts.change(ids, from, to, status, processInstanceId) != ids.size()) {
      throw new Refusal("requestedPosts", "" + application.unitCode() + " 现有" + from.label()
          + "少于申请的 " + application.requestedPosts() + " 个（可能已被其他申请调整），请退回申请人核对");
    }
  }
}
