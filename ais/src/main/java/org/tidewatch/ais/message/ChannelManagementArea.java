package org.tidewatch.ais.message;

/**
 * Message 22 applying to a rectangular area (addressed flag 0). Corners are in degrees at 1/10
 * minute resolution.
 *
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record ChannelManagementArea(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int channelA,
    int channelB,
    int txRxMode,
    boolean lowPower,
    double northEastLongitude_deg,
    double northEastLatitude_deg,
    double southWestLongitude_deg,
    double southWestLatitude_deg,
    boolean bandA,
    boolean bandB,
    int zoneSize,
    int payloadBits)
    implements ChannelManagement {}
