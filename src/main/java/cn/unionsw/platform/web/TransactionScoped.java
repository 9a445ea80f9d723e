package cn.unionsw.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A map bound to its owner for the current Spring transaction, forgotten when the transaction ends. */
final class TransactionScoped {

  private TransactionScoped() {
  }

  /**
   * The owner's map in the current transaction; made on first use if {@code create} (null otherwise, and outside a
   * transaction). {@code beforeCommit}, if not null, is given the map just before the transaction commits.
   */
  static <K, V> Map<K, V> map(Object owner, boolean create, Consumer<Map<K, V>> beforeCommit) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<K, V> bound = (Map<K, V>) TransactionSynchronizationManager.getResource(owner);
    if (bound == null && create) {
      Map<K, V> made = new LinkedHashMap<>();
      TransactionSynchronizationManager.bindResource(owner, made);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          if (beforeCommit != null) {
            beforeCommit.accept(made);
          }
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
      });
      bound = made;
    }
    return bound;
  }
}
