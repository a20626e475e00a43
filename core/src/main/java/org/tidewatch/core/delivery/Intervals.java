package org.tidewatch.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.detect.DetectedEvent;

/** Time arithmetic shared by the readings: spans, midpoints, overlaps. */
final class Intervals {

  private Intervals() {}

  static Instant mid(Instant a, Instant b) {
    return Instant.ofEpochSecond((a.getEpochSecond() + b.getEpochSecond()) / 2);
  }

  static double hours(Instant a, Instant b) {
    return (b.getEpochSecond() - a.getEpochSecond()) / 3600.0;
  }

  /** The last event of {@code events} (in their order) overlapping [from, to]. */
  static <E extends DetectedEvent> Optional<E> lastOverlapping(
      List<E> events, Instant from, Instant to) {
    E last = null;
    for (E e : events) {
      if (overlaps(e.start(), e.end(), from, to)) {
        last = e;
      }
    }
    return Optional.ofNullable(last);
  }

  static boolean overlaps(Instant a0, Instant a1, Instant b0, Instant b1) {
    return !a0.isAfter(b1) && !a1.isBefore(b0);
  }
}
