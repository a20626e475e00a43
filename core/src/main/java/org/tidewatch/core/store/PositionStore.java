package org.tidewatch.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.DailyCount;
import org.tidewatch.core.track.Position;

/** Stored position reports (written through {@link IngestRunStore#commit}). */
public interface PositionStore {

  /**
   * A vessel's track: its positions with {@code from <= time < to}, in time order (ties in
   * provenance order: source, line).
   *
   * @param downsample when present, keep only the first position of each interval of this length
   *     (intervals aligned on the Unix epoch)
   */
  List<Position> track(int mmsi, Instant from, Instant to, Optional<Duration> downsample);

  /**
   * The vessels inside a box at an instant: for each MMSI its latest position with {@code at -
   * maxAge <= time <= at}, kept when that position is inside the box. Ordered by MMSI.
   */
  List<Position> latestInBox(BoundingBox box, Instant at, Duration maxAge);

  /**
   * Messages per UTC day with {@code from <= time < to}, in day order, days without data left out.
   */
  List<DailyCount> dailyCounts(Instant from, Instant to);

  /** Streams the matching positions in (MMSI, time) order, without holding them all in memory. */
  void scan(PositionFilter filter, Consumer<Position> sink);

  /** Number of stored positions. */
  long count();
}
