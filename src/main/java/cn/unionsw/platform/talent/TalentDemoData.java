package cn.unionsw.platform.talent;

import cn.unionsw.platform.people.DemoDataContribution;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.Post;
import cn.unionsw.platform.posts.PostRegistry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: {@code zdworker} on the entry post of 正定镇 that the posts' demo data loads, as a worker loaded by import.
 * The person is illustrative: a made-up name, an identity number with a valid check character but nobody's, and a
 * contractor named after one of the demo contractors with a made-up contract term. After the posts' demo data
 * (which orders itself first); idempotent.
 */
@Component
@Order
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class TalentDemoData implements DemoDataContribution {

  static final String USER = "zdworker";
  static final String UNIT = "HE-SJZ-ZD-ZDZ";
  /** 130123 is 正定县's address code; the birth date and sequence are made up. */
  static final String IDENTITY_FIRST_17 = "13012319930615002";

  private final TalentDatabase database;
  private final PostRegistry posts;

  TalentDemoData(TalentDatabase database, PostRegistry posts) {
    this.database = database;
    this.posts = posts;
  }

  @Override
  public void load() {
    if (database.ofUser(USER).isPresent()) {
      return;
    }
    List<Long> entryPosts = posts.within(UNIT).stream()
        .filter(p -> Post.ACTIVE.equals(p.status()) && p.grade() == Grade.ENTRY).map(Post::id).toList();
    entryPosts.stream().filter(id -> !database.filledPosts(entryPosts).contains(id)).findFirst()
        .ifPresent(post -> database.hire(new NewWorker(IDENTITY_FIRST_17 + IdentityNumber.checkCharacter(
            IDENTITY_FIRST_17), "赵晓雪", Education.BACHELOR, List.of("助理社会工作师"), Grade.ENTRY, post, null,
            "河北众和社会工作服务中心", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), USER,
            LocalDate.of(2024, 3, 1), WorkerSource.IMPORT), "demo"));
  }
}
