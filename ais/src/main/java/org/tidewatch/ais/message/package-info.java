/**
 * The 27 ITU-R M.1371-5 AIS message types as immutable records under the sealed {@link
 * org.tidewatch.ais.message.AisMessage}, and their decoder {@link
 * org.tidewatch.ais.message.AisMessageDecoder}.
 *
 * <p><b>What is decoded.</b> Messages 1-3 ({@code PositionReport}), 4 and 11 ({@code
 * BaseStationReport}), 5, 6 and 8 (DAC, FI, the raw data bits and the application payload decoded
 * by {@code asm.ApplicationPayloads}), 7 and 13 ({@code Acknowledgement}), 9, 10, 12, 14-21, 22
 * (area and addressed variants), 23, 24 (part A and part B as separate records), 25, 26 (addressed
 * / broadcast, structured / unstructured) and 27. Six-bit text is read as gpsd reads it: up to the
 * first {@code @}, trailing spaces removed.
 *
 * <p><b>Units.</b> Component names carry their unit: degrees ({@code _deg}), knots ({@code _kn}),
 * metres ({@code _m}), minutes ({@code _min}). Coordinates are degrees (1/10 000 minute resolution,
 * 1/10 minute for messages 17, 22, 23 and 27). Codes keep their transmitted integer ({@code
 * navigationStatusCode}, {@code epfdCode}, {@code shipTypeCode}, ...) with an accessor to an enum
 * that has {@code UNKNOWN} for reserved codes. Message 4/11 keep their UTC parts and offer {@code
 * utc()} as an {@link java.time.Instant}; message 5 keeps its ETA parts as optionals.
 *
 * <p><b>Not available.</b> "Not available" codes become empty optionals in the decoder: latitude
 * 91°, longitude 181°, speed 1023 (63 for message 27), course 3600 (511 for message 27), heading
 * 511, draught 0, IMO 0, altitude 4095, ETA month/day 0, hour 24, minute 60. Values that are out of
 * range but not the "not available" code are kept as sent. The time-stamp field (second 60-63 have
 * meanings of their own) and the rate-of-turn indicator (-128, ±127) stay as codes with typed
 * accessors ({@code utcSecond()}, {@code rateOfTurn_degPerMin()}).
 *
 * <p><b>Bit lengths.</b> As gpsd 3.22 (our reference, {@code drivers/driver_ais.c}): a payload
 * shorter than the shortest length gpsd accepts for its type is rejected ({@code TOO_SHORT}); types
 * 1-3 from 163 bits, 5 from 420 bits, 24 part A from 160 bits. Longer payloads are decoded, extra
 * bits ignored. Fields past the end of a short payload read the last character's fill bits and then
 * zeros, exactly like gpsd's buffer. Every record keeps {@code payloadBits()}; {@code
 * lengthIsNominal()} tells whether that is a length M.1371 defines.
 */
package org.tidewatch.ais.message;
