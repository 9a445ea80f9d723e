package cn.unionsw.platform.follow;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Each copy (抄送) of a case, one row per recipient. */
@Mapper
interface CopyMapper {

  /** One recipient of a copy, as the case's progress shows it. */
  record Copy(String copiedBy, String recipientId, String organisation, String note, LocalDateTime copiedAt) {
  }

  @Insert("insert into case_copy (process_instance_id, copied_by, recipient_id, organisation, note, copied_at) "
      + "values (#{pi}, #{copy.copiedBy}, #{copy.recipientId}, #{copy.organisation}, #{copy.note}, #{copy.copiedAt})")
  void insert(@Param("pi") String processInstanceId, @Param("copy") Copy copy);

  @Select("select copied_by, recipient_id, organisation, note, copied_at from case_copy "
      + "where process_instance_id = #{pi} order by id")
  List<Copy> of(@Param("pi") String processInstanceId);
}
