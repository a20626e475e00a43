package org.tidewatch.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.provenance.Releasability;

/** Ingest runs, sources with their checkpoints, atomic batches, and bad rows. */
public interface IngestRunStore {

  /** Starts a run. The caller gives the time: core never reads a clock. */
  IngestRun beginRun(String description, Releasability releasability, Instant startedAt);

  /** Ends a run with a one-line outcome. */
  void finishRun(long runId, Instant finishedAt, String outcome);

  /** All runs, oldest first. */
  List<IngestRun> runs();

  /**
   * Registers a source (or finds it, by SHA-256) and returns its state: a new source starts at
   * sequence 0; a known one returns its checkpoint, from where an ingest resumes.
   */
  SourceState openSource(SourceFile file);

  /** The state of a source, by SHA-256. */
  Optional<SourceState> source(String sha256);

  /** All sources, in registration order. */
  List<SourceState> sources();

  /**
   * Stores a batch atomically, with its checkpoint and the identity claims it implies.
   *
   * <p>The batch's lists belong to the caller again once this returns: an implementation must not
   * keep them (the ingester reuses the position columns behind them for the batch after next).
   *
   * @throws StaleCheckpointException when {@link IngestBatch#sequenceBefore()} is not the source's
   *     committed sequence; nothing is stored then
   */
  void commit(IngestBatch batch);

  /** The bad rows of a source, in line order. */
  List<BadRow> badRows(long sourceId);
}
