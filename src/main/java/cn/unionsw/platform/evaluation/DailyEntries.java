package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.talent.WorkerStatus;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host unit's daily evaluation (Art. 25): entries on a worker's duties, tasks and goals (rated 1–5) and
 * attendance, recorded by the clerks of the unions that reach the worker's post (a county its own workers, a city its
 * counties' and its own posts', the province all) for a day the worker was on post, not in the future by the
 * engine's clock; at most one attendance entry a day. Read by those clerks and reviewers and by the worker themself; a
 * worker out of reach reads as not found. {@link #summary(long, int)} is what the annual proposal shows.
 */
@Service
public class DailyEntries {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final DailyEntryMapper mapper;
  private final TalentDatabase talent;
  private final OrgAccess access;
  private final ZoneId zone;

  DailyEntries(DailyEntryMapper mapper, TalentDatabase talent, OrgAccess access,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.mapper = mapper;
    this.talent = talent;
    this.access = access;
    this.zone = ZoneId.of(zone);
  }

  /** Records an entry for {@code entry.workerId()}; {@code by} must be a clerk within reach, or an administrator. */
  @Transactional
  public DailyEntry record(NewDailyEntry entry, String by) {
    Reach reach = requireClerk(by);
    if (entry.workerId() == null) {
      throw Refusal.invalid("workerId", "须指定社工");
    }
    if (entry.workerId() < 1) {
      throw Refusal.invalid("workerId", "须为正整数，收到 " + entry.workerId());
    }
    return store(reach, entry.workerId(), entry, by);
  }

  /** The same, the worker named by identity number (what a clerk has at hand: Tasklist's start form). */
  @Transactional
  public DailyEntry recordFor(String identityNumber, NewDailyEntry entry, String by) {
    Reach reach = requireClerk(by);
    String number = IdentityNumber.normalise(identityNumber);
    String problem = IdentityNumber.problem(number, today());
    if (problem != null) {
      throw Refusal.invalid("identityNumber", problem);
    }
    Worker worker = talent.ofIdentity(number).filter(w -> reach.includes(w.unitCode()))
        .orElseThrow(() -> Refusal.notFound("worker", "您管辖范围内没有身份证号为 " + number + " 的社工"));
    return store(reach, worker.id(), entry, by);
  }

  /** A worker's entries of a year, oldest first. */
  @Transactional(readOnly = true)
  public List<DailyEntry> entries(long workerId, int year, String userId) {
    readable(workerId, year, userId);
    return mapper.between(workerId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** {@link #summary(long, int)} for someone who may read the worker's entries. */
  @Transactional(readOnly = true)
  public DailyEntrySummary summary(long workerId, int year, String userId) {
    readable(workerId, year, userId);
    return summary(workerId, year);
  }

  /** A worker's entries of a year in figures, whoever asks: the caller has decided that they may know them. */
  @Transactional(readOnly = true)
  public DailyEntrySummary summary(long workerId, int year) {
    Map<DailyEntryKind, Integer> counts = new EnumMap<>(DailyEntryKind.class);
    Map<DailyEntryKind, Long> ratingSums = new EnumMap<>(DailyEntryKind.class);
    Map<Attendance, Integer> days = new EnumMap<>(Attendance.class);
    for (DailyEntryKind kind : DailyEntryKind.values()) {
      counts.put(kind, 0);
    }
    for (Attendance status : Attendance.values()) {
      days.put(status, 0);
    }
    int entries = 0;
    for (DailyEntryMapper.Tally tally : mapper.tally(workerId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
      int n = Math.toIntExact(tally.entries());
      entries += n;
      counts.merge(tally.kind(), n, Integer::sum);
      if (tally.attendance() != null) {
        days.merge(tally.attendance(), n, Integer::sum);
      }
      if (tally.ratingSum() != null) {
        ratingSums.merge(tally.kind(), tally.ratingSum(), Long::sum);
      }
    }
    Map<DailyEntryKind, BigDecimal> averages = new EnumMap<>(DailyEntryKind.class);
    ratingSums.forEach((kind, sum) -> averages.put(kind, BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(counts.get(kind)), 2, RoundingMode.HALF_UP)));
    return new DailyEntrySummary(workerId, year, entries, counts, averages, days);
  }

  private DailyEntry store(Reach reach, long workerId, NewDailyEntry entry, String by) {
    LocalDate date = DailyEntryCheck.day(entry.date(), today());
    DailyEntryCheck.content(entry);
    if (mapper.lockWorker(workerId) == null) {
      throw notFound(workerId);
    }
    Worker worker = talent.find(workerId).filter(w -> reach.includes(w.unitCode()))
        .orElseThrow(() -> notFound(workerId));
    if (date.isBefore(worker.onPostSince())) {
      throw Refusal.invalid("date", "日期 " + date + " 早于该社工的上岗日期 " + worker.onPostSince());
    }
    if (worker.status() == WorkerStatus.LEFT && worker.leftOn() != null && !date.isBefore(worker.leftOn())) {
      throw Refusal.invalid("date", "该社工已于 " + worker.leftOn() + " 离岗，" + date + " 不在岗");
    }
    if (entry.kind() == DailyEntryKind.ATTENDANCE && mapper.attendanceCount(workerId, date) > 0) {
      throw Refusal.conflict("attendance_recorded", "date", "该社工 " + date + " 的出勤情况已登记");
    }
    var row = new DailyEntryMapper.NewRow(workerId, date, entry.kind(), entry.rating(), entry.attendance(),
        entry.note().strip(), by, EngineTime.now(zone));
    mapper.insert(row);
    return mapper.find(row.getId());
  }

  private Reach requireClerk(String userId) {
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK)) {
      throw Refusal.forbidden("只有社工所在县（市、区）或市的经办人员可以记录日常评价");
    }
    return reach;
  }

  /** Administrators all; clerks and reviewers within reach; a worker their own entries. */
  private void readable(long workerId, int year, String userId) {
    if (workerId < 1) {
      throw Refusal.invalid("workerId", "须为正整数，收到 " + workerId);
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw Refusal.invalid("year", "须为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年份，收到 " + year);
    }
    Reach reach = access.reachOf(userId);
    boolean staff = reach.roles().contains(Roles.CLERK) || reach.roles().contains(Roles.REVIEWER);
    talent.find(workerId).filter(w -> reach.admin() || reach.userId().equals(w.userId())
        || staff && reach.includes(w.unitCode())).orElseThrow(() -> notFound(workerId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  private static Refusal notFound(long workerId) {
    return Refusal.notFound("worker", "没有这名社工: " + workerId);
  }
}
