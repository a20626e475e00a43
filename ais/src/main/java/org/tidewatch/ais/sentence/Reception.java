package org.tidewatch.ais.sentence;

import java.time.Instant;
import java.util.Optional;

/**
 * How a message was received: from the sentence(s) and the wrappers around them, never from the AIS
 * payload itself.
 *
 * @param source the input's name (file name, {@code -} for stdin, feed name)
 * @param firstLine 1-based line number of the message's first sentence in the input
 * @param sentenceCount number of input lines (sentences) that made this message
 * @param talker the two-letter NMEA talker ({@code AI}, {@code BS}, ...)
 * @param own {@code true} for {@code VDO} (own-ship) sentences, {@code false} for {@code VDM}
 * @param channel radio channel as written ({@code A}, {@code B}, {@code 1}, {@code 2}), or the NUL
 *     character when the field is empty
 * @param receivedAt receiver time from a tag block {@code c:}, a {@code $PGHP} header or a trailing
 *     Unix time, when there is one
 * @param station receiving station from a tag block {@code s:}, when there is one
 * @param checksumValid {@code false} when the message was accepted despite a bad checksum
 */
public record Reception(
    String source,
    long firstLine,
    int sentenceCount,
    String talker,
    boolean own,
    char channel,
    Optional<Instant> receivedAt,
    Optional<String> station,
    boolean checksumValid) {}
