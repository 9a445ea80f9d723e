package cn.unionsw.platform.web;

import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept until the current transaction ends, then forgotten: bound to Spring's transaction synchronisation (the
 * engine's commands and jobs run in Spring transactions), one map per memo and transaction. Outside a transaction
 * nothing is kept. For what a transaction may take as fixed while it runs, such as the latest version of a decision
 * it evaluates a thousand times, or a row a job has just read and hands to the delegates it runs.
 */
public final class TransactionMemo<K, V> {

  /** Whether a transaction is under way, in which a memo keeps what it is given. */
  public static boolean inTransaction() {
    return TransactionSynchronizationManager.isSynchronizationActive();
  }

  /** The value kept for the key, or what {@code load} answers (kept unless null). Outside a transaction: loaded. */
  public V get(K key, Function<K, V> load) {
    Map<K, V> kept = kept(true);
    return kept == null ? load.apply(key) : kept.computeIfAbsent(key, load);
  }

  /** The value kept for the key in this transaction, or null. */
  public V find(K key) {
    Map<K, V> kept = kept(false);
    return kept == null ? null : kept.get(key);
  }

  /** Keeps a value for the rest of the transaction; does nothing outside one. */
  public void put(K key, V value) {
    Map<K, V> kept = kept(true);
    if (kept != null) {
      kept.put(key, value);
    }
  }

  private Map<K, V> kept(boolean create) {
    return TransactionScoped.map(this, create, null);
  }
}
