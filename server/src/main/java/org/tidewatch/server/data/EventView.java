package org.tidewatch.server.data;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tidewatch.core.store.StoredEvent;

/**
 * A detected event as the API serves it. The id follows the detectors' deterministic form {@code
 * TYPE:mmsi[+mmsi]:startEpochSecond}.
 *
 * @param id stable id
 * @param type the event type ({@code STS}, {@code DARK_PERIOD}, {@code PORT_CALL}, ...)
 * @param mmsis the vessels involved, the subject first
 * @param start start
 * @param end end
 * @param latitude_deg representative latitude
 * @param longitude_deg representative longitude
 * @param summary one human-readable line
 * @param marking the releasability marking
 */
public record EventView(
    String id,
    String type,
    List<Integer> mmsis,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    String summary,
    String marking) {

  /** Copies the MMSIs. */
  public EventView {
    mmsis = List.copyOf(mmsis);
  }

  /** The subject vessel. */
  public int mmsi() {
    return mmsis.get(0);
  }

  /** From the store's current event shape (detector name as type; one vessel). */
  static EventView of(StoredEvent e) {
    String type = e.detector().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return new EventView(
        type + ":" + e.mmsi() + ":" + e.start().getEpochSecond(),
        type,
        List.of(e.mmsi()),
        e.start(),
        e.end(),
        e.latitude_deg(),
        e.longitude_deg(),
        e.summary(),
        e.releasability().marking());
  }
}
