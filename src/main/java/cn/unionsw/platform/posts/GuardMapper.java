package cn.unionsw.platform.posts;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface GuardMapper {

  @Insert("insert into post_application_guard (process_instance_id, applicant) values (#{id}, #{applicant})")
  void insert(@Param("id") String processInstanceId, @Param("applicant") String applicant);

  @Select("select applicant from post_application_guard where process_instance_id = #{id}")
  String applicant(@Param("id") String processInstanceId);

  @Select("select fingerprint from post_application_guard where process_instance_id = #{id}")
  String fingerprint(@Param("id") String processInstanceId);

  @Update("update post_application_guard set fingerprint = #{fingerprint} where process_instance_id = #{id}")
  int seal(@Param("id") String processInstanceId, @Param("fingerprint") String fingerprint);
}
