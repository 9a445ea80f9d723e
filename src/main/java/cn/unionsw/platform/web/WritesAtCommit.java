package cn.unionsw.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rows a transaction writes one by one, written together just before it commits: in the same transaction, so that
 * they commit or roll back with everything else it did, by {@code write} in lists of at most {@code chunk}. The last
 * value given for a key wins. Outside a transaction each value is written at once. For the many small updates of one
 * job (a batch job moving fifty candidates on updates fifty rows): one statement instead of fifty.
 *
 * <p>Nothing the transaction reads afterwards sees a value not yet written: give it only what the transaction does
 * not read back.
 */
public final class WritesAtCommit<K, V> {

  private final int chunk;
  private final Consumer<List<V>> write;

  public WritesAtCommit(int chunk, Consumer<List<V>> write) {
    this.chunk = chunk;
    this.write = write;
  }

  /** Writes the value before the transaction commits, or now outside one. */
  public void add(K key, V value) {
    Map<K, V> pending = TransactionScoped.map(this, true, this::writeAll);
    if (pending == null) {
      write.accept(List.of(value));
    } else {
      pending.put(key, value);
    }
  }

  private void writeAll(Map<K, V> pending) {
    List<V> values = new ArrayList<>(pending.values());
    pending.clear();
    for (int from = 0; from < values.size(); from += chunk) {
      write.accept(values.subList(from, Math.min(values.size(), from + chunk)));
    }
  }
}
