package cn.unionsw.platform.orgs;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface OrgMapper {

  String COLUMNS = "code, parent_code, name, type, legal_entity_count, employee_count, member_count, "
      + "separate_union_count";

  @Select("select " + COLUMNS + " from org_unit where code = #{code}")
  Optional<Organisation> findByCode(String code);

  @Select("select " + COLUMNS + " from org_unit where parent_code = #{parentCode} order by code")
  List<Organisation> findChildren(String parentCode);

  @Select("select " + COLUMNS + " from org_unit")
  List<Organisation> findAll();

  @Select("select " + COLUMNS + " from org_unit where parent_code is null order by code")
  List<Organisation> findTopLevel();

  /** Every organisation below this one (not itself), in code order. */
  @Select("select " + COLUMNS + " from org_unit where code like concat(#{code}, '-%') order by code")
  List<Organisation> findBelow(String code);

  @Insert("insert into org_unit (" + COLUMNS + ") values (#{code}, #{parentCode}, #{name}, #{type}, "
      + "#{legalEntityCount}, #{employeeCount}, #{memberCount}, #{separateUnionCount})")
  void insert(Organisation organisation);

  @Update("update org_unit set name = #{name}, type = #{type}, legal_entity_count = #{legalEntityCount}, "
      + "employee_count = #{employeeCount}, member_count = #{memberCount}, "
      + "separate_union_count = #{separateUnionCount} where code = #{code}")
  int update(Organisation organisation);

  @Select("select count(*) from org_unit where code = #{code} or code like concat(#{code}, '-%')")
  int countWithin(@Param("code") String code);

  /** Locks the named row of platform_lock until the transaction ends; null when there is no such row. */
  @Select("select name from platform_lock where name = #{name} for update")
  String lock(@Param("name") String name);
}
