package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** {@link ClusterOrder} is a permutation that sorts rows by (mmsi, time, row index). */
class ClusterOrderTest {
  @Property(tries = 200)
  void ordersByVesselThenTimeThenRow(
      @ForAll @Size(max = 300) int @IntRange(min = -3, max = 5) [] vessels,
      @ForAll @LongRange(min = 0, max = 20) long seed) {
    int n = vessels.length;
    int[] mmsi = new int[n];
    long[] micros = new long[n];
    java.util.Random rnd = new java.util.Random(seed);
    for (int i = 0; i < n; i++) {
      mmsi[i] = vessels[i] * 100_000_000; // negative and large MMSIs too
      micros[i] = seed % 2 == 0 ? i / 3 : rnd.nextInt(10); // in order, or not, with ties
    }
    int[] order = ClusterOrder.of(n, mmsi, micros);
    int[] sorted = order.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      assertThat(sorted[i]).isEqualTo(i);
    }
    for (int k = 1; k < n; k++) {
      int a = order[k - 1];
      int b = order[k];
      int c = Integer.compare(mmsi[a], mmsi[b]);
      if (c == 0) {
        c = Long.compare(micros[a], micros[b]);
      }
      if (c == 0) {
        c = Integer.compare(a, b);
      }
      assertThat(c).isNegative();
    }
  }
}
