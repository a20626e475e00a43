package org.tidewatch.store.duckdb;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only list in chunks of {@value #CHUNK} elements, read-only once returned. A query
 * result of a few hundred thousand records never needs one large array, which G1 would allocate as
 * a humongous object (and start a concurrent cycle for) on every query.
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {
  private static final int SHIFT = 14;
  private static final int CHUNK = 1 << SHIFT;

  private final List<Object[]> chunks = new ArrayList<>();
  private int size;

  void append(T value) {
    if ((size & (CHUNK - 1)) == 0) {
      chunks.add(new Object[CHUNK]);
    }
    chunks.get(size >>> SHIFT)[size & (CHUNK - 1)] = value;
    size++;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return (T) chunks.get(i >>> SHIFT)[i & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}
