package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 27: position report for long-range applications (ITU-R M.1371-5 §3.3.7.24, table 88),
 * mainly received by satellites.
 *
 * @param longitude_deg 1/10 minute resolution, empty when 181° was sent
 * @param latitude_deg 1/10 minute resolution, empty when 91° was sent
 * @param speedOverGround_kn whole knots, empty when 63 was sent
 * @param courseOverGround_deg whole degrees, empty when 511 was sent
 * @param gnssPositionLatency {@code true} when the GNSS position is NOT current (latency &gt; 5 s)
 * @param payloadBits number of payload bits received (96; 168 seen in the wild)
 */
public record LongRangePositionReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    boolean positionAccuracy,
    boolean raim,
    int navigationStatusCode,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    OptionalInt speedOverGround_kn,
    OptionalInt courseOverGround_deg,
    boolean gnssPositionLatency,
    int payloadBits)
    implements AisMessage {

  public NavigationStatus navigationStatus() {
    return NavigationStatus.of(navigationStatusCode);
  }
}
