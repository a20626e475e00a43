package org.tidewatch.engine.ingest;

import java.time.Instant;
import java.util.Optional;
import org.tidewatch.core.provenance.Releasability;

/**
 * Options of an ingest.
 *
 * @param releasability the marking given to every stored record
 * @param timeFrom time given to NMEA messages that come before any receiver time in their file;
 *     without it such a file is refused
 * @param batchSize records per atomic batch
 * @param acceptBadChecksums store NMEA sentences with a wrong checksum (marked in the decoder)
 */
public record IngestOptions(
    Releasability releasability,
    Optional<Instant> timeFrom,
    int batchSize,
    boolean acceptBadChecksums) {

  public static final int DEFAULT_BATCH_SIZE = 250_000;

  public IngestOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(Releasability.UNMARKED, Optional.empty(), DEFAULT_BATCH_SIZE, false);
  }

  public IngestOptions withBatchSize(int n) {
    return new IngestOptions(releasability, timeFrom, n, acceptBadChecksums);
  }

  public IngestOptions withTimeFrom(Instant t) {
    return new IngestOptions(releasability, Optional.of(t), batchSize, acceptBadChecksums);
  }

  public IngestOptions withReleasability(Releasability r) {
    return new IngestOptions(r, timeFrom, batchSize, acceptBadChecksums);
  }
}
