package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases started at once on a series no case has opened yet (each unit's first case of a year) each get their own
 * number, and none is refused: on MariaDB the losers of the race to open the series held a shared lock on its row and
 * then asked to write it, and two such meeting was a deadlock (a 409 to the clerk; 21 in the inbox benchmark's 10,000
 * starts).
 */
@PlatformIT
class CaseNumbersIT {

  private static final int AT_ONCE = 6;
  private static final int SERIES = 8;

  @Autowired
  CaseNumbers numbers;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void shouldNumberCasesThatOpenASeriesAtOnceWithoutRefusingAny() throws Exception {
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    List<Throwable> refused = new CopyOnWriteArrayList<>();
    try {
      for (int s = 0; s < SERIES; s++) {
        String prefix = "并发" + UUID.randomUUID().toString().substring(0, 6);
        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
        List<Future<String>> given = new ArrayList<>();
        for (int c = 0; c < AT_ONCE; c++) {
          given.add(pool.submit(() -> {
            together.await(10, TimeUnit.SECONDS);
            try {
              return transactions.execute(status -> {
                String number = numbers.next(prefix, null);
                pause(); // the rest of a case's start, its row held meanwhile
                return number;
              });
            } catch (RuntimeException e) {
              refused.add(e);
              return null;
            }
          }));
        }
        List<String> taken = new ArrayList<>();
        for (Future<String> number : given) {
          taken.add(number.get(60, TimeUnit.SECONDS));
        }
        assertThat(refused).as("refused starts").isEmpty();
        assertThat(taken).containsExactlyInAnyOrder(
            java.util.stream.IntStream.rangeClosed(1, AT_ONCE)
                .mapToObj(n -> prefix + "〔" + taken.get(0).substring(prefix.length() + 1, prefix.length() + 5)
                    + "〕平台 " + String.format("%04d", n)).toArray(String[]::new));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
