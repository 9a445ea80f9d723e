package cn.unionsw.platform.posts;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ReviewMapper {

  @Insert("insert into post_application_review (process_instance_id, task_key, reviewer_id, reviewer_org, decision, "
      + "review_comment) values (#{processInstanceId}, #{taskKey}, #{reviewerId}, #{reviewerOrg}, #{decision}, "
      + "#{reviewComment})")
  void insert(Review review);

  @Select("select count(*) from post_application_review where process_instance_id = #{processInstanceId}")
  int count(String processInstanceId);

  @Select("select process_instance_id, task_key, reviewer_id, reviewer_org, decision, review_comment, reviewed_at "
      + "from post_application_review where process_instance_id = #{processInstanceId} order by id")
  List<Review> findByInstance(String processInstanceId);

  record Review(String processInstanceId, String taskKey, String reviewerId, String reviewerOrg,
      ReviewDecision decision, String reviewComment, LocalDateTime reviewedAt) {
  }
}
