package cn.unionsw.platform.people;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nodes that start together on one database take turns writing their start-up data, so that none of them stops on
 * a duplicate key. Two threads stand in for two nodes: the database cannot tell the difference.
 */
@PlatformIT
class StartupLockIT {

  @Autowired
  StartupLock startupLock;
  @Autowired
  AccessPolicy accessPolicy;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void shouldMakeASecondNodeWaitUntilTheFirstHasCommitted() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CountDownLatch firstHolds = new CountDownLatch(1);
    AtomicBoolean firstCommitting = new AtomicBoolean();

    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
      startupLock.acquire();
      firstHolds.countDown();
      sleep(700); // long enough for the second node to reach the lock and wait
      firstCommitting.set(true);
    }));
    firstHolds.await(30, TimeUnit.SECONDS);
    Boolean sawFirstCommitted = transaction.execute(status -> {
      startupLock.acquire();
      return firstCommitting.get();
    });

    first.get(30, TimeUnit.SECONDS);
    assertThat(sawFirstCommitted).as("second node got the lock only once the first was done").isTrue();
  }

  @Test
  void shouldCreateAMissingGrantOnceWhenTwoNodesApplyTheAccessPolicyTogether() throws Exception {
    authorizations.deleteAuthorization(adminBatchGrant().singleResult().getId());
    CyclicBarrier start = new CyclicBarrier(2);

    CompletableFuture<Void> one = CompletableFuture.runAsync(() -> applyPolicyAfter(start));
    CompletableFuture<Void> other = CompletableFuture.runAsync(() -> applyPolicyAfter(start));

    CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);
    assertThat(adminBatchGrant().count()).isEqualTo(1);
  }

  private void applyPolicyAfter(CyclicBarrier start) {
    try {
      start.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    accessPolicy.run(null);
  }

  private AuthorizationQuery adminBatchGrant() {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(Roles.ADMIN).resourceType(Resources.BATCH).resourceId("*");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
