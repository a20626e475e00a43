package org.tidewatch.ais.message;

import java.util.OptionalInt;

/**
 * Message 26: multiple slot binary message with communications state (ITU-R M.1371-5 §3.3.7.23,
 * table 87), addressed or broadcast, with or without a 16-bit application identifier.
 *
 * @param destinationMmsi present when addressed
 * @param applicationId present when structured (DAC 10 bits + FI 6 bits)
 * @param data the data after the header ({@link BinaryData})
 * @param radioStatus the 20-bit communication state at the end of the message
 * @param payloadBits number of payload bits received (60 to 1064)
 */
public record MultipleSlotBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    boolean addressed,
    boolean structured,
    OptionalInt destinationMmsi,
    OptionalInt applicationId,
    BinaryData data,
    int radioStatus,
    int payloadBits)
    implements AisMessage {}
