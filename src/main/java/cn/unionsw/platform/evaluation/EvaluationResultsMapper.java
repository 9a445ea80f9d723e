package cn.unionsw.platform.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** What the results sheet reads; the join is in {@code EvaluationResultsMapper.xml} beside this interface. */
@Mapper
interface EvaluationResultsMapper {

  /** The annual evaluations of a year of the posts below {@code scope} (a city or a county), in no order. */
  List<EvaluationResultRow> within(@Param("scope") String scope, @Param("year") int year);

  /** The participants of the city's round of that year (the 30 % cap counts them), null when it has none. */
  @Select("select participants from evaluation_round where city_code = #{city} and year = #{year}")
  Integer participants(@Param("city") String city, @Param("year") int year);
}
