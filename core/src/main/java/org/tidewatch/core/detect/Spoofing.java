package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * Broadcast positions that are probably false: a track that jumps to positions no ship can reach
 * and comes back ({@link Pattern#EXCURSION}: the reports between the jumps form a physically
 * separate segment), or a cargo ship or tanker reporting way on while its positions stay in a small
 * circle for hours ({@link Pattern#CIRCLES}).
 *
 * @param pattern which of the two (EXCURSION when absent, as in logs written before CIRCLES)
 * @param mmsi the vessel
 * @param start first report of the excursion
 * @param end last report of the excursion
 * @param latitude_deg mean position of the excursion (the broadcast, probably false, place)
 * @param longitude_deg mean position of the excursion
 * @param jumpOut_m distance of the jump away from the consistent track (for CIRCLES: from the last
 *     report before the circles)
 * @param jumpOutSpeed_kn implied speed of that jump (for CIRCLES: the mean reported speed of its
 *     reports with way on)
 * @param jumpBack_m distance of the jump back (NaN when it did not come back; for CIRCLES: the
 *     radius of the circles)
 * @param reports reports in the excursion
 * @param confidence grows with the implied speed and the number of reports
 * @param evidence the reports on each side of each jump
 */
public record Spoofing(
    Pattern pattern,
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

  /** How the positions give themselves away. */
  public enum Pattern {
    /** A jump out and back that no ship can make. */
    EXCURSION,
    /** Way on, reported for hours, inside a small circle. */
    CIRCLES
  }

  /** Defaults the pattern. */
  public Spoofing {
    pattern = pattern == null ? Pattern.EXCURSION : pattern;
    evidence = List.copyOf(evidence);
  }

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
    if (pattern == Pattern.CIRCLES) {
      return String.format(
          "reported %.1f kn for %.1f h (%d reports) while staying within %.1f km of %.3f,%.3f,"
              + " %.0f km from its last position before",
          jumpOutSpeed_kn,
          (end.getEpochSecond() - start.getEpochSecond()) / 3600.0,
          reports,
          jumpBack_m / 1000,
          latitude_deg,
          longitude_deg,
          jumpOut_m / 1000);
    }
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
