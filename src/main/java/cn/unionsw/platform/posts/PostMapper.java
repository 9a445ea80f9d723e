package cn.unionsw.platform.posts;

import cn.unionsw.platform.policy.Grade;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PostMapper {

  String COLUMNS = "id, unit_code, grade, status, created_by_instance, changed_by_instance";

  @Select("select " + COLUMNS + " from post where unit_code = #{code} or unit_code like concat(#{code}, '-%') "
      + "order by unit_code, id")
  List<Post> findWithin(String code);

  @Select("select count(*) from post where unit_code = #{unitCode} and status = 'ACTIVE'")
  int countActive(String unitCode);

  @Select("select count(*) from post where unit_code = #{unitCode} and status = 'ACTIVE' and grade = #{grade}")
  int countActiveOfGrade(@Param("unitCode") String unitCode, @Param("grade") Grade grade);

  @Select("select grade, count(*) as posts from post where status = 'ACTIVE' "
      + "and (unit_code = #{code} or unit_code like concat(#{code}, '-%')) group by grade")
  List<GradeCount> countActiveByGrade(String code);

  @Insert("<script>insert into post (unit_code, grade, status, created_by_instance) values "
      + "<foreach collection='count' item='i' separator=','>(#{unitCode}, #{grade}, 'ACTIVE', #{instance})</foreach>"
      + "</script>")
  int insertActive(@Param("unitCode") String unitCode, @Param("grade") Grade grade, @Param("instance") String instance,
      @Param("count") List<Integer> count);

  /** The oldest active posts of one grade: those a grade adjustment or cancellation changes first. */
  @Select("select id from post where unit_code = #{unitCode} and status = 'ACTIVE' and grade = #{grade} "
      + "order by id limit #{limit}")
  List<Long> findActiveIds(@Param("unitCode") String unitCode, @Param("grade") Grade grade, @Param("limit") int limit);

  /** Changes the posts only if they are still active and of grade {@code from}; answers how many it changed. */
  @Update("<script>update post set grade = #{grade}, status = #{status}, changed_by_instance = #{instance}, "
      + "changed_at = current_timestamp where status = 'ACTIVE' and grade = #{from} and id in "
      + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
  int change(@Param("ids") List<Long> ids, @Param("from") Grade from, @Param("grade") Grade grade,
      @Param("status") String status, @Param("instance") String instance);

  /** Posts of a unit loaded by an import ({@code created_by_instance} 'import:…'), changed by an application since. */
  @Select("select count(*) from post where unit_code = #{unitCode} and created_by_instance like 'import:%' "
      + "and changed_by_instance is not null")
  int countChangedImports(String unitCode);

  /** Locks a unit's registry row until the transaction ends, so that two loads of one unit take turns. */
  @Select("select code from org_unit where code = #{unitCode} for update")
  String lockUnit(String unitCode);

  @Delete("delete from post where unit_code = #{unitCode} and created_by_instance like 'import:%'")
  int deleteImports(String unitCode);

  @Insert("insert into post_import (imported_by, units, posts) values (#{importedBy}, #{units}, #{posts})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertImport(ImportRecord record);

  record GradeCount(Grade grade, int posts) {
  }

  /** One load of pre-platform posts; the id is set on insert. */
  final class ImportRecord {
    Long id;
    final String importedBy;
    final int units;
    final int posts;

    ImportRecord(String importedBy, int units, int posts) {
      this.importedBy = importedBy;
      this.units = units;
      this.posts = posts;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getImportedBy() {
      return importedBy;
    }

    public int getUnits() {
      return units;
    }

    public int getPosts() {
      return posts;
    }
  }
}
