package org.tidewatch.ais.message;

/**
 * Message 14: safety related broadcast message (ITU-R M.1371-5 §3.3.7.11, table 69).
 *
 * @param text the six-bit text (up to 161 characters), trimmed at the first {@code @} and of
 *     trailing spaces
 * @param payloadBits number of payload bits received (40 to 1008)
 */
public record SafetyBroadcastMessage(
    int messageType, int repeatIndicator, int mmsi, String text, int payloadBits)
    implements AisMessage {}
