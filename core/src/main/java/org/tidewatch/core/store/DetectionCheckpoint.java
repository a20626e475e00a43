package org.tidewatch.core.store;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far detection got, stored in the same transaction as the events it produced: a rerun compares
 * {@link #dayCounts()} with the store's current per-day counts and processes only from the first
 * day that changed.
 *
 * @param until detection covered reports before this instant
 * @param dayCounts reports per UTC day (epoch day → count) when it ran
 */
public record DetectionCheckpoint(Instant until, SortedMap<Long, Long> dayCounts) {

  /** Copies the counts (unmodifiable). */
  public DetectionCheckpoint {
    dayCounts = Collections.unmodifiableSortedMap(new TreeMap<>(dayCounts));
  }
}
