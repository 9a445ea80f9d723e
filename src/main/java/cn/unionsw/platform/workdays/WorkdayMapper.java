package cn.unionsw.platform.workdays;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface WorkdayMapper {

  @Select("select calendar_year from workday_year where calendar_year between #{from} and #{to} order by calendar_year")
  List<Integer> loadedYears(@Param("from") int from, @Param("to") int to);

  @Select("select calendar_date, off_day, name from workday_special_day "
      + "where calendar_date between #{from} and #{to} order by calendar_date")
  List<SpecialDay> specialDays(@Param("from") LocalDate from, @Param("to") LocalDate to);

  @Select("select calendar_year, source, loaded_by, loaded_at, "
      + "(select count(*) from workday_special_day d where d.calendar_year = y.calendar_year) as day_count "
      + "from workday_year y order by calendar_year")
  List<LoadedYear> years();

  @Delete("delete from workday_special_day where calendar_year = #{year}")
  int deleteDays(int year);

  @Delete("delete from workday_year where calendar_year = #{year}")
  int deleteYear(int year);

  @Insert("insert into workday_year (calendar_year, source, loaded_by) values (#{year}, #{source}, #{loadedBy})")
  void insertYear(@Param("year") int year, @Param("source") String source, @Param("loadedBy") String loadedBy);

  @Insert("<script>insert into workday_special_day (calendar_date, calendar_year, off_day, name) values "
      + "<foreach collection='days' item='d' separator=','>(#{d.calendarDate}, #{year}, #{d.offDay}, #{d.name})</foreach>"
      + "</script>")
  void insertDays(@Param("year") int year, @Param("days") List<SpecialDay> days);
}
