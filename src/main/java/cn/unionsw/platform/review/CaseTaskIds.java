package cn.unionsw.platform.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The ids of a case's open tasks, as committed now. */
@Mapper
interface CaseTaskIds {

  /**
   * Not a locking read: on the task table's index by case it would hold the index entry a completion must change,
   * while waiting for the task's row that completion holds (a deadlock, seen on MariaDB). Tasks are locked one by one
   * by their id ({@link TaskLock}), as the guard locks them. Asked again in one transaction, it reads again (not
   * MyBatis's cached answer): tasks come and go meanwhile.
   */
  @Select("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = #{pi} order by ID_")
  @Options(flushCache = Options.FlushCachePolicy.TRUE)
  List<String> of(@Param("pi") String processInstanceId);
}
