package org.tidewatch.store.duckdb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a data directory holds and how its positions are laid out (see {@code tidewatch store
 * info}).
 *
 * @param databaseBytes size of the database file
 * @param freeBytes of which blocks freed by earlier rewrites, kept for later writes ({@code
 *     tidewatch store optimize} gives them back: {@link DuckDbTrackStore#compact})
 * @param walBytes size of DuckDB's write-ahead log (replayed into the file at the next checkpoint)
 * @param positions stored positions
 * @param clusteredPositions positions in the part ordered by vessel
 * @param sortedTailPositions positions of the tail that arrived in sorted runs (prepared batches)
 * @param staticReports stored static reports
 * @param vessels MMSIs with any report
 * @param identityClaims rows of the identity timeline
 * @param events stored detected events
 * @param badRows bad rows counted by ingests
 * @param firstPosition time of the earliest position, when any
 * @param lastPosition time of the latest position, when any
 * @param runs ingest runs, oldest first
 * @param incompleteSources sources whose ingest was interrupted (rerun the ingest to resume)
 */
public record StoreStatus(
    long databaseBytes,
    long freeBytes,
    long walBytes,
    long positions,
    long clusteredPositions,
    long sortedTailPositions,
    long staticReports,
    long vessels,
    long identityClaims,
    long events,
    long badRows,
    Optional<Instant> firstPosition,
    Optional<Instant> lastPosition,
    List<Run> runs,
    List<IncompleteSource> incompleteSources) {

  /** An ingest run: id, what it was, when, and how it ended (empty while open or killed). */
  public record Run(long id, String description, Instant startedAt, Optional<String> outcome) {}

  /** A source whose ingest stopped after {@code committedRecords} records. */
  public record IncompleteSource(String name, long committedRecords, long sizeBytes) {}

  /** Positions appended since the last rewrite by vessel. */
  public long tailPositions() {
    return positions - clusteredPositions;
  }

  /** Tail positions that a query reads in full (appended one by one or in small batches). */
  public long unsortedTailPositions() {
    return tailPositions() - Math.min(tailPositions(), sortedTailPositions);
  }
}
