package org.tidewatch.engine.detect;

import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;

/**
 * Writes a {@link DetectedEvent} as one JSON line of the event log: the common fields ({@code id,
 * type, mmsis, start, end, lat, lon, confidence, summary}), the family's own fields under {@code
 * detail} (record components by name) and the evidence by provenance. The format is core's {@link
 * EventCodec} (which the store uses too); this class is kept for the engine's callers.
 */
public final class EventJson {
  private EventJson() {}

  /** One JSON object, no line break. */
  public static String line(DetectedEvent e) {
    return EventCodec.encode(e);
  }
}
