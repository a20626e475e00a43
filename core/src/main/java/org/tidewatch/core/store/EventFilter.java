package org.tidewatch.core.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.track.BoundingBox;

/**
 * Which events {@link EventStore#find} returns; an empty field does not filter. Results are ordered
 * by start, then id.
 *
 * @param types only these types (empty: every type, summary rows of other names included)
 * @param from only events ending at or after this instant
 * @param to only events starting before this instant
 * @param box only events whose representative position is inside (events without one are out)
 * @param minConfidence only events with at least this confidence (summary rows have none: out)
 * @param mmsi only events involving this vessel, on any side (both vessels of an encounter)
 * @param limit at most this many events (the first by start)
 */
public record EventFilter(
    Set<EventType> types,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<BoundingBox> box,
    OptionalDouble minConfidence,
    OptionalInt mmsi,
    OptionalInt limit) {

  /** Copies the types; checks the limit. */
  public EventFilter {
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    if (limit.isPresent() && limit.getAsInt() < 0) {
      throw new IllegalArgumentException("negative limit " + limit.getAsInt());
    }
  }

  /** Every event. */
  public static EventFilter all() {
    return new EventFilter(
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** This filter restricted to some types. */
  public EventFilter withTypes(Set<EventType> t) {
    return new EventFilter(t, from, to, box, minConfidence, mmsi, limit);
  }

  /** This filter restricted to events overlapping {@code [start, end)}. */
  public EventFilter overlapping(Instant start, Instant end) {
    return new EventFilter(
        types, Optional.of(start), Optional.of(end), box, minConfidence, mmsi, limit);
  }

  /** This filter restricted to a box. */
  public EventFilter inside(BoundingBox b) {
    return new EventFilter(types, from, to, Optional.of(b), minConfidence, mmsi, limit);
  }

  /** This filter restricted to a minimum confidence. */
  public EventFilter withMinConfidence(double c) {
    return new EventFilter(types, from, to, box, OptionalDouble.of(c), mmsi, limit);
  }

  /** This filter restricted to one vessel. */
  public EventFilter involving(int vessel) {
    return new EventFilter(types, from, to, box, minConfidence, OptionalInt.of(vessel), limit);
  }

  /** This filter with a limit. */
  public EventFilter limitedTo(int n) {
    return new EventFilter(types, from, to, box, minConfidence, mmsi, OptionalInt.of(n));
  }
}
