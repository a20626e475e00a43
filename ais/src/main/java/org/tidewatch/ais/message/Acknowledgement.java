package org.tidewatch.ais.message;

/**
 * Message 7 (binary acknowledge) and message 13 (safety related acknowledge), ITU-R M.1371-5
 * §3.3.7.5 and §3.3.7.8, tables 59 and 66. Each acknowledged station has an MMSI and the sequence
 * number of the acknowledged message; absent entries (the message is shorter) are 0, as in gpsd.
 *
 * @param acknowledged number of destinations present (1-4)
 * @param payloadBits number of payload bits received (72, 104, 136 or 168)
 */
public record Acknowledgement(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int acknowledged,
    int mmsi1,
    int sequence1,
    int mmsi2,
    int sequence2,
    int mmsi3,
    int sequence3,
    int mmsi4,
    int sequence4,
    int payloadBits)
    implements AisMessage {}
