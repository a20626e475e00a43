package org.tidewatch.engine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
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
 * {@link PositionColumns}, prepared on the reader's thread: the store's writer is the bottleneck).
 * Commits run on a writer thread while the reader fills the next batch; at most one commit is
 * pending. Two sets of position columns take turns: the reader fills one while the store commits
 * the other, which is refilled once its commit has returned (the store must not keep a batch's
 * lists after its commit; the DuckDB store does not).
 */
final class BatchingSink implements RecordSink {
  private final IngestRunStore store;
  private final ExecutorService writer;
  private final long runId;
  private final long sourceId;
  private final String sourceName;
  private final int batchSize;
  private final long skip;
  // H3 cells and vessel spans are computed here, on the reader's thread, which has time to spare
  private final PositionColumns.Preparer preparer = new PositionColumns.Preparer();

  private long sequence;
  // where the reader is in its input (see input(...)); none: full batches only
  private LongSupplier bytesRead = () -> 0;
  private long totalBytes;
  private long committedTo;
  private Future<?> pending;
  private PositionColumns positions;
  // the columns of the pending (or last) commit; reused once that commit has returned
  private PositionColumns handedOver;
  // columns and identity claims are taken as each report is added, while it is in the caches
  private StaticReportRows statics = new StaticReportRows();
  // the reports of the pending (or last) commit; reused once that commit has returned
  private StaticReportRows staticsHandedOver;
  private List<BadRow> bad = new ArrayList<>();
  long positionsStored;
  long staticsStored;
  long badRows;

  BatchingSink(
      IngestRunStore store,
      ExecutorService writer,
      long runId,
      long sourceId,
      String sourceName,
      int batchSize,
      long skip) {
    this.store = store;
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

  private void maybeFlush() {
    int records = positions.size() + statics.size() + bad.size();
    if (records >= batchSize
        || (totalBytes > 0
            && records >= batchSize / 8
            && (records & 0xFFF) == 0
            && records >= remainingRecords())) {
      flush(false);
    }
  }

  /**
   * Says where the reader is in its input (bytes read of {@code totalBytes}), so that the batches
   * shrink towards the end: the last commit, which nothing overlaps, is then small. Without it,
   * batches are all {@code batchSize} records.
   */
  void input(LongSupplier bytesRead, long totalBytes) {
    this.bytesRead = bytesRead;
    this.totalBytes = totalBytes;
  }

  /**
   * Records still to come, estimated from the bytes left at this input's records per byte so far. A
   * batch is flushed early once it holds at least that many (and an eighth of a full batch): the
   * batches near the end of the input halve, down to an eighth of a full one.
   */
  private long remainingRecords() {
    long read = bytesRead.getAsLong();
    if (read <= 0) {
      return Long.MAX_VALUE;
    }
    double perByte = (double) sequence / read; // both count from the start of the input
    return (long) (Math.max(0, totalBytes - read) * perByte);
  }

  /** Records seen so far (committed or not, skipped included). */
  long sequence() {
    return sequence;
  }

  private void flush(boolean complete) {
    // prepared here, while the writer may still be committing the previous batch
    positions.prepare(preparer);
    StaticReportRows preparedStatics = statics;
    preparedStatics.prepare(preparer);
    awaitPending();
    // the columns of the commit just awaited are free again: the next batch fills them
    PositionColumns free = handedOver;
    IngestBatch b =
        new IngestBatch(
            runId,
            sourceId,
            committedTo,
            Math.max(sequence, committedTo),
            complete,
            positions, // handed over: a new batch gets new columns
            preparedStatics,
            List.copyOf(bad));
    committedTo = b.sequenceAfter();
    handedOver = positions;
    if (free != null) {
      free.clear();
      positions = free;
    } else {
      positions = newColumns();
    }
    StaticReportRows freeStatics = staticsHandedOver;
    staticsHandedOver = statics;
    if (freeStatics != null) {
      freeStatics.clear();
      statics = freeStatics;
    } else {
      statics = new StaticReportRows();
    }
    bad = new ArrayList<>();
    pending = writer.submit(() -> store.commit(b));
  }

  /** Commits what is left and marks the source complete; waits for the commit. */
  void finish() {
    flush(true);
    awaitPending();
  }

  private void awaitPending() {
    if (pending == null) {
      return;
    }
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while committing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pending = null;
    }
  }

  /** Waits for a pending commit without committing more (after a reader failure). */
  void abandon() {
    try {
      awaitPending();
    } catch (RuntimeException ignored) {
      // the reader's failure is the one reported
    }
  }
}
