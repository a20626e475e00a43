package org.tidewatch.engine.screening;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a screening was made from; the results are stale when any part differs from now.
 *
 * @param lists the version in force of each list (list id to version id, which is derived from the
 *     list files' SHA-256)
 * @param storeState a digest of every source of the track store with its committed record count
 *     (every commit of a batch advances one; see {@link StoreState})
 * @param threshold the screening threshold
 * @param screener the build of the screening code ({@link ScreenerBuild#id()})
 */
public record ScreeningBasis(
    Map<String, String> lists, String storeState, double threshold, String screener) {

  /** Copies the lists, sorted by id. */
  public ScreeningBasis {
    lists = java.util.Collections.unmodifiableMap(new TreeMap<>(lists));
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold is between 0 and 1: " + threshold);
    }
  }

  /** Why {@code now} differs from this basis, or empty when it does not. */
  public java.util.Optional<String> differenceTo(ScreeningBasis now) {
    if (!lists.equals(now.lists)) {
      return java.util.Optional.of("the lists in force changed");
    }
    if (threshold != now.threshold) {
      return java.util.Optional.of("the threshold changed");
    }
    if (!screener.equals(now.screener)) {
      return java.util.Optional.of("the screening code changed");
    }
    if (!storeState.equals(now.storeState)) {
      return java.util.Optional.of("the store changed");
    }
    return java.util.Optional.empty();
  }
}
