package org.tidewatch.core.detect;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A port call: entry within the entry radius of a port or anchorage, stay, exit beyond the exit
 * radius (GFW anchorages pipeline hysteresis).
 *
 * @param mmsi the vessel
 * @param start entry (first report in port)
 * @param end exit (last report in port); for an open call, the last report so far
 * @param placeId the port (or anchorage) id
 * @param placeName its name
 * @param interest the interest tag of the port, if any ({@code DPRK_PORT}, ...)
 * @param latitude_deg the port position
 * @param longitude_deg the port position
 * @param stopped whether the vessel stopped (speed ≤ 0.2 kn)
 * @param inPortGap whether a silence ≥ 4 h occurred in port
 * @param open whether the vessel was still in port at the end of the data
 * @param draughtIn_m broadcast draught on arrival, if known
 * @param draughtOut_m broadcast draught on departure, if known
 * @param confidence GFW visit confidence mapped to [0, 1]: 4 → 1.0, 3 → 0.75, 2 → 0.5
 * @param evidence entry, stop and exit reports
 */
public record PortCall(
    int mmsi,
    Instant start,
    Instant end,
    String placeId,
    String placeName,
    Optional<String> interest,
    double latitude_deg,
    double longitude_deg,
    boolean stopped,
    boolean inPortGap,
    boolean open,
    OptionalDouble draughtIn_m,
    OptionalDouble draughtOut_m,
    double confidence,
    List<Evidence> evidence)
    implements DetectedEvent {

  @Override
  public EventType type() {
    return EventType.PORT_CALL;
  }

  @Override
  public List<Integer> mmsis() {
    return List.of(mmsi);
  }

  /** Loading (draught rose ≥ 0.3 m), discharge (fell), or empty. */
  public Optional<String> cargoOperation() {
    if (draughtIn_m.isEmpty() || draughtOut_m.isEmpty()) {
      return Optional.empty();
    }
    double d = draughtOut_m.getAsDouble() - draughtIn_m.getAsDouble();
    return d >= 0.3
        ? Optional.of("loading")
        : d <= -0.3 ? Optional.of("discharge") : Optional.empty();
  }

  @Override
  public String summary() {
    return String.format(
        "port call at %s%s %s, %.1f h%s%s",
        placeName,
        interest.map(i -> " [" + i + "]").orElse(""),
        placeId,
        (end.getEpochSecond() - start.getEpochSecond()) / 3600.0,
        cargoOperation().map(c -> ", " + c).orElse(""),
        open ? " (open)" : "");
  }
}
