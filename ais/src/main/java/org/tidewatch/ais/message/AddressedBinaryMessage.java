package org.tidewatch.ais.message;

import java.util.Optional;
import org.tidewatch.ais.message.asm.ApplicationPayload;

/**
 * Message 6: addressed binary message (ITU-R M.1371-5 §3.3.7.4, table 57).
 *
 * @param sequenceNumber 0-3
 * @param destinationMmsi addressee
 * @param retransmitted {@code true} when the message was retransmitted
 * @param spare the spare bit
 * @param dac designated area code (10 bits)
 * @param fi function identifier (6 bits)
 * @param data the data after the header ({@link BinaryData})
 * @param application the decoded application payload, when its DAC/FI is known and fits
 * @param payloadBits number of payload bits received (88 to 1008)
 */
public record AddressedBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int sequenceNumber,
    int destinationMmsi,
    boolean retransmitted,
    int spare,
    int dac,
    int fi,
    BinaryData data,
    Optional<ApplicationPayload> application,
    int payloadBits)
    implements AisMessage {}
