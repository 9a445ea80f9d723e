package cn.unionsw.platform.policy;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PolicySettingMapper {

  String COLUMNS = "province_code, setting_key, setting_value, updated_by, updated_at";

  @Select("select " + COLUMNS + " from policy_setting where province_code = #{provinceCode} and setting_key = #{settingKey}")
  Optional<PolicySetting> find(@Param("provinceCode") String provinceCode, @Param("settingKey") String settingKey);

  @Select("<script>select " + COLUMNS + " from policy_setting "
      + "<if test='provinceCode != null'>where province_code = #{provinceCode}</if> "
      + "order by province_code, setting_key</script>")
  List<PolicySetting> list(@Param("provinceCode") String provinceCode);

  @Update("update policy_setting set setting_value = #{settingValue}, updated_by = #{updatedBy}, "
      + "updated_at = current_timestamp where province_code = #{provinceCode} and setting_key = #{settingKey}")
  int update(@Param("provinceCode") String provinceCode, @Param("settingKey") String settingKey,
      @Param("settingValue") String settingValue, @Param("updatedBy") String updatedBy);

  @Insert("insert into policy_setting (province_code, setting_key, setting_value, updated_by) "
      + "values (#{provinceCode}, #{settingKey}, #{settingValue}, #{updatedBy})")
  void insert(@Param("provinceCode") String provinceCode, @Param("settingKey") String settingKey,
      @Param("settingValue") String settingValue, @Param("updatedBy") String updatedBy);
}
