package cn.unionsw.platform.follow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Each urge (催办): at most one per open task and working day (a unique index holds it against a race). */
@Mapper
interface UrgeMapper {

  /** One urge as recorded. */
  record Urge(String processInstanceId, String taskId, String taskKey, String stepLabel, String urgedBy,
      String message, LocalDate urgeDay, int recipients, LocalDateTime urgedAt) {
  }

  @Insert("insert into case_urge (process_instance_id, task_id, task_key, step_label, urged_by, message, urge_day, "
      + "recipients, urged_at) values (#{processInstanceId}, #{taskId}, #{taskKey}, #{stepLabel}, #{urgedBy}, "
      + "#{message}, #{urgeDay}, #{recipients}, #{urgedAt})")
  void insert(Urge urge);

  @Select("select count(*) from case_urge where task_id = #{taskId} and urge_day = #{day}")
  int countOn(@Param("taskId") String taskId, @Param("day") LocalDate day);

  @Select("select process_instance_id, task_id, task_key, step_label, urged_by, message, urge_day, recipients, "
      + "urged_at from case_urge where process_instance_id = #{pi} order by id")
  List<Urge> of(@Param("pi") String processInstanceId);
}
