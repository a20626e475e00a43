package org.tidewatch.ais.message;

/**
 * Message 23: group assignment command (ITU-R M.1371-5 §3.3.7.20, table 83), broadcast to the
 * stations of one type inside a rectangular area (corners in degrees, 1/10 minute resolution).
 *
 * @param stationType 4-bit station type selector (0 all mobiles, 2 all Class B, ...)
 * @param shipTypeCode 8-bit ship type selector (0 all types)
 * @param txRxMode Tx/Rx mode (2 bits)
 * @param reportingInterval 4-bit reporting interval code
 * @param quietTime_min quiet time in minutes (0 = none)
 * @param payloadBits number of payload bits received (nominal 160)
 */
public record GroupAssignmentCommand(
    int messageType,
    int repeatIndicator,
    int mmsi,
    double northEastLongitude_deg,
    double northEastLatitude_deg,
    double southWestLongitude_deg,
    double southWestLatitude_deg,
    int stationType,
    int shipTypeCode,
    int txRxMode,
    int reportingInterval,
    int quietTime_min,
    int payloadBits)
    implements AisMessage {

  public ShipType shipType() {
    return ShipType.of(shipTypeCode);
  }
}
