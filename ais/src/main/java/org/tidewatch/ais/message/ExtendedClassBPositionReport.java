package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 19: extended Class B equipment position report (ITU-R M.1371-5 §3.3.7.16, table 76).
 *
 * @param reserved the 8 bits reserved for regional applications after the MMSI
 * @param regional the 4 regional bits
 * @param dte {@code true} when the data terminal is NOT ready
 * @param payloadBits number of payload bits received (nominal 312)
 */
public record ExtendedClassBPositionReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int reserved,
    OptionalDouble speedOverGround_kn,
    boolean positionAccuracy,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    OptionalDouble courseOverGround_deg,
    OptionalInt trueHeading_deg,
    int timeStamp,
    int regional,
    String shipName,
    int shipTypeCode,
    int toBow_m,
    int toStern_m,
    int toPort_m,
    int toStarboard_m,
    int epfdCode,
    boolean raim,
    boolean dte,
    boolean assigned,
    int payloadBits)
    implements AisMessage {

  public ShipType shipType() {
    return ShipType.of(shipTypeCode);
  }

  public EpfdType epfd() {
    return EpfdType.of(epfdCode);
  }

  /** The UTC second of the report, empty for time stamp codes 60-63. */
  public OptionalInt utcSecond() {
    return timeStamp < 60 ? OptionalInt.of(timeStamp) : OptionalInt.empty();
  }
}
