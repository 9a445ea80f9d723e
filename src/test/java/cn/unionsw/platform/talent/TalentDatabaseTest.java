package cn.unionsw.platform.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.procurement.Contracts;
import cn.unionsw.platform.talent.TalentMapper.PostRow;
import cn.unionsw.platform.talent.TalentMapper.Row;
import cn.unionsw.platform.talent.TalentMapper.Stored;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of the talent database, with its mapper mocked: who may take which post, leaving, the record. */
class TalentDatabaseTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final String ID = IdNumbers.id("130123", LocalDate.of(1990, 3, 7), 12);
  static final long POST = 7;

  final TalentMapper mapper = mock(TalentMapper.class);
  final Accounts accounts = mock(Accounts.class);
  final TalentDatabase database = new TalentDatabase(mapper, mock(Contracts.class), accounts,
      Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC));

  @Test
  void shouldHireOntoAFreeActivePostOfTheWorkersGradeOrLower() {
    post("ACTIVE", Grade.ENTRY);
    doAnswer(call -> {
      call.<Stored>getArgument(0).setId(1L);
      return null;
    }).when(mapper).insert(any());
    when(mapper.find(anyLong())).thenReturn(Optional.of(row(WorkerStatus.ON_POST)));

    Worker worker = database.hire(worker(Grade.LEVEL_3), "zdclerk");

    assertThat(worker.status()).isEqualTo(WorkerStatus.ON_POST);
    verify(mapper).insert(any(Stored.class));
    verify(mapper).insertEvent(anyLong(), eq(TalentEventKind.HIRED), eq(TODAY.minusMonths(1)), any(), eq("zdclerk"),
        any());
  }

  @Test
  void shouldAnswerTheIdOfAWorkerPlacedWithoutReadingTheRecordBack() {
    post("ACTIVE", Grade.ENTRY);
    doAnswer(call -> {
      call.<Stored>getArgument(0).setId(7L);
      return null;
    }).when(mapper).insert(any());

    assertThat(database.placeOnPost(worker(Grade.ENTRY), "recruitment")).isEqualTo(7L);
    verify(mapper, never()).find(anyLong());
    verify(mapper).insertEvent(eq(7L), eq(TalentEventKind.HIRED), any(), any(), eq("recruitment"), any());
  }

  @Test
  void shouldRefuseAPostAnotherWorkerHolds() {
    post("ACTIVE", Grade.ENTRY);
    when(mapper.held(List.of(POST))).thenReturn(List.of(POST));

    assertRefused(() -> database.hire(worker(Grade.ENTRY), "zdclerk"), Kind.CONFLICT, "postId");
  }

  @Test
  void shouldRefuseAPersonAlreadyOnAnotherPost() {
    post("ACTIVE", Grade.ENTRY);
    when(mapper.findByIdentity(ID)).thenReturn(Optional.of(row(WorkerStatus.ON_POST)));

    assertRefused(() -> database.hire(worker(Grade.ENTRY), "zdclerk"), Kind.CONFLICT, "identityNumber");
  }

  @Test
  void shouldTakeUpTheRecordOfAPersonWhoLeft() {
    post("ACTIVE", Grade.ENTRY);
    when(mapper.findByIdentity(ID)).thenReturn(Optional.of(row(WorkerStatus.LEFT)));
    when(mapper.rehire(any())).thenReturn(1);
    when(mapper.find(anyLong())).thenReturn(Optional.of(row(WorkerStatus.ON_POST)));

    database.hire(worker(Grade.ENTRY), "zdclerk");

    verify(mapper).rehire(any());
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldRefuseACancelledPostAPostAboveTheWorkersGradeAndAMissingOne() {
    post("CANCELLED", Grade.ENTRY);
    assertRefused(() -> database.hire(worker(Grade.ENTRY), "zdclerk"), Kind.CONFLICT, "postId");
    post("ACTIVE", Grade.LEVEL_2);
    assertRefused(() -> database.hire(worker(Grade.LEVEL_3), "zdclerk"), Kind.INVALID, "grade");
    when(mapper.lockPost(POST)).thenReturn(null);
    assertRefused(() -> database.hire(worker(Grade.ENTRY), "zdclerk"), Kind.INVALID, "postId");
  }

  @Test
  void shouldRefuseABadIdentityNumberBeforeTouchingThePost() {
    String badCheck = ID.substring(0, 17) + (ID.endsWith("0") ? "1" : "0");
    NewWorker w = worker(Grade.ENTRY);
    NewWorker bad = new NewWorker(badCheck, w.name(), w.education(), w.certificates(), w.grade(), w.postId(), null,
        w.contractorName(), w.contractStartsOn(), w.contractEndsOn(), null, w.onPostSince(), w.source());

    assertRefused(() -> database.hire(bad, "zdclerk"), Kind.INVALID, "identityNumber");
    verify(mapper, never()).lockPost(anyLong());
  }

  @Test
  void shouldAskForAContractorAndBothDatesOrNone() {
    NewWorker w = worker(Grade.ENTRY);
    NewWorker half = new NewWorker(w.identityNumber(), w.name(), w.education(), w.certificates(), w.grade(),
        w.postId(), null, "某服务社", w.contractStartsOn(), null, null, w.onPostSince(), w.source());

    assertThat(WorkerCheck.faults(half, TODAY)).extracting(WorkerCheck.Fault::field)
        .containsExactly("contractEndsOn");
  }

  @Test
  void shouldRecordALeavingOnceAndNotBeforeThePostWasTaken() {
    when(mapper.lock(1)).thenReturn(1L);
    when(mapper.find(1)).thenReturn(Optional.of(row(WorkerStatus.ON_POST)));
    when(mapper.leave(eq(1L), any(), any(), any(), any())).thenReturn(1);

    assertRefused(() -> database.leave(1, TODAY.minusYears(3), "合同期满", "zdclerk"), Kind.INVALID, "on");
    assertRefused(() -> database.leave(1, TODAY.plusDays(1), "合同期满", "zdclerk"), Kind.INVALID, "on");
    assertRefused(() -> database.leave(1, TODAY, " ", "zdclerk"), Kind.INVALID, "reason");
    database.leave(1, TODAY, " 合同期满 ", "zdclerk");
    verify(mapper).leave(eq(1L), eq(TODAY), eq("合同期满"), eq("zdclerk"), any());

    when(mapper.find(1)).thenReturn(Optional.of(row(WorkerStatus.LEFT)));
    assertRefused(() -> database.leave(1, TODAY, "合同期满", "zdclerk"), Kind.CONFLICT, null);
  }

  @Test
  void shouldKeepHiringAndLeavingOutOfTheFreeRecord() {
    assertRefused(() -> database.record(1, TalentEventKind.HIRED, TODAY, "x", "zdclerk"), Kind.INVALID, "kind");
    assertRefused(() -> database.record(1, TalentEventKind.LEFT, TODAY, "x", "zdclerk"), Kind.INVALID, "kind");
    assertRefused(() -> database.record(1, TalentEventKind.TRAINED, TODAY, "x".repeat(2001), "zdclerk"),
        Kind.INVALID, "detail");
    when(mapper.lock(1)).thenReturn(null);
    assertRefused(() -> database.record(1, TalentEventKind.TRAINED, TODAY, "岗前培训", "zdclerk"), Kind.NOT_FOUND,
        null);
  }

  private void post(String status, Grade grade) {
    when(mapper.lockPost(POST)).thenReturn(new PostRow(POST, "HE-SJZ-ZD-ZDZ", grade, status));
  }

  static NewWorker worker(Grade grade) {
    return new NewWorker(ID, "王𠮷", Education.BACHELOR, List.of("助理社会工作师"), grade, POST, null, "某服务社",
        TODAY.minusYears(1), TODAY.plusYears(2), null, TODAY.minusMonths(1), WorkerSource.RECRUITMENT);
  }

  static Row row(WorkerStatus status) {
    return new Row(1L, ID, "王𠮷", LocalDate.of(1990, 3, 7), Education.BACHELOR, "助理社会工作师", Grade.ENTRY,
        "HE-SJZ-ZD-ZDZ", POST, null, "某服务社", TODAY.minusYears(1), TODAY.plusYears(2), null, status,
        TODAY.minusMonths(1), status == WorkerStatus.LEFT ? TODAY : null, null, WorkerSource.RECRUITMENT,
        LocalDateTime.of(2026, 1, 1, 0, 0), "x", LocalDateTime.of(2026, 1, 1, 0, 0), "x");
  }

  private static void assertRefused(ThrowingCallable call, Kind kind, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, refusal -> {
      assertThat(refusal.kind()).as(refusal.getMessage()).isEqualTo(kind);
      assertThat(refusal.field()).as(refusal.getMessage()).isEqualTo(field);
    });
  }
}
