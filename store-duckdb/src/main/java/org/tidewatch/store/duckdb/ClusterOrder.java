package org.tidewatch.store.duckdb;

import java.util.Arrays;

/**
 * The order of a batch's rows by the clustering key within one source, (mmsi, t, line), as a
 * permutation of row indexes. A batch written in this order makes the store's later {@link
 * Clustering} rewrite a merge of sorted runs: DuckDB's sort then reads its input rows sequentially
 * instead of jumping across the whole table for every output row, which halved its CPU per row
 * (measured, store-duckdb/README.md).
 */
final class ClusterOrder {
  private ClusterOrder() {}

  /**
   * The permutation that orders rows {@code 0..n-1} by (mmsi, micros, row index); the row index
   * stands for the line, which grows with it within a batch.
   */
  static int[] of(int n, int[] mmsi, long[] micros) {
    return of(n, mmsi, micros, new BatchScratch());
  }

  /**
   * As {@link #of(int, int[], long[])}, in the scratch's arrays: the first {@code n} elements of
   * the array returned (which may be longer) are the permutation.
   */
  static int[] of(int n, int[] mmsi, long[] micros, BatchScratch s) {
    // the MMSI in the high 32 bits (signed, as the int), the row index in the low: one primitive
    // sort
    long[] key = s.keys(n);
    for (int i = 0; i < n; i++) {
      key[i] = ((long) mmsi[i] << 32) | i;
    }
    Arrays.sort(key, 0, n);
    int[] order = s.order(n);
    for (int i = 0; i < n; i++) {
      order[i] = (int) key[i];
    }
    // within a vessel, rows are in line order; times usually grow with lines, else sort the run
    int[] scratch = null;
    for (int start = 0; start < n; ) {
      int m = mmsi[order[start]];
      int end = start + 1;
      boolean inOrder = true;
      while (end < n && mmsi[order[end]] == m) {
        if (micros[order[end]] < micros[order[end - 1]]) {
          inOrder = false;
        }
        end++;
      }
      if (!inOrder) {
        if (scratch == null) {
          scratch = s.merge(n);
        }
        mergeSort(order, scratch, start, end, micros);
      }
      start = end;
    }
    return order;
  }

  /** Stable merge sort of {@code a[from, to)} by {@code micros} (ties keep their order). */
  private static void mergeSort(int[] a, int[] tmp, int from, int to, long[] micros) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, micros);
    mergeSort(a, tmp, mid, to, micros);
    if (micros[a[mid - 1]] <= micros[a[mid]]) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && micros[tmp[i]] <= micros[tmp[j]])) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
