package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 21: aids-to-navigation report (ITU-R M.1371-5 §3.3.7.18, table 80).
 *
 * @param aidTypeCode 5-bit type of aid, see {@link #aidType()}
 * @param name name with the name extension appended (up to 34 characters), trimmed
 * @param timeStamp UTC second (0-59) or 60-63 as in {@link PositionReport#timeStamp()}
 * @param offPosition off-position indicator (valid for floating aids when the second is ≤ 59)
 * @param regional the 8 regional bits
 * @param virtualAid virtual (not physical) aid
 * @param assigned assigned mode flag
 * @param payloadBits number of payload bits received (272 to 360)
 */
public record AidToNavigationReport(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int aidTypeCode,
    String name,
    boolean positionAccuracy,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    int toBow_m,
    int toStern_m,
    int toPort_m,
    int toStarboard_m,
    int epfdCode,
    int timeStamp,
    boolean offPosition,
    int regional,
    boolean raim,
    boolean virtualAid,
    boolean assigned,
    int payloadBits)
    implements AisMessage {

  public AidType aidType() {
    return AidType.of(aidTypeCode);
  }

  public EpfdType epfd() {
    return EpfdType.of(epfdCode);
  }

  /** The UTC second of the report, empty for time stamp codes 60-63. */
  public OptionalInt utcSecond() {
    return timeStamp < 60 ? OptionalInt.of(timeStamp) : OptionalInt.empty();
  }
}
