package cn.unionsw.platform.review;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Who follows which case, and why. A case, user and {@link Watch} may have two rows (added at once by two
 * transactions, which no unique key makes wait for each other): every reader groups them.
 */
@Mapper
interface WatcherMapper {

  @Insert("insert into case_watcher (process_instance_id, user_id, kind, added_by, added_at) "
      + "values (#{pi}, #{userId}, #{kind}, #{addedBy}, #{addedAt})")
  void insert(@Param("pi") String processInstanceId, @Param("userId") String userId, @Param("kind") Watch kind,
      @Param("addedBy") String addedBy, @Param("addedAt") LocalDateTime addedAt);

  /** Every watcher of the case, once each; read afresh each time (one joining meanwhile counts). */
  @Select("select user_id, kind from case_watcher where process_instance_id = #{pi} group by user_id, kind "
      + "order by user_id, kind")
  @Options(flushCache = Options.FlushCachePolicy.TRUE)
  List<CaseWatchers.Watcher> of(@Param("pi") String processInstanceId);

  /** The cases a user follows so, the latest first. */
  @Select("select process_instance_id from case_watcher where user_id = #{userId} and kind = #{kind} "
      + "group by process_instance_id order by max(added_at) desc, process_instance_id limit #{max} offset #{first}")
  List<String> casesOf(@Param("userId") String userId, @Param("kind") Watch kind, @Param("first") int first,
      @Param("max") int max);
}
