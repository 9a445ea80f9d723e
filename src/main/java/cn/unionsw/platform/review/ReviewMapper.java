package cn.unionsw.platform.review;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ReviewMapper {

  @Insert("insert into case_review (process_instance_id, process_key, task_key, step_label, task_id, reviewer_id, "
      + "reviewer_role, reviewer_org, kind, decision, review_comment, returned_to, target_user) values "
      + "(#{processInstanceId}, #{processKey}, #{taskKey}, #{stepLabel}, #{taskId}, #{reviewerId}, #{reviewerRole}, "
      + "#{reviewerOrg}, #{kind}, #{decision}, #{reviewComment}, #{returnedTo}, #{targetUser})")
  void insert(ReviewRecord.Entry entry);

  @Select("select count(*) from case_review where process_instance_id = #{id}")
  int count(@Param("id") String processInstanceId);

  /** Columns in the order of {@link ReviewRecord.Entry}'s components: the record is built by position. */
  @Select("select process_instance_id, process_key, task_key, step_label, task_id, reviewer_id, reviewer_role, "
      + "reviewer_org, kind, decision, review_comment, returned_to, target_user, reviewed_at from case_review "
      + "where process_instance_id = #{id} order by id")
  List<ReviewRecord.Entry> findByInstance(@Param("id") String processInstanceId);
}
