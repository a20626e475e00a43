package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * One vessel slow (hourly mean implied speed &lt; 2 kn) offshore for hours: a possible meeting with
 * a partner that is dark (GFW loitering).
 *
 * @param mmsi the vessel
 * @param start start of the first slow hour
 * @param end end of the last slow hour
 * @param latitude_deg mean position
 * @param longitude_deg mean position
 * @param meanSpeed_kn mean implied speed
 * @param distanceToPort_m distance of the mean position to the nearest port or anchorage
 * @param shipType the vessel's broadcast ship type (0 when unknown)
 * @param confidence grows with duration
 * @param evidence first and last slow reports
 */
public record Loitering(
    int mmsi,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    double meanSpeed_kn,
    double distanceToPort_m,
    int shipType,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return EventType.LOITERING;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  @Override
  public String summary() {
    return String.format(
        "loitering %.1f h at %.2f kn, %.0f km from port",
        (end.getEpochSecond() - start.getEpochSecond()) / 3600.0,
        meanSpeed_kn,
        distanceToPort_m / 1000);
  }
}
