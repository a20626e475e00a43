package org.tidewatch.ais.message;

import java.util.Optional;
import org.tidewatch.ais.message.asm.ApplicationPayload;

/**
 * Message 8: binary broadcast message (ITU-R M.1371-5 §3.3.7.6, table 62).
 *
 * @param spare the 2 spare bits
 * @param dac designated area code (10 bits)
 * @param fi function identifier (6 bits)
 * @param data the data after the header ({@link BinaryData})
 * @param application the decoded application payload, when its DAC/FI is known and fits
 * @param payloadBits number of payload bits received (56 to 1008)
 */
public record BroadcastBinaryMessage(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int spare,
    int dac,
    int fi,
    BinaryData data,
    Optional<ApplicationPayload> application,
    int payloadBits)
    implements AisMessage {}
