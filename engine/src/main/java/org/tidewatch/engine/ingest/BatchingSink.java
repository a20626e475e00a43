package org.tidewatch.engine.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRunStore;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.store.duckdb.PositionColumns;
import org.tidewatch.store.duckdb.StaticReportRows;

/**
 * Numbers the records of one source, drops the first {@code skip} of them (already committed by an
 * earlier, interrupted run), and commits the rest in batches of {@code batchSize} (positions as
 * {@link PositionColumns}, static reports as {@link StaticReportRows}). A batch goes through three
 * threads: the reader fills it; a preparing thread computes its H3 cells, orders it by vessel and
 * writes its batch files ({@link PositionColumns#prepare}); the store's writer commits it. So up to
 * {@value #IN_FLIGHT} batches are on their way while the reader fills the next, and three sets of
 * columns take turns, each refilled once its commit has returned (the store must not keep a batch's
 * lists after its commit; the DuckDB store does not). Why three stages: on a live capture (the
 * AISHub sample) the reader spent about half its time on H3 cells and batch files while the writer
 * waited; the preparing thread takes that share to the core the writer leaves idle. Commits keep
 * their order (one preparing thread, one writer).
 */
final class BatchingSink implements RecordSink {
  /** Batches prepared or committed at a time while the reader fills the next one. */
  static final int IN_FLIGHT = 2;

  private final IngestRunStore store;
  private final ExecutorService writer;
  private final ExecutorService preparing;
  private final long runId;
  // resolved on the writer's thread before the first commit (a new file's is known once hashed)
  private final java.util.function.LongSupplier sourceId;
  private final String sourceName;
  private final int batchSize;
  private final long skip;
  // H3 cells, vessel order and batch files: used on the preparing thread only
  private final PositionColumns.Preparer preparer = new PositionColumns.Preparer();

  private long sequence;
  private long committedTo;
  private PositionColumns positions;
  // columns and identity claims are taken as each report is added, while it is in the caches
  private StaticReportRows statics = new StaticReportRows();

  /** A batch on its way (preparing or committing), with the columns it holds until done. */
  private record InFlight(
      PositionColumns positions, StaticReportRows statics, CompletableFuture<Void> done) {}

  // oldest first
  private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
  private List<BadRow> bad = new ArrayList<>();
  long positionsStored;
  long staticsStored;
  long badRows;

  BatchingSink(
      IngestRunStore store,
      ExecutorService preparing,
      ExecutorService writer,
      long runId,
      java.util.function.LongSupplier sourceId,
      String sourceName,
      int batchSize,
      long skip) {
    this.store = store;
    this.preparing = preparing;
    this.writer = writer;
    this.runId = runId;
    this.sourceId = sourceId;
    this.sourceName = sourceName;
    this.batchSize = batchSize;
    this.skip = skip;
    this.committedTo = skip;
    this.positions = newColumns();
  }

  // positions travel as primitive columns: ~100 bytes a row, and no long-lived records for the GC
  private PositionColumns newColumns() {
    return new PositionColumns(Math.min(batchSize, 1 << 20));
  }

  @Override
  public void position(Position p) {
    if (++sequence > skip) {
      positions.add(p);
      positionsStored++;
      maybeFlush();
    }
  }

  @Override
  public void position(
      int mmsi,
      long epochSecond,
      int nano,
      double latitude_deg,
      double longitude_deg,
      double speedOverGround_kn,
      double courseOverGround_deg,
      int trueHeading_deg,
      int navigationStatus,
      int messageType,
      String source,
      long line,
      long ingestRun,
      long contentHash,
      Releasability releasability) {
    if (++sequence > skip) {
      positions.add(
          mmsi,
          epochSecond,
          nano,
          latitude_deg,
          longitude_deg,
          speedOverGround_kn,
          courseOverGround_deg,
          trueHeading_deg,
          navigationStatus,
          messageType,
          source,
          line,
          ingestRun,
          contentHash,
          releasability);
      positionsStored++;
      maybeFlush();
    }
  }

  @Override
  public void staticReport(StaticReport s) {
    if (++sequence > skip) {
      statics.add(s);
      staticsStored++;
      maybeFlush();
    }
  }

  @Override
  public void bad(long line, String reason) {
    if (++sequence > skip) {
      bad.add(new BadRow(sourceName, line, reason));
      badRows++;
      maybeFlush();
    }
  }

  /**
   * Flushes a full batch. Batches are all {@code batchSize} records but the last of a source: a
   * batch whose positions fill at least one DuckDB row group (122,880 rows) is written straight to
   * the database file, a smaller one goes through the WAL and is written again at the next
   * checkpoint. Batches that shrank towards the end of the input (session 5) put the last 30-40 %
   * of a batch's worth of positions through the WAL: without them, on the AISHub live capture, WAL
   * 32 -> 11 MB and 8-10 % more positions a second (store-duckdb/README.md).
   */
  private void maybeFlush() {
    if (positions.size() + statics.size() + bad.size() >= batchSize) {
      flush(false);
    }
  }

  /** Records seen so far (committed or not, skipped included). */
  long sequence() {
    return sequence;
  }

  private void flush(boolean complete) {
    long before = committedTo;
    long after = Math.max(sequence, committedTo);
    List<BadRow> badRows = List.copyOf(bad);
    committedTo = after;
    PositionColumns p = positions; // handed over: the next batch fills other columns
    StaticReportRows s = statics;
    CompletableFuture<Void> done =
        CompletableFuture.runAsync(
                () -> {
                  p.prepare(preparer);
                  s.prepare(preparer);
                },
                preparing)
            .thenRunAsync(
                () ->
                    store.commit(
                        new IngestBatch(
                            runId, sourceId.getAsLong(), before, after, complete, p, s, badRows)),
                writer);
    done.whenComplete(
        (v, e) -> {
          if (e != null) { // never committed: its batch files go now
            p.discard();
            s.discard();
          }
        });
    inFlight.addLast(new InFlight(p, s, done));
    bad = new ArrayList<>();
    if (inFlight.size() > IN_FLIGHT) {
      // the oldest batch's columns are free once its commit has returned
      InFlight oldest = inFlight.removeFirst();
      await(oldest.done());
      oldest.positions().clear();
      oldest.statics().clear();
      positions = oldest.positions();
      statics = oldest.statics();
    } else {
      positions = newColumns();
      statics = new StaticReportRows();
    }
  }

  /** Commits what is left and marks the source complete; waits for every commit. */
  void finish() {
    flush(true);
    while (!inFlight.isEmpty()) {
      await(inFlight.removeFirst().done());
    }
  }

  private static void await(CompletableFuture<Void> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while committing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.util.concurrent.CompletionException c && c.getCause() != null) {
        cause = c.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Waits for the batches on their way without committing more (after a reader failure). */
  void abandon() {
    while (!inFlight.isEmpty()) {
      try {
        await(inFlight.removeFirst().done());
      } catch (RuntimeException ignored) {
        // the reader's failure is the one reported
      }
    }
  }
}
