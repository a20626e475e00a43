package org.tidewatch.ais.message;

/**
 * Message 12: addressed safety related message (ITU-R M.1371-5 §3.3.7.9, table 67).
 *
 * @param text the six-bit text (up to 156 characters), trimmed at the first {@code @} and of
 *     trailing spaces
 * @param payloadBits number of payload bits received (72 to 1008)
 */
public record SafetyRelatedMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int sequenceNumber,
    int destinationMmsi,
    boolean retransmitted,
    String text,
    int payloadBits)
    implements AisMessage {}
