package org.tidewatch.ais.message;

/**
 * Message 10: UTC and date inquiry (ITU-R M.1371-5 §3.3.7.8, table 65).
 *
 * @param payloadBits number of payload bits received (nominal 72)
 */
public record UtcDateInquiry(
    int messageType, int repeatIndicator, int mmsi, int destinationMmsi, int payloadBits)
    implements AisMessage {}
