package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A change of broadcast static draught (ITU-R M.1371 message 5, 0.1 m): loading when it rises,
 * discharge when it falls; where, if in a port.
 *
 * @param mmsi the vessel
 * @param start last report with the old draught
 * @param end first report with the new draught
 * @param latitude_deg last known position
 * @param longitude_deg last known position
 * @param before_m old draught
 * @param after_m new draught
 * @param placeId the port it was in, if any
 * @param confidence [0, 1]
 * @param evidence the two static reports
 */
public record DraughtChange(
    int mmsi,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    double before_m,
    double after_m,
    Optional<String> placeId,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return EventType.DRAUGHT_CHANGE;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  /** True when the draught rose (the vessel loaded). */
  public boolean laden() {
    return after_m > before_m;
  }

  @Override
  public String summary() {
    return String.format(
        "draught %.1f -> %.1f m (%s)%s",
        before_m,
        after_m,
        laden() ? "loading" : "discharge",
        placeId.map(p -> " in " + p).orElse(" at sea"));
  }
}
