package org.tidewatch.store.duckdb;

import java.util.Arrays;

/**
 * Per-vessel first and last time (µs) and position count of one batch: an open-addressing map from
 * MMSI to primitive slots, no boxing. Folded into the identity aggregates at commit.
 */
final class VesselSpans {
  private int[] mmsi;
  private long[] first;
  private long[] last;
  private long[] count;
  private boolean[] used;
  private int size;

  VesselSpans() {
    allocate(1 << 12);
  }

  private void allocate(int slots) {
    mmsi = new int[slots];
    first = new long[slots];
    last = new long[slots];
    count = new long[slots];
    used = new boolean[slots];
    Arrays.fill(first, Long.MAX_VALUE);
    Arrays.fill(last, Long.MIN_VALUE);
  }

  /** Folds one position of {@code vessel} at {@code t} µs. */
  void see(int vessel, long t) {
    int mask = mmsi.length - 1;
    int i = (vessel * 0x9E3779B1) & mask;
    while (used[i] && mmsi[i] != vessel) {
      i = (i + 1) & mask;
    }
    if (!used[i]) {
      used[i] = true;
      mmsi[i] = vessel;
      if (++size * 2 > mmsi.length) {
        grow();
        see(vessel, t);
        return;
      }
    }
    if (t < first[i]) {
      first[i] = t;
    }
    if (t > last[i]) {
      last[i] = t;
    }
    count[i]++;
  }

  private void grow() {
    int[] m = mmsi;
    long[] f = first;
    long[] l = last;
    long[] c = count;
    boolean[] u = used;
    allocate(m.length * 2);
    size = 0;
    int mask = mmsi.length - 1;
    for (int j = 0; j < m.length; j++) {
      if (u[j]) {
        int i = (m[j] * 0x9E3779B1) & mask;
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        mmsi[i] = m[j];
        first[i] = f[j];
        last[i] = l[j];
        count[i] = c[j];
        size++;
      }
    }
  }

  /** Receives one vessel's span. */
  interface Consumer {
    void span(int mmsi, long first, long last, long count);
  }

  void forEach(Consumer c) {
    for (int i = 0; i < mmsi.length; i++) {
      if (used[i]) {
        c.span(mmsi[i], first[i], last[i], count[i]);
      }
    }
  }
}
