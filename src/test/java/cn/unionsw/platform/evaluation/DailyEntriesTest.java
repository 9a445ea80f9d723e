package cn.unionsw.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.talent.IdNumbers;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.Worker;
import cn.unionsw.platform.talent.WorkerSource;
import cn.unionsw.platform.talent.WorkerStatus;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The daily entry's rules, each refusal naming its field, and the yearly summary, over a mocked table. */
class DailyEntriesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final String IDENTITY = IdNumbers.id(7);

  private final DailyEntryMapper mapper = mock(DailyEntryMapper.class);
  private final TalentDatabase talent = mock(TalentDatabase.class);
  private final OrgAccess access = mock(OrgAccess.class);
  private final DailyEntries entries = new DailyEntries(mapper, talent, access, "Asia/Shanghai");

  @BeforeEach
  void givenAWorkerOfZhengdingAndTheirCountysClerks() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    when(access.reachOf("zdclerk")).thenReturn(new Reach("zdclerk", false, List.of("HE-SJZ-ZD"), List.of("clerk")));
    when(access.reachOf("lcclerk")).thenReturn(new Reach("lcclerk", false, List.of("HE-SJZ-LC"), List.of("clerk")));
    when(access.reachOf("sjzreviewer")).thenReturn(new Reach("sjzreviewer", false, List.of("HE-SJZ"),
        List.of("reviewer")));
    when(access.reachOf("zdworker")).thenReturn(new Reach("zdworker", false, List.of("HE-SJZ-ZD-ZDZ"),
        List.of("worker")));
    when(access.reachOf("other")).thenReturn(new Reach("other", false, List.of("HE-SJZ-ZD-ZDZ"), List.of("worker")));
    when(talent.find(7L)).thenReturn(Optional.of(worker(WorkerStatus.ON_POST, null)));
    when(talent.ofIdentity(IDENTITY)).thenReturn(Optional.of(worker(WorkerStatus.ON_POST, null)));
    when(mapper.lockWorker(7L)).thenReturn(7L);
    doAnswer(call -> {
      call.<DailyEntryMapper.NewRow>getArgument(0).setId(70L);
      return null;
    }).when(mapper).insert(any());
    when(mapper.find(70L)).thenAnswer(call -> new DailyEntry(70L, 7L, TODAY, DailyEntryKind.DUTY, 4, null, "按时完成",
        "zdclerk", LocalDateTime.now()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRecordARatedEntryOfTheirCountysWorkerAsTheClerk() {
    entries.record(new NewDailyEntry(7L, "2026-06-15", DailyEntryKind.DUTY, 4, null, "  组织职工议事会  "), "zdclerk");

    verify(mapper).insert(org.mockito.ArgumentMatchers.argThat(row -> row.workerId == 7 && row.rating == 4
        && row.date.equals(TODAY) && row.note.equals("组织职工议事会") && row.by.equals("zdclerk")
        && row.at.equals(TODAY.atTime(9, 30))));
  }

  @Test
  void shouldFindTheWorkerByIdentityNumberForTheTasklistForm() {
    entries.recordFor(" " + IDENTITY.toLowerCase() + " ", new NewDailyEntry(null, "2026-06-01",
        DailyEntryKind.ATTENDANCE, null, Attendance.LEAVE, "病假"), "zdclerk");

    verify(mapper).insert(org.mockito.ArgumentMatchers.argThat(row -> row.workerId == 7
        && row.attendance == Attendance.LEAVE && row.rating == null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "no day                | NULL       | DUTY       | 3    | NULL    | 说明    | date",
      "a day as a timestamp  | 2026-06-01T00:00:00 | DUTY | 3 | NULL   | 说明    | date",
      "30 February           | 2026-02-30 | DUTY       | 3    | NULL    | 说明    | date",
      "tomorrow              | 2026-06-16 | DUTY       | 3    | NULL    | 说明    | date",
      "before the post       | 2025-02-28 | DUTY       | 3    | NULL    | 说明    | date",
      "no kind               | 2026-06-01 | NULL       | 3    | NULL    | 说明    | kind",
      "a duty without rating | 2026-06-01 | DUTY       | NULL | NULL    | 说明    | rating",
      "a task rated 0        | 2026-06-01 | TASK       | 0    | NULL    | 说明    | rating",
      "a goal rated 6        | 2026-06-01 | GOAL       | 6    | NULL    | 说明    | rating",
      "a duty with attendance| 2026-06-01 | DUTY       | 3    | PRESENT | 说明    | attendance",
      "attendance rated      | 2026-06-01 | ATTENDANCE | 3    | PRESENT | 说明    | rating",
      "attendance w/o status | 2026-06-01 | ATTENDANCE | NULL | NULL    | 说明    | attendance",
      "no note               | 2026-06-01 | DUTY       | 3    | NULL    | NULL    | note",
      "a blank note          | 2026-06-01 | DUTY       | 3    | NULL    | '  '    | note",
      "a note with a NUL     | 2026-06-01 | DUTY       | 3    | NULL    | a\u0000b | note"})
  void shouldRefuseEachBadFieldByNameAndWriteNothing(String what, String date, DailyEntryKind kind, Integer rating,
      Attendance attendance, String note, String field) {
    assertThatThrownBy(() -> entries.record(new NewDailyEntry(7L, date, kind, rating, attendance, note), "zdclerk"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> {
          assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
          assertThat(refusal.field()).isEqualTo(field);
        });
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldTakeANoteOfAThousandCharactersFourByteOnesCountingOnce() {
    entries.record(new NewDailyEntry(7L, "2026-06-01", DailyEntryKind.DUTY, 5, null, "𠮷".repeat(1000)), "zdclerk");
    assertThatThrownBy(() -> entries.record(new NewDailyEntry(7L, "2026-06-01", DailyEntryKind.DUTY, 5, null,
        "评".repeat(1001)), "zdclerk")).hasMessageStartingWith("note: ");
  }

  @Test
  void shouldRefuseADayOnOrAfterTheWorkerLeft() {
    when(talent.find(7L)).thenReturn(Optional.of(worker(WorkerStatus.LEFT, LocalDate.of(2026, 5, 31))));

    entries.record(new NewDailyEntry(7L, "2026-05-30", DailyEntryKind.DUTY, 3, null, "离岗前"), "zdclerk");
    assertThatThrownBy(() -> entries.record(new NewDailyEntry(7L, "2026-05-31", DailyEntryKind.DUTY, 3, null, "离岗当日"),
        "zdclerk")).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("date"));
  }

  @Test
  void shouldRefuseASecondAttendanceOfOneDay() {
    when(mapper.attendanceCount(7L, LocalDate.of(2026, 6, 1))).thenReturn(1);

    assertThatThrownBy(() -> entries.record(new NewDailyEntry(7L, "2026-06-01", DailyEntryKind.ATTENDANCE, null,
        Attendance.PRESENT, "到岗"), "zdclerk"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldAnswerAnotherCountysClerkNotFoundAndAReviewerOrWorkerForbidden() {
    NewDailyEntry entry = new NewDailyEntry(7L, "2026-06-01", DailyEntryKind.DUTY, 3, null, "说明");

    assertThatThrownBy(() -> entries.record(entry, "lcclerk")).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    assertThatThrownBy(() -> entries.recordFor(IDENTITY, entry, "lcclerk")).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    for (String user : List.of("sjzreviewer", "zdworker")) {
      assertThatThrownBy(() -> entries.record(entry, user)).isInstanceOfSatisfying(Refusal.class,
          refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldRefuseAMalformedIdentityNumberByName() {
    String wrongCheck = IDENTITY.substring(0, 17) + (IDENTITY.endsWith("0") ? "1" : "0");

    assertThatThrownBy(() -> entries.recordFor(wrongCheck, new NewDailyEntry(null, "2026-06-01", DailyEntryKind.DUTY,
        3, null, "说明"), "zdclerk")).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.field()).isEqualTo("identityNumber"));
  }

  @Test
  void shouldLetTheWorkerAndReviewersInReachReadButNotAnotherWorker() {
    when(mapper.between(eq(7L), any(), any())).thenReturn(List.of());

    assertThat(entries.entries(7L, 2026, "zdworker")).isEmpty();
    assertThat(entries.entries(7L, 2026, "sjzreviewer")).isEmpty();
    verify(mapper, org.mockito.Mockito.times(2)).between(7L, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> entries.entries(7L, 2026, "other")).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    assertThatThrownBy(() -> entries.summary(7L, 1999, "zdworker")).isInstanceOfSatisfying(Refusal.class,
        refusal -> assertThat(refusal.field()).isEqualTo("year"));
  }

  @Test
  void shouldSummariseAYearPerKindAndAttendanceStatus() {
    when(mapper.tally(7L, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).thenReturn(List.of(
        new DailyEntryMapper.Tally(DailyEntryKind.DUTY, null, 3L, 13L),
        new DailyEntryMapper.Tally(DailyEntryKind.TASK, null, 2L, 7L),
        new DailyEntryMapper.Tally(DailyEntryKind.ATTENDANCE, Attendance.PRESENT, 20L, null),
        new DailyEntryMapper.Tally(DailyEntryKind.ATTENDANCE, Attendance.ABSENT, 1L, null)));

    DailyEntrySummary summary = entries.summary(7L, 2025);

    assertThat(summary.entries()).isEqualTo(26);
    assertThat(summary.counts()).containsExactly(Map.entry(DailyEntryKind.DUTY, 3), Map.entry(DailyEntryKind.TASK, 2),
        Map.entry(DailyEntryKind.GOAL, 0), Map.entry(DailyEntryKind.ATTENDANCE, 21));
    assertThat(summary.averageRatings()).containsExactly(Map.entry(DailyEntryKind.DUTY, new BigDecimal("4.33")),
        Map.entry(DailyEntryKind.TASK, new BigDecimal("3.50")));
    assertThat(summary.attendanceDays()).containsExactly(Map.entry(Attendance.PRESENT, 20),
        Map.entry(Attendance.LEAVE, 0), Map.entry(Attendance.ABSENT, 1));
    assertThat(summary.text()).isEqualTo("2025 年日常评价 26 条：履行岗位职责 3 条，平均 4.33 分；完成日常工作任务 2 条，平均 3.50 分；"
        + "完成阶段工作目标 0 条；出勤情况 21 天，其中出勤 20 天、请假 0 天、缺勤 1 天。");
  }

  @Test
  void shouldSayWhenAYearHasNoEntries() {
    DailyEntrySummary summary = entries.summary(7L, 2024);

    assertThat(summary.entries()).isZero();
    assertThat(summary.averageRatings()).isEmpty();
    assertThat(summary.text()).isEqualTo("2024 年尚无日常评价记录。");
  }

  private static Worker worker(WorkerStatus status, LocalDate leftOn) {
    return new Worker(7L, IDENTITY, "赵晓雪", LocalDate.of(1993, 6, 15), Education.BACHELOR, List.of(), Grade.ENTRY,
        "HE-SJZ-ZD-ZDZ", 11L, null, "河北众和社会工作服务中心", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
        "zdworker", status, LocalDate.of(2025, 3, 1), leftOn, leftOn == null ? null : "合同期满", WorkerSource.IMPORT,
        LocalDateTime.now(), "test", LocalDateTime.now(), "test");
  }
}
