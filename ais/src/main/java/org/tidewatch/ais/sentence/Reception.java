package org.tidewatch.ais.sentence;

import java.time.Instant;
import java.util.Optional;

/**
 * How a message was received: from the sentence(s) and the wrappers around them, never from the AIS
 * payload itself.
 *
 * <p>Instances are cheap: absent values are the shared {@link Optional#empty()}, and {@link
 * AisReader} reuses the talker, station and time objects of consecutive messages.
 *
 * @param source the input's name (file name, {@code -} for stdin, feed name)
 * @param firstLine 1-based line number of the message's first sentence in the input
 * @param sentenceCount number of input lines (sentences) that made this message
 * @param talker the two-character NMEA talker ({@code AI}, {@code BS}, ...)
 * @param own {@code true} for {@code VDO} (own-ship) sentences, {@code false} for {@code VDM}
 * @param channel radio channel as written ({@code A}, {@code B}, {@code 1}, {@code 2}, ...), or the
 *     NUL character when the field is empty
 * @param receivedAt receiver time, when there is one; see {@link #receivedAtSource()}
 * @param receivedAtSource where {@link #receivedAt()} comes from ({@link TimeSource#NONE} when
 *     empty)
 * @param station receiving station from a tag block {@code s:} (or a USCG-style trailing {@code
 *     r...}/{@code b...} field), when there is one
 * @param group the NMEA 4 tag-block sentence group ({@code g:} or {@code xGy:}) of the first
 *     sentence, when there is one
 * @param checksumValid {@code false} when the message was accepted despite a bad checksum (see
 *     {@link AisReaderOptions#acceptBadChecksums()})
 */
public record Reception(
    String source,
    long firstLine,
    int sentenceCount,
    String talker,
    boolean own,
    char channel,
    Optional<Instant> receivedAt,
    TimeSource receivedAtSource,
    Optional<String> station,
    Optional<TagGroup> group,
    boolean checksumValid) {

  /** Where a receiver time was found, in order of precedence. */
  public enum TimeSource {
    /** No receiver time. */
    NONE,
    /** Tag block {@code c:} (Unix seconds, or milliseconds when 12 digits or more). */
    TAG_BLOCK,
    /** A Gatehouse {@code $PGHP} header on the line before the (first) sentence. */
    RECEIVER_HEADER,
    /** A Unix time field after the checksum (USCG metadata, exactEarth epoch milliseconds). */
    TRAILING_FIELD
  }

  /**
   * An NMEA 4 (IEC 61162-1 tag block) sentence group, as given on the message's first sentence.
   *
   * @param sentence the sentence number within the group (1-based)
   * @param size number of sentences in the group
   * @param id the group identifier
   */
  public record TagGroup(int sentence, int size, long id) {}
}
