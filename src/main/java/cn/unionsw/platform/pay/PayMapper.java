package cn.unionsw.platform.pay;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PayMapper {

  String WAGE_COLUMNS = "region_code, effective_from, monthly_amount, tier_label, source, updated_by, updated_at";
  String RATE_COLUMNS =
      "region_code, effective_from, social_insurance_rate, management_fee_rate, source, updated_by, updated_at";
  /** A region and everything below it, or every row when no region is given. */
  String WITHIN = "<if test='region != null'>where region_code = #{region} or region_code like concat(#{region}, '-%')</if>";
  String IN_CHAIN = "where region_code in <foreach collection='chain' item='c' open='(' separator=',' close=')'>#{c}</foreach>";

  @Select("<script>select " + WAGE_COLUMNS + " from minimum_wage " + WITHIN + " order by region_code, effective_from</script>")
  List<MinimumWage> minimumWages(@Param("region") String region);

  @Select("<script>select " + WAGE_COLUMNS + " from minimum_wage " + IN_CHAIN + "</script>")
  List<MinimumWage> minimumWagesOf(@Param("chain") List<String> chain);

  @Update("update minimum_wage set monthly_amount = #{monthlyAmount}, tier_label = #{tierLabel}, source = #{source}, "
      + "updated_by = #{updatedBy}, updated_at = current_timestamp "
      + "where region_code = #{regionCode} and effective_from = #{effectiveFrom}")
  int updateMinimumWage(MinimumWage wage);

  @Insert("insert into minimum_wage (region_code, effective_from, monthly_amount, tier_label, source, updated_by) "
      + "values (#{regionCode}, #{effectiveFrom}, #{monthlyAmount}, #{tierLabel}, #{source}, #{updatedBy})")
  void insertMinimumWage(MinimumWage wage);

  @Delete("delete from minimum_wage where region_code = #{region} and effective_from = #{from}")
  int deleteMinimumWage(@Param("region") String region, @Param("from") LocalDate from);

  @Select("<script>select " + RATE_COLUMNS + " from employer_cost_rate " + WITHIN + " order by region_code, effective_from</script>")
  List<EmployerRate> employerRates(@Param("region") String region);

  @Select("<script>select " + RATE_COLUMNS + " from employer_cost_rate " + IN_CHAIN + "</script>")
  List<EmployerRate> employerRatesOf(@Param("chain") List<String> chain);

  @Update("update employer_cost_rate set social_insurance_rate = #{socialInsuranceRate}, "
      + "management_fee_rate = #{managementFeeRate}, source = #{source}, updated_by = #{updatedBy}, "
      + "updated_at = current_timestamp where region_code = #{regionCode} and effective_from = #{effectiveFrom}")
  int updateEmployerRate(EmployerRate rate);

  @Insert("insert into employer_cost_rate (region_code, effective_from, social_insurance_rate, management_fee_rate, "
      + "source, updated_by) values (#{regionCode}, #{effectiveFrom}, #{socialInsuranceRate}, #{managementFeeRate}, "
      + "#{source}, #{updatedBy})")
  void insertEmployerRate(EmployerRate rate);

  @Delete("delete from employer_cost_rate where region_code = #{region} and effective_from = #{from}")
  int deleteEmployerRate(@Param("region") String region, @Param("from") LocalDate from);
}
