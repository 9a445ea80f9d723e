package cn.unionsw.platform.posts;

import cn.unionsw.platform.policy.Grade;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface GradeStructureMapper {

  @Select("select grade, max_share_percent from grade_structure "
      + "where province_code = #{province} and structure_year = #{year}")
  List<GradeShare> find(@Param("province") String province, @Param("year") int year);

  @Delete("delete from grade_structure where province_code = #{province} and structure_year = #{year}")
  int delete(@Param("province") String province, @Param("year") int year);

  @Insert("insert into grade_structure (province_code, structure_year, grade, max_share_percent) "
      + "values (#{province}, #{year}, #{share.grade}, #{share.maxSharePercent})")
  void insert(@Param("province") String province, @Param("year") int year, @Param("share") GradeShare share);

  record GradeShare(Grade grade, int maxSharePercent) {
  }
}
