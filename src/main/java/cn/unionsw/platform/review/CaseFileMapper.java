package cn.unionsw.platform.review;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** One row per case: its number and who started it (from the authenticated caller, never from a variable). */
@Mapper
interface CaseFileMapper {

  @Insert("insert into case_file (process_instance_id, process_key, case_number, starter_id, starter_org) "
      + "values (#{id}, #{processKey}, #{caseNumber}, #{starterId}, #{starterOrg})")
  void insert(@Param("id") String processInstanceId, @Param("processKey") String processKey,
      @Param("caseNumber") String caseNumber, @Param("starterId") String starterId,
      @Param("starterOrg") String starterOrg);

  @Select("select starter_id from case_file where process_instance_id = #{id}")
  String starter(@Param("id") String processInstanceId);

  /** Takes the next number of a series, holding its row until the transaction ends; 0 when the series is new. */
  @Update("update case_sequence set last_number = last_number + 1 where series = #{series}")
  int advance(@Param("series") String series);

  /**
   * Opens a series at its first number. On MySQL and MariaDB a series another case opened meanwhile is advanced
   * instead, under a write lock: the plain insert's duplicate key left this transaction a shared lock on the row,
   * and two transactions holding one and each asking to write it next were a deadlock.
   */
  @Insert("insert into case_sequence (series, last_number) values (#{series}, 1)")
  @Insert(databaseId = "mysql", value = "insert into case_sequence (series, last_number) values (#{series}, 1)"
      + " on duplicate key update last_number = last_number + 1")
  void open(@Param("series") String series);

  @Select("select last_number from case_sequence where series = #{series}")
  int current(@Param("series") String series);

  @Select("select process_instance_id, process_key, case_number, starter_id, starter_org, created_at from case_file "
      + "where process_instance_id = #{id}")
  CaseFile find(@Param("id") String processInstanceId);

  @Select("select process_instance_id, process_key, case_number, starter_id, starter_org, created_at from case_file "
      + "where case_number = #{number}")
  CaseFile findByNumber(@Param("number") String caseNumber);
}
