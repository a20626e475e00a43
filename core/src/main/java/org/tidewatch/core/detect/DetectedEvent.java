package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A detected behaviour with the evidence behind it. Implementations are immutable records, one per
 * family; {@link #id()} is deterministic (type, vessels, start), so the same input always gives the
 * same ids and a rerun can replace an event that was still open.
 */
public sealed interface DetectedEvent
    permits PortCall,
        Encounter,
        Loitering,
        AisGap,
        Spoofing,
        SharedMmsi,
        IdentityChange,
        DraughtChange {

  /** The event type. */
  EventType type();

  /** The MMSIs involved, the first being the subject. */
  List<Integer> mmsis();

  /** Start (event time). */
  Instant start();

  /** End (event time); equal to {@link #start()} for instantaneous events. */
  Instant end();

  /** Representative latitude (NaN when unknown). */
  double latitude_deg();

  /** Representative longitude (NaN when unknown). */
  double longitude_deg();

  /** Confidence in [0, 1]. */
  double confidence();

  /** The reports that prove the event (a bounded selection, by provenance). */
  List<Evidence> evidence();

  /** One human-readable line. */
  String summary();

  /** A deterministic id: {@code TYPE:mmsi[+mmsi]:startEpochSecond}. */
  default String id() {
    return type()
        + ":"
        + mmsis().stream().map(String::valueOf).collect(Collectors.joining("+"))
        + ":"
        + start().getEpochSecond();
  }
}
