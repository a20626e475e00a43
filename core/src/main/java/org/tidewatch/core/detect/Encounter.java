package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * Two vessels within a distance at low speed for a duration, away from ports and anchorages (GFW
 * encounters: 500 m, median speed &lt; 2 kn, ≥ 2 h, ≥ 10 km from an anchorage).
 *
 * @param tier {@link EventType#STS}, {@link EventType#POSSIBLE_STS} or {@link EventType#ENCOUNTER}
 * @param mmsi1 the lower MMSI
 * @param mmsi2 the higher MMSI
 * @param start first grid time together
 * @param end last grid time together
 * @param latitude_deg mean position
 * @param longitude_deg mean position
 * @param medianDistance_m median separation on the grid
 * @param medianSpeed_kn the higher of the two vessels' median implied speeds
 * @param gridPoints number of 10-minute grid steps together
 * @param distanceToPort_m distance of the mean position to the nearest port or anchorage
 * @param confidence higher for longer, closer, slower
 * @param evidence first and last reports of each vessel inside the encounter
 */
public record Encounter(
    EventType tier,
    int mmsi1,
    int mmsi2,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    double medianDistance_m,
    double medianSpeed_kn,
    int gridPoints,
    double distanceToPort_m,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return tier;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi1, mmsi2);
  }

  @Override
  public String summary() {
    return String.format(
        "%s %d + %d: %.1f h, median %.0f m apart at %.1f kn, %.0f km from port",
        tier,
        mmsi1,
        mmsi2,
        (end.getEpochSecond() - start.getEpochSecond()) / 3600.0,
        medianDistance_m,
        medianSpeed_kn,
        distanceToPort_m / 1000);
  }
}
