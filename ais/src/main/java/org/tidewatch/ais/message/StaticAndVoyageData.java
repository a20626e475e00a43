package org.tidewatch.ais.message;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Message 5: static and voyage related data (ITU-R M.1371-5 §3.3.7.3, table 52). Text fields are
 * six-bit text trimmed at the first {@code @} and of trailing spaces (as gpsd does).
 *
 * @param aisVersion 0 = ITU-R M.1371-1, 1 = -3, 2 = -5, 3 = future
 * @param imoNumber empty when 0 was sent
 * @param shipTypeCode 8-bit type of ship and cargo, see {@link #shipType()}
 * @param toBow_m dimension A (0 = not available); 511 means 511 m or more
 * @param toStern_m dimension B
 * @param toPort_m dimension C; 63 means 63 m or more
 * @param toStarboard_m dimension D
 * @param etaMonth ETA month (1-12), empty when 0 was sent
 * @param etaDay ETA day (1-31), empty when 0 was sent
 * @param etaHour ETA hour (0-23), empty when 24 was sent
 * @param etaMinute ETA minute (0-59), empty when 60 was sent
 * @param draught_m maximum present static draught, empty when 0 was sent; 25.5 means 25.5 m or more
 * @param dte {@code true} when the data terminal is NOT ready (DTE bit 1)
 * @param payloadBits number of payload bits received (nominal 424; gpsd accepts 420 and more)
 */
public record StaticAndVoyageData(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int aisVersion,
    OptionalInt imoNumber,
    String callSign,
    String shipName,
    int shipTypeCode,
    int toBow_m,
    int toStern_m,
    int toPort_m,
    int toStarboard_m,
    int epfdCode,
    OptionalInt etaMonth,
    OptionalInt etaDay,
    OptionalInt etaHour,
    OptionalInt etaMinute,
    OptionalDouble draught_m,
    String destination,
    boolean dte,
    int payloadBits)
    implements AisMessage {

  public ShipType shipType() {
    return ShipType.of(shipTypeCode);
  }

  public EpfdType epfd() {
    return EpfdType.of(epfdCode);
  }
}
