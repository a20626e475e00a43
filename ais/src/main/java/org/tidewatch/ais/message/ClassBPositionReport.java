package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 18: standard Class B equipment position report (ITU-R M.1371-5 §3.3.7.15, table 74).
 *
 * @param reserved the 8 bits reserved for regional applications after the MMSI
 * @param timeStamp UTC second (0-59) or 60-63 as in {@link PositionReport#timeStamp()}
 * @param regional the 2 regional bits
 * @param csUnit {@code true} for a Class B "CS" (carrier sense) unit, {@code false} for SOTDMA
 * @param display unit has a display
 * @param dsc unit has DSC
 * @param band unit can use the whole marine band
 * @param message22 unit accepts channel management by message 22
 * @param assigned assigned mode flag
 * @param radioStatus the 20-bit communication state (with its selector bit)
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record ClassBPositionReport(
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
    boolean csUnit,
    boolean display,
    boolean dsc,
    boolean band,
    boolean message22,
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
