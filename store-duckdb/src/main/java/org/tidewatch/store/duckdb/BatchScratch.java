package org.tidewatch.store.duckdb;

/**
 * Work arrays for preparing batch files, kept from one batch to the next: a batch of 250,000 rows
 * needs a few arrays of 1-2 MB each (sort keys, the row order, gathered column values), which G1
 * allocates as humongous objects, and whose allocation for every batch started concurrent GC
 * cycles. Not thread-safe: one per {@link BatchFiles}. Each array is at least as long as asked, and
 * its contents are undefined.
 */
final class BatchScratch {
  private long[] keys = new long[0];
  private int[] order = new int[0];
  private int[] merge = new int[0];
  private int[] ints = new int[0];
  private long[] longs = new long[0];

  long[] keys(int n) {
    return keys.length >= n ? keys : (keys = new long[n]);
  }

  int[] order(int n) {
    return order.length >= n ? order : (order = new int[n]);
  }

  int[] merge(int n) {
    return merge.length >= n ? merge : (merge = new int[n]);
  }

  int[] ints(int n) {
    return ints.length >= n ? ints : (ints = new int[n]);
  }

  long[] longs(int n) {
    return longs.length >= n ? longs : (longs = new long[n]);
  }
}
