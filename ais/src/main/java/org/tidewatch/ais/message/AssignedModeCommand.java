package org.tidewatch.ais.message;

/**
 * Message 16: assigned mode command (ITU-R M.1371-5 §3.3.7.13, table 71). The second assignment is
 * present from 144 bits on; otherwise its fields are 0, as in gpsd.
 *
 * @param payloadBits number of payload bits received (96 or 144)
 */
public record AssignedModeCommand(
    int messageType,
    int repeatIndicator,
    int mmsi,
    int mmsi1,
    int offset1,
    int increment1,
    int mmsi2,
    int offset2,
    int increment2,
    int payloadBits)
    implements AisMessage {}
