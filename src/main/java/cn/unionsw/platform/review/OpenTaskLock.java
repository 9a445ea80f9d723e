package cn.unionsw.platform.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The open tasks of a case, their rows locked until the transaction ends, in one order for everyone: the lock the
 * engine guard takes on a task before it is worked ({@link TaskLock}), taken on all of a case's tasks at once.
 */
@Mapper
interface OpenTaskLock {

  /** Asked again in one transaction, it reads again (not MyBatis's cached answer): tasks come and go meanwhile. */
  @Select("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = #{pi} order by ID_ for update")
  @Options(flushCache = Options.FlushCachePolicy.TRUE)
  List<String> lock(@Param("pi") String processInstanceId);
}
