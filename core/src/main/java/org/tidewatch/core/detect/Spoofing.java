package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * A track that jumps to positions no ship can reach and comes back: the reports between the jumps
 * form a physically separate segment.
 *
 * @param mmsi the vessel
 * @param start first report of the excursion
 * @param end last report of the excursion
 * @param latitude_deg mean position of the excursion (the broadcast, probably false, place)
 * @param longitude_deg mean position of the excursion
 * @param jumpOut_m distance of the jump away from the consistent track
 * @param jumpOutSpeed_kn implied speed of that jump
 * @param jumpBack_m distance of the jump back (NaN when it did not come back)
 * @param reports reports in the excursion
 * @param confidence grows with the implied speed and the number of reports
 * @param evidence the reports on each side of each jump
 */
public record Spoofing(
    int mmsi,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    double jumpOut_m,
    double jumpOutSpeed_kn,
    double jumpBack_m,
    int reports,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return EventType.SPOOFING;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  @Override
  public String summary() {
    return String.format(
        "track jumped %.0f km (%.0f kn implied) to %.3f,%.3f for %.1f h (%d reports), back %.0f km",
        jumpOut_m / 1000,
        jumpOutSpeed_kn,
        latitude_deg,
        longitude_deg,
        (end.getEpochSecond() - start.getEpochSecond()) / 3600.0,
        reports,
        jumpBack_m / 1000);
  }
}
