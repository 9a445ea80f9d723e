package cn.unionsw.platform.notifications;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The kinds of notice each user does not want by e-mail ({@link NotificationPreferences#ALL}: none at all). */
@Mapper
interface OptOutMapper {

  @Select("select kind from notification_opt_out where user_id = #{userId}")
  List<String> of(@Param("userId") String userId);

  /** Whether the user turned off e-mail for this kind of notice, or all e-mail. */
  @Select("select count(*) from notification_opt_out where user_id = #{userId} and kind in ('ALL', #{kind})")
  int muted(@Param("userId") String userId, @Param("kind") String kind);

  @Insert("insert into notification_opt_out (user_id, kind, created_at) values (#{userId}, #{kind}, #{at})")
  void add(@Param("userId") String userId, @Param("kind") String kind, @Param("at") LocalDateTime at);

  @Delete("delete from notification_opt_out where user_id = #{userId} and kind = #{kind}")
  int remove(@Param("userId") String userId, @Param("kind") String kind);
}
