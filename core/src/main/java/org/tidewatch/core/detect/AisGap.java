package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A silence in a vessel's reports. {@link EventType#DARK_PERIOD} when the area's normal reception
 * does not explain it (likely deliberate), {@link EventType#AIS_GAP} otherwise.
 *
 * @param deliberate likely deliberate (judged against reception)
 * @param mmsi the vessel
 * @param start last report before the silence ("went dark")
 * @param end first report after it ("reappeared"), or the end of the data for an open gap
 * @param open no report yet after the silence
 * @param offLatitude_deg where it went dark
 * @param offLongitude_deg where it went dark
 * @param onLatitude_deg where it reappeared (NaN when open)
 * @param onLongitude_deg where it reappeared (NaN when open)
 * @param distance_m geodesic distance between the two (NaN when open)
 * @param impliedSpeed_kn distance over duration (NaN when open)
 * @param reachableRadius_m how far it could have gone: duration × its top observed speed
 * @param expectedSilence_s the longest silence the area's reception explains (p99.9 of intervals)
 * @param confidence for a deliberate gap, how far beyond the expected silence it is
 * @param evidence the off and on reports
 */
public record AisGap(
    boolean deliberate,
    int mmsi,
    Instant start,
    Instant end,
    boolean open,
    double offLatitude_deg,
    double offLongitude_deg,
    double onLatitude_deg,
    double onLongitude_deg,
    double distance_m,
    double impliedSpeed_kn,
    double reachableRadius_m,
    OptionalDouble expectedSilence_s,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return deliberate ? EventType.DARK_PERIOD : EventType.AIS_GAP;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  @Override
  public double latitude_deg() {
    return offLatitude_deg;
  }

  @Override
  public double longitude_deg() {
    return offLongitude_deg;
  }

  @Override
  public String summary() {
    double h = (end.getEpochSecond() - start.getEpochSecond()) / 3600.0;
    String exp =
        expectedSilence_s.isPresent()
            ? String.format(", area explains %.1f h", expectedSilence_s.getAsDouble() / 3600)
            : ", area reception unknown";
    return open
        ? String.format(
            "%s %.1f h (still silent) from %.3f,%.3f%s; could be %.0f km away",
            type(), h, offLatitude_deg, offLongitude_deg, exp, reachableRadius_m / 1000)
        : String.format(
            "%s %.1f h from %.3f,%.3f to %.3f,%.3f (%.0f km, %.1f kn)%s",
            type(),
            h,
            offLatitude_deg,
            offLongitude_deg,
            onLatitude_deg,
            onLongitude_deg,
            distance_m / 1000,
            impliedSpeed_kn,
            exp);
  }
}
