package cn.unionsw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

  final TransactionMemo<String, String> memo = new TransactionMemo<>();
  final AtomicInteger loads = new AtomicInteger();

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      complete();
    }
  }

  @Test
  void shouldLoadOncePerTransactionAndForgetAtItsEnd() {
    TransactionSynchronizationManager.initSynchronization();

    assertThat(memo.get("grade-eligibility", this::load)).isEqualTo("grade-eligibility:1");
    assertThat(memo.get("grade-eligibility", this::load)).isEqualTo("grade-eligibility:1");
    assertThat(loads).hasValue(1);
    complete();

    TransactionSynchronizationManager.initSynchronization();
    assertThat(memo.get("grade-eligibility", this::load)).isEqualTo("grade-eligibility:2");
  }

  @Test
  void shouldKeepWhatIsPutForTheRestOfTheTransactionOnly() {
    TransactionSynchronizationManager.initSynchronization();
    memo.put("7", "candidate 7");

    assertThat(memo.find("7")).isEqualTo("candidate 7");
    assertThat(memo.find("8")).isNull();
    complete();
    assertThat(memo.find("7")).isNull();
  }

  @Test
  void shouldKeepNothingOutsideATransaction() {
    memo.put("7", "candidate 7");

    assertThat(memo.find("7")).isNull();
    assertThat(memo.get("grade-eligibility", this::load)).isEqualTo("grade-eligibility:1");
    assertThat(memo.get("grade-eligibility", this::load)).isEqualTo("grade-eligibility:2");
  }

  @Test
  void shouldNotKeepANullAnswer() {
    TransactionSynchronizationManager.initSynchronization();

    assertThat(memo.get("unreadable", key -> {
      loads.incrementAndGet();
      return null;
    })).isNull();
    assertThat(memo.get("unreadable", this::load)).isEqualTo("unreadable:2");
  }

  private String load(String key) {
    return key + ":" + loads.incrementAndGet();
  }

  /** What a transaction manager does at the end: tells the synchronisations, then clears them. */
  private static void complete() {
    var synchronizations = TransactionSynchronizationManager.getSynchronizations();
    TransactionSynchronizationManager.clearSynchronization();
    synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
  }
}
