package cn.unionsw.platform.login;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Failed logins per user name ({@code login_lock}); the counting is in SQL so that concurrent failures all count. */
@Mapper
interface LoginLockMapper {

  @Select("select user_id, failures, locked_until from login_lock where user_id = #{userId}")
  LoginLock find(String userId);

  /** Counts one more failure; 0 when the name has no row yet. */
  @Update("update login_lock set failures = failures + 1 where user_id = #{userId}")
  int addFailure(String userId);

  @Insert("insert into login_lock (user_id, failures) values (#{userId}, 1)")
  void insertFirstFailure(String userId);

  /** Locks the name until {@code until} once it has failed {@code maxFailures} times, and counts anew. */
  @Update("update login_lock set failures = 0, locked_until = #{until} "
      + "where user_id = #{userId} and failures >= #{maxFailures}")
  int lockIfReached(@Param("userId") String userId, @Param("maxFailures") int maxFailures,
      @Param("until") Instant until);

  @Delete("delete from login_lock where user_id = #{userId}")
  int forget(String userId);

  record LoginLock(String userId, int failures, Instant lockedUntil) {
  }
}
