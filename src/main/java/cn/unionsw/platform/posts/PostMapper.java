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

  @Select("<script>select " + COLUMNS + " from post where id in "
      + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> order by unit_code, id"
      + "</script>")
  List<Post> findByIds(@Param("ids") List<Long> ids);

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

  String CODES = "<foreach collection='codes' item='code' open='(' separator=',' close=')'>#{code}</foreach>";

  /**
   * Locks the units' registry rows until the transaction ends, in code order, so that two loads naming the same
   * units take turns and cannot deadlock.
   */
  @Select("<script>select code from org_unit where code in " + CODES + " order by code for update</script>")
  List<String> lockUnits(@Param("codes") List<String> codes);

  /** Those of the units with a post loaded by an import ('import:…') that an application has changed since. */
  @Select("<script>select distinct unit_code from post where unit_code in " + CODES
      + " and created_by_instance like 'import:%' and changed_by_instance is not null</script>")
  List<String> unitsWithChangedImports(@Param("codes") List<String> codes);

  @Delete("<script>delete from post where unit_code in " + CODES + " and created_by_instance like 'import:%'</script>")
  int deleteImports(@Param("codes") List<String> codes);

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
