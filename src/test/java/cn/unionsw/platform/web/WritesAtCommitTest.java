package cn.unionsw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class WritesAtCommitTest {

  final List<List<String>> written = new ArrayList<>();
  final WritesAtCommit<Integer, String> writes = new WritesAtCommit<>(2, rows -> written.add(List.copyOf(rows)));

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      end(TransactionSynchronization.STATUS_ROLLED_BACK);
    }
  }

  @Test
  void shouldWriteEachValueAtOnceOutsideATransaction() {
    writes.add(7, "candidate 7 interview");
    writes.add(8, "candidate 8 interview");

    assertThat(written).containsExactly(List.of("candidate 7 interview"), List.of("candidate 8 interview"));
  }

  @Test
  void shouldWriteNothingUntilTheCommitThenTheLastValueOfEachKeyInChunks() {
    TransactionSynchronizationManager.initSynchronization();
    writes.add(7, "candidate 7 interview");
    writes.add(8, "candidate 8 interview");
    writes.add(7, "candidate 7 failed");
    writes.add(9, "candidate 9 interview");
    assertThat(written).isEmpty();

    TransactionSynchronizationUtils.triggerBeforeCommit(false);
    end(TransactionSynchronization.STATUS_COMMITTED);

    assertThat(written).containsExactly(List.of("candidate 7 failed", "candidate 8 interview"),
        List.of("candidate 9 interview"));
  }

  @Test
  void shouldForgetWhatARolledBackTransactionGathered() {
    TransactionSynchronizationManager.initSynchronization();
    writes.add(7, "candidate 7 interview");
    end(TransactionSynchronization.STATUS_ROLLED_BACK);

    TransactionSynchronizationManager.initSynchronization();
    writes.add(8, "candidate 8 interview");
    TransactionSynchronizationUtils.triggerBeforeCommit(false);
    end(TransactionSynchronization.STATUS_COMMITTED);

    assertThat(written).containsExactly(List.of("candidate 8 interview"));
  }

  private static void end(int status) {
    TransactionSynchronizationUtils.triggerAfterCompletion(status);
    TransactionSynchronizationManager.clearSynchronization();
  }
}
