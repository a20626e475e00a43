/**
 * AIS encoding: the inverse of the decoder, used by the simulator to produce realistic feeds.
 *
 * <p>{@link org.tidewatch.ais.encode.SixBitWriter} packs ITU-R M.1371-5 fields into a bit string
 * and armours it as the six-bit ASCII payload of IEC 61162-1 VDM sentences; {@link
 * org.tidewatch.ais.encode.AisPayloads} lays out the message types a ship transmits (1/2/3, 5, 18,
 * 19, 24 part A and B, 27); {@link org.tidewatch.ais.encode.NmeaFramer} splits a payload into
 * {@code !AIVDM} sentences of at most 82 characters with their checksum, and prefixes IEC 61162-450
 * tag blocks ({@code c:} receiver time in Unix seconds, {@code s:} source station, {@code g:}
 * sentence grouping for multipart messages).
 */
package org.tidewatch.ais.encode;
