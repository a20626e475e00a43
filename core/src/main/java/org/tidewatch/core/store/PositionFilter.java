package org.tidewatch.core.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.track.BoundingBox;

/**
 * Which positions a scan returns.
 *
 * @param mmsis only these MMSIs; empty set = all
 * @param from inclusive start
 * @param to exclusive end
 * @param box only positions inside this box (exact test)
 */
public record PositionFilter(
    Set<Integer> mmsis, Instant from, Instant to, Optional<BoundingBox> box) {

  /** Copies the set. */
  public PositionFilter {
    mmsis = Set.copyOf(mmsis);
  }

  /** Everything between two instants. */
  public static PositionFilter between(Instant from, Instant to) {
    return new PositionFilter(Set.of(), from, to, Optional.empty());
  }
}
