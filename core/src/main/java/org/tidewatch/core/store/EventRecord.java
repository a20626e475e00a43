package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.provenance.Releasability;

/**
 * A stored event as {@link EventStore#find} returns it: the common fields, the marking and, for an
 * event stored by {@link EventStore#replace}, the typed event itself. Summary rows stored by {@link
 * EventStore#append} have no typed event and no confidence.
 *
 * @param id the stable id ({@code TYPE:mmsi[+mmsi]:startEpochSecond}, {@link DetectedEvent#id()})
 * @param type the {@link org.tidewatch.core.detect.EventType} name (for a summary row: its detector
 *     name upper-cased, {@code -} as {@code _})
 * @param mmsis the vessels involved, the subject first
 * @param start start
 * @param end end
 * @param latitude_deg representative latitude (NaN when unknown)
 * @param longitude_deg representative longitude (NaN when unknown)
 * @param confidence in [0, 1], absent for a summary row
 * @param summary one human-readable line
 * @param releasability who may see it
 * @param event the typed event, absent for a summary row
 */
public record EventRecord(
    String id,
    String type,
    List<Integer> mmsis,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    OptionalDouble confidence,
    String summary,
    Releasability releasability,
    Optional<DetectedEvent> event) {

  /** Copies the MMSIs. */
  public EventRecord {
    mmsis = List.copyOf(mmsis);
  }

  /** The record of a typed event. */
  public static EventRecord of(MarkedEvent m) {
    DetectedEvent e = m.event();
    return new EventRecord(
        e.id(),
        e.type().name(),
        e.mmsis(),
        e.start(),
        e.end(),
        e.latitude_deg(),
        e.longitude_deg(),
        OptionalDouble.of(e.confidence()),
        e.summary(),
        m.releasability(),
        Optional.of(e));
  }

  /** The subject vessel. */
  public int mmsi() {
    return mmsis.get(0);
  }

  /** The type name a summary row's detector name stands for ({@code dark-period} → DARK_PERIOD). */
  public static String typeName(String detector) {
    return detector.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
