package cn.unionsw.platform.review;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Two people working one task at once take turns: the engine guard locks the task's row before the command reads
 * it, so the second waits for the first to commit and then finds the task done (409), instead of meeting whatever
 * half-gone state the first left (a candidate link already removed answers as a missing permission).
 */
@Mapper
interface TaskLock {

  @Select("select ID_ from ACT_RU_TASK where ID_ = #{id} for update")
  String lock(@Param("id") String taskId);
}
