package org.tidewatch.ais.message;

import java.util.OptionalInt;

/**
 * Message 25: single slot binary message (ITU-R M.1371-5 §3.3.7.22, table 86), addressed or
 * broadcast, with or without a 16-bit application identifier.
 *
 * @param destinationMmsi present when addressed
 * @param applicationId present when structured (DAC 10 bits + FI 6 bits)
 * @param data the data after the header ({@link BinaryData})
 * @param payloadBits number of payload bits received (40 to 168)
 */
public record SingleSlotBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    boolean addressed,
    boolean structured,
    OptionalInt destinationMmsi,
    OptionalInt applicationId,
    BinaryData data,
    int payloadBits)
    implements AisMessage {}
