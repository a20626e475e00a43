package org.tidewatch.ais.message;

/**
 * Message 20: data link management (ITU-R M.1371-5 §3.3.7.17, table 78): up to four slot
 * reservations (offset, number of slots, time-out in minutes, increment). Reservations absent from
 * a shorter message are all 0, as in gpsd.
 *
 * @param payloadBits number of payload bits received (72 to 160)
 */
public record DataLinkManagement(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int offset1,
    int number1,
    int timeout1,
    int increment1,
    int offset2,
    int number2,
    int timeout2,
    int increment2,
    int offset3,
    int number3,
    int timeout3,
    int increment3,
    int offset4,
    int number4,
    int timeout4,
    int increment4,
    int payloadBits)
    implements AisMessage {}
