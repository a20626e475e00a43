package org.tidewatch.ais.message;

/**
 * Message 24 part A: Class B static data, the vessel name (ITU-R M.1371-5 §3.3.7.21, table 84).
 * Parts A and B are separate messages and are reported separately (gpsd's {@code -s} behaviour).
 *
 * @param payloadBits number of payload bits received (160 or 168)
 */
public record StaticDataReportA(
    int messageType, int repeatIndicator, int mmsi, String shipName, int payloadBits)
    implements AisMessage {}
