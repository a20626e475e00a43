package org.tidewatch.core.provenance;

/**
 * Where a stored record came from, precisely enough to go back to the evidence: the source (file
 * name or feed), the line (or row, or byte offset) in it, the ingest run that stored it, a hash of
 * the record's content, and the releasability marking it was given.
 *
 * @param source the source file name or feed name as given to the ingest
 * @param line 1-based line number (NMEA: the message's first sentence; CSV: the row's line;
 *     Parquet: the 1-based row number)
 * @param ingestRun the id of the {@code IngestRun} that stored the record
 * @param contentHash a 64-bit hash of the record's content fields (see {@link ContentHash}); equal
 *     records from different sources have equal hashes, which finds duplicated feeds
 * @param releasability the releasability marking
 */
public record Provenance(
    String source, long line, long ingestRun, long contentHash, Releasability releasability) {

  /** Validates the line number. */
  public Provenance {
    if (line < 0) {
      throw new IllegalArgumentException("negative line: " + line);
    }
  }
}
