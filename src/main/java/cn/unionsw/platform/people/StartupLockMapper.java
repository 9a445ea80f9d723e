package cn.unionsw.platform.people;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface StartupLockMapper {

  /** Locks the named row until the transaction ends; null when there is no such row. */
  @Select("select name from platform_lock where name = #{name} for update")
  String lock(@Param("name") String name);
}
