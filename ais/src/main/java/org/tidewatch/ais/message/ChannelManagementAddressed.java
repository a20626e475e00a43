package org.tidewatch.ais.message;

/**
 * Message 22 addressed to up to two stations (addressed flag 1).
 *
 * @param payloadBits number of payload bits received (nominal 168)
 */
public record ChannelManagementAddressed(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int channelA,
    int channelB,
    int txRxMode,
    boolean lowPower,
    int destinationMmsi1,
    int destinationMmsi2,
    boolean bandA,
    boolean bandB,
    int zoneSize,
    int payloadBits)
    implements ChannelManagement {}
