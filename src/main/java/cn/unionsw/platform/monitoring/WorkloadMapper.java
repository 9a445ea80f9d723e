package cn.unionsw.platform.monitoring;

import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The engine's runtime tables counted in one statement each, grouped as the gauges label them. Each answer is read
 * afresh (never MyBatis's session cache) and touches only the runtime tables, whose size is the open work, not the
 * history.
 */
@Mapper
interface WorkloadMapper {

  /** A count under a process key and one further label (an organisation, an incident type), or none. */
  record Count(String process, String label, long count) {
  }

  @Select("select d.KEY_ as process, null as label, count(*) as count from ACT_RU_TASK t "
      + "join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ group by d.KEY_")
  @Options(flushCache = Options.FlushCachePolicy.TRUE)
  List<Count> openTasks();

  @Select("select d.KEY_ as process, i.INCIDENT_TYPE_ as label, count(*) as count from ACT_RU_INCIDENT i "
      + "left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_ group by d.KEY_, i.INCIDENT_TYPE_")
  @Options(flushCache = Options.FlushCachePolicy.TRUE)
  List<Count> openIncidents();
}
