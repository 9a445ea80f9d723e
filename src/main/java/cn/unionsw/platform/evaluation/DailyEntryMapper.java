package cn.unionsw.platform.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The daily entries (V47 {@code evaluation_daily_entry}). */
@Mapper
interface DailyEntryMapper {

  /** An entry to insert; {@code id} is filled in by the insert. */
  final class NewRow {
    Long id;
    final long workerId;
    final LocalDate date;
    final DailyEntryKind kind;
    final Integer rating;
    final Attendance attendance;
    final String note;
    final String by;
    final LocalDateTime at;

    NewRow(long workerId, LocalDate date, DailyEntryKind kind, Integer rating, Attendance attendance, String note,
        String by, LocalDateTime at) {
      this.workerId = workerId;
      this.date = date;
      this.kind = kind;
      this.rating = rating;
      this.attendance = attendance;
      this.note = note;
      this.by = by;
      this.at = at;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  /** Entries of one kind and status in a period, and the sum of their ratings (null for attendance). */
  record Tally(DailyEntryKind kind, Attendance attendance, Long entries, Long ratingSum) {
  }

  String ENTRY = "select id, worker_id, entry_date, kind, rating, attendance, note, recorded_by, recorded_at "
      + "from evaluation_daily_entry ";

  @Insert("insert into evaluation_daily_entry (worker_id, entry_date, kind, rating, attendance, note, recorded_by, "
      + "recorded_at) values (#{e.workerId}, #{e.date}, #{e.kind}, #{e.rating}, #{e.attendance}, #{e.note}, #{e.by}, "
      + "#{e.at})")
  @Options(useGeneratedKeys = true, keyProperty = "e.id", keyColumn = "id")
  void insert(@Param("e") NewRow entry);

  @Select(ENTRY + "where id = #{id}")
  DailyEntry find(@Param("id") long id);

  /** A worker's entries from {@code from} to before {@code to}, oldest first. */
  @Select(ENTRY + "where worker_id = #{workerId} and entry_date >= #{from} and entry_date < #{to} "
      + "order by entry_date, id")
  List<DailyEntry> between(@Param("workerId") long workerId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  @Select("select kind, attendance, count(*), sum(rating) from evaluation_daily_entry where worker_id = #{workerId} "
      + "and entry_date >= #{from} and entry_date < #{to} group by kind, attendance")
  List<Tally> tally(@Param("workerId") long workerId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** Whether the worker's attendance of that day is recorded already. */
  @Select("select count(*) from evaluation_daily_entry where worker_id = #{workerId} and entry_date = #{date} "
      + "and kind = 'ATTENDANCE'")
  int attendanceCount(@Param("workerId") long workerId, @Param("date") LocalDate date);

  /**
   * Holds the worker's talent record until the transaction ends: two attendance entries of one day take turns, and
   * the second sees the first. Null when there is no such worker.
   */
  @Select("select id from talent_worker where id = #{id} for update")
  Long lockWorker(@Param("id") long workerId);
}
