package cn.unionsw.platform.posts;

import cn.unionsw.platform.people.DemoDataContribution;
import cn.unionsw.platform.policy.Grade;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: an illustrative Hebei grade structure for this year and the next (the seeds set no shares; a real
 * province sets its own each year through {@code PUT /api/grade-structure/{province}/{year}}), and the entry post
 * in Zhengding town that the demo worker {@code zdworker} holds, loaded as a post approved before the platform.
 * First of the demo contributions: others (the talent database's demo worker) stand on these posts.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class PostsDemoData implements DemoDataContribution {

  static final Map<Grade, Integer> ILLUSTRATIVE_CEILINGS = Map.of(
      Grade.ENTRY, 40, Grade.LEVEL_3, 35, Grade.LEVEL_2, 20, Grade.LEVEL_1, 10);

  static final String WORKER_UNIT = "HE-SJZ-ZD-ZDZ";

  private final GradeStructure gradeStructure;
  private final PostRegistry registry;
  private final PostImport postImport;
  private final ZoneId zone;

  PostsDemoData(GradeStructure gradeStructure, PostRegistry registry, PostImport postImport,
      @Value("${platform.time-zone}") String zone) {
    this.gradeStructure = gradeStructure;
    this.registry = registry;
    this.postImport = postImport;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public void load() {
    int year = LocalDate.now(zone).getYear();
    for (int y = year; y <= year + 1; y++) {
      if (gradeStructure.ceilings("HE", y).isEmpty()) {
        gradeStructure.save("HE", y, ILLUSTRATIVE_CEILINGS);
      }
    }
    if (registry.within(WORKER_UNIT).isEmpty()) {
      postImport.replace(PostImport.HEADER + "\n" + WORKER_UNIT + ",ENTRY,1", "demo");
    }
  }
}
