package cn.unionsw.platform.sla;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The deadline board's reads, straight from the engine's tables (SlaMapper.xml): one grouped query per section, so
 * that the board costs a handful of statements whatever the number of tasks. A task belongs to an organisation
 * through its candidate links to organisation groups ({@code org_unit}); watchers' marks and role groups are no
 * organisations and drop out of the join. {@code orgs} with {@code everything=false} limits every read to those
 * organisations and all below them (the rule of reach, {@code orgs/OrgAccess}).
 */
@Mapper
interface SlaMapper {

  /** Open tasks with a due date per candidate organisation: due on or after {@code soonLimit}, before it, past now. */
  List<SlaBoard.OrgDueCounts> dueCounts(@Param("now") Date now, @Param("soonLimit") Date soonLimit,
      @Param("processKey") String processKey, @Param("orgs") List<String> orgs,
      @Param("everything") boolean everything);

  /**
   * Open tasks due before {@code dueBefore}, one row per task and candidate organisation in reach, the earliest due
   * first, at most {@code limit} rows.
   */
  List<TaskRow> openTasks(@Param("dueBefore") Date dueBefore, @Param("processKey") String processKey,
      @Param("taskKey") String taskKey, @Param("orgs") List<String> orgs, @Param("everything") boolean everything,
      @Param("limit") int limit);

  /**
   * Tasks in history whose due date falls in [from, to) and that ended after it, or are still open past now.
   * {@code broad}: the reach covers most organisations (everything, or a whole province), which picks the plan.
   */
  List<MonthRow> breaches(@Param("from") Date from, @Param("to") Date to, @Param("now") Date now,
      @Param("processKey") String processKey, @Param("orgs") List<String> orgs,
      @Param("everything") boolean everything, @Param("broad") boolean broad);

  /** Open overdue tasks per process and candidate organisation, for the whole platform. */
  List<SlaBoard.OverdueCount> overdueByProcessAndOrganisation(@Param("now") Date now);

  @Select("select count(*) from ACT_RE_PROCDEF where KEY_ = #{key}")
  int definitions(@Param("key") String processKey);

  /** One open task as seen by one of its candidate organisations. */
  record TaskRow(String taskId, String taskName, String taskKey, String processKey, String processName,
      String caseNumber, String assignee, LocalDateTime dueDate, String orgCode, String orgName) {
  }

  record MonthRow(int year, int month, long breaches) {
  }
}
