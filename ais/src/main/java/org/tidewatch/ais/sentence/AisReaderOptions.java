package org.tidewatch.ais.sentence;

/**
 * Tuning of {@link AisReader}.
 *
 * @param acceptBadChecksums decode sentences whose NMEA checksum does not match (then {@link
 *     Reception#checksumValid()} is {@code false}) instead of rejecting them with {@code
 *     BAD_CHECKSUM}; research feeds often carry a few such sentences
 * @param maxFragmentGap_sentences the most other AIS sentences allowed between two consecutive
 *     fragments of one multipart message; once more have arrived the incomplete message is dropped
 *     (one {@code ORPHAN_FRAGMENT} rejection for its lines). The default, 8, follows Ais.Net's
 *     policy (its ADR 0002); fragments in the corpus are at most 2 sentences apart.
 * @param strictTagBlockChecksum reject sentences whose NMEA 4 tag block has a missing or wrong
 *     checksum ({@code MALFORMED_TAG_BLOCK}); off by default because real files write {@code *00}
 *     or one-digit checksums and the tag block is informative only
 * @param maxLineLength_bytes longer lines are rejected as {@code MALFORMED_SENTENCE} (or counted as
 *     comments) without being buffered, so memory stays bounded whatever the input
 */
public record AisReaderOptions(
    boolean acceptBadChecksums,
    int maxFragmentGap_sentences,
    boolean strictTagBlockChecksum,
    int maxLineLength_bytes) {

  /** Default maximum number of other sentences between two fragments of one message. */
  public static final int DEFAULT_MAX_FRAGMENT_GAP = 8;

  /** Default longest accepted line (an NMEA sentence is at most 82 characters, plus wrappers). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4096;

  public AisReaderOptions {
    if (maxFragmentGap_sentences < 0) {
      throw new IllegalArgumentException(
          "maxFragmentGap_sentences must be >= 0: " + maxFragmentGap_sentences);
    }
    if (maxLineLength_bytes < 128) {
      throw new IllegalArgumentException(
          "maxLineLength_bytes must be >= 128: " + maxLineLength_bytes);
    }
  }

  /** Strict checksums, lenient tag-block checksums, 8-sentence fragment gap, 4096-byte lines. */
  public static AisReaderOptions defaults() {
    return new AisReaderOptions(false, DEFAULT_MAX_FRAGMENT_GAP, false, DEFAULT_MAX_LINE_LENGTH);
  }

  public AisReaderOptions withAcceptBadChecksums(boolean accept) {
    return new AisReaderOptions(
        accept, maxFragmentGap_sentences, strictTagBlockChecksum, maxLineLength_bytes);
  }

  public AisReaderOptions withMaxFragmentGap(int sentences) {
    return new AisReaderOptions(
        acceptBadChecksums, sentences, strictTagBlockChecksum, maxLineLength_bytes);
  }

  public AisReaderOptions withStrictTagBlockChecksum(boolean strict) {
    return new AisReaderOptions(
        acceptBadChecksums, maxFragmentGap_sentences, strict, maxLineLength_bytes);
  }

  public AisReaderOptions withMaxLineLength(int bytes) {
    return new AisReaderOptions(
        acceptBadChecksums, maxFragmentGap_sentences, strictTagBlockChecksum, bytes);
  }
}
