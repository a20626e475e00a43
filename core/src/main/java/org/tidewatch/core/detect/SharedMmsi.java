package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;

/**
 * One MMSI used by two or more transmitters at once: reports alternate between physically separate
 * tracks, and/or the broadcast names alternate.
 *
 * @param mmsi the shared MMSI
 * @param start first alternation
 * @param end last alternation
 * @param latitude_deg a position of one of the tracks
 * @param longitude_deg a position of one of the tracks
 * @param tracks number of concurrent tracks seen
 * @param switches number of alternations between tracks
 * @param names the distinct names broadcast during the episode (may be empty)
 * @param maxSeparation_m the largest distance between concurrent tracks
 * @param confidence grows with switches and separation
 * @param evidence reports on both tracks
 */
public record SharedMmsi(
    int mmsi,
    Instant start,
    Instant end,
    double latitude_deg,
    double longitude_deg,
    int tracks,
    int switches,
    List<String> names,
    double maxSeparation_m,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return EventType.SHARED_MMSI;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  @Override
  public String summary() {
    return String.format(
        "MMSI %d shared by %d transmitters: %d switches, up to %.0f km apart%s",
        mmsi,
        tracks,
        switches,
        maxSeparation_m / 1000,
        names.isEmpty() ? "" : ", names " + String.join(" / ", names));
  }
}
