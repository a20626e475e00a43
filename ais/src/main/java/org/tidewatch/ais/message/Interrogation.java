package org.tidewatch.ais.message;

/**
 * Message 15: interrogation (ITU-R M.1371-5 §3.3.7.12, table 70). Station 1 may be asked for one or
 * two message types, station 2 for one; fields not present in a shorter message are 0, as in gpsd.
 *
 * @param payloadBits number of payload bits received (88 to 160)
 */
public record Interrogation(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int mmsi1,
    int type1_1,
    int offset1_1,
    int type1_2,
    int offset1_2,
    int mmsi2,
    int type2_1,
    int offset2_1,
    int payloadBits)
    implements AisMessage {}
