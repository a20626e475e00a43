package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Messages 1, 2 and 3: Class A position report (ITU-R M.1371-5, annex 2, §3.3.7.1, table 45).
 *
 * @param navigationStatusCode 4-bit navigational status, see {@link #navigationStatus()}
 * @param rateOfTurnCode the transmitted ROT<sub>AIS</sub> indicator (-128 = not available, ±127 =
 *     turning faster than 5°/30 s without a turn indicator), see {@link #rateOfTurn_degPerMin()}
 * @param speedOverGround_kn empty when 1023 was sent; 102.2 means 102.2 knots or more
 * @param positionAccuracy {@code true} for high accuracy (&lt; 10 m)
 * @param longitude_deg empty when 181° was sent
 * @param latitude_deg empty when 91° was sent
 * @param courseOverGround_deg empty when 3600 was sent
 * @param trueHeading_deg empty when 511 was sent
 * @param timeStamp the UTC second of the report (0-59), or 60 not available, 61 manual input, 62
 *     dead reckoning, 63 positioning system inoperative; see {@link #utcSecond()}
 * @param manoeuvreIndicator 0 not available, 1 no special manoeuvre, 2 special manoeuvre
 * @param spare the 3 spare bits
 * @param raim RAIM flag
 * @param radioStatus the 19-bit communication state (SOTDMA for 1 and 2, ITDMA for 3)
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record PositionReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int navigationStatusCode,
    int rateOfTurnCode,
    OptionalDouble speedOverGround_kn,
    boolean positionAccuracy,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    OptionalDouble courseOverGround_deg,
    OptionalInt trueHeading_deg,
    int timeStamp,
    int manoeuvreIndicator,
    int spare,
    boolean raim,
    int radioStatus,
    int payloadBits)
    implements AisMessage {

  public NavigationStatus navigationStatus() {
    return NavigationStatus.of(navigationStatusCode);
  }

  /**
   * Rate of turn in degrees per minute (negative to port), from ROT = 4.733 √(ROT<sub>IND</sub>);
   * empty when not available or when only "turning fast" (±127) was sent.
   */
  public OptionalDouble rateOfTurn_degPerMin() {
    int r = rateOfTurnCode;
    if (r == -128 || r == 127 || r == -127) {
      return OptionalDouble.empty();
    }
    double v = r / 4.733;
    return OptionalDouble.of(r < 0 ? -v * v : v * v);
  }

  /** The UTC second of the report, empty for time stamp codes 60-63. */
  public OptionalInt utcSecond() {
    return timeStamp < 60 ? OptionalInt.of(timeStamp) : OptionalInt.empty();
  }
}
