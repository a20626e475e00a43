package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 9: standard SAR aircraft position report (ITU-R M.1371-5 §3.3.7.7, table 64).
 *
 * @param altitude_m empty when 4095 was sent; 4094 means 4094 m or higher
 * @param speedOverGround_kn whole knots, empty when 1023 was sent; 1022 means 1022 kn or more
 * @param timeStamp UTC second (0-59) or 60-63 as in {@link PositionReport#timeStamp()}
 * @param regional altitude sensor / regional bits (8 bits)
 * @param dte {@code true} when the data terminal is NOT ready
 * @param spare the 3 spare bits
 * @param assigned assigned mode flag
 * @param radioStatus the 20-bit communication state (with its selector bit)
 */
public record SarAircraftPositionReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    OptionalInt altitude_m,
    OptionalInt speedOverGround_kn,
    boolean positionAccuracy,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    OptionalDouble courseOverGround_deg,
    int timeStamp,
    int regional,
    boolean dte,
    int spare,
    boolean assigned,
    boolean raim,
    int radioStatus,
    int payloadBits)
    implements AisMessage {

  /** The UTC second of the report, empty for time stamp codes 60-63. */
  public OptionalInt utcSecond() {
    return timeStamp < 60 ? OptionalInt.of(timeStamp) : OptionalInt.empty();
  }
}
