package org.tidewatch.ais.message;

import java.util.OptionalDouble;

/**
 * Message 17: GNSS broadcast binary message (ITU-R M.1371-5 §3.3.7.14, table 72), carrying ITU-R
 * M.823 DGNSS corrections.
 *
 * @param longitude_deg reference station longitude (1/10 minute resolution), empty when 181°
 * @param latitude_deg reference station latitude (1/10 minute resolution), empty when 91°
 * @param data the data after the header ({@link BinaryData})
 * @param payloadBits number of payload bits received (80 to 816)
 */
public record GnssBroadcastMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    OptionalDouble longitude_deg,
    OptionalDouble latitude_deg,
    BinaryData data,
    int payloadBits)
    implements AisMessage {}
