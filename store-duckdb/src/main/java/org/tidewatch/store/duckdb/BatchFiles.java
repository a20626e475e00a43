package org.tidewatch.store.duckdb;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.tidewatch.core.provenance.Releasability;

/**
 * Temporary Parquet files holding prepared batches of positions or static reports, in {@code
 * <java.io.tmpdir>/tidewatch-ingest/}, named {@code batch-<pid>-<n>.parquet}. A file lives from
 * {@link PositionColumns#prepare} or {@link StaticReportRows#prepare} to the commit that inserts
 * it; files left by a process that is no longer running (killed mid-ingest) are deleted when the
 * next {@code BatchFiles} is created.
 */
final class BatchFiles {
  private static final AtomicLong NEXT = new AtomicLong();
  private static final long PID = ProcessHandle.current().pid();

  /** A written file and the markings its {@code marking} column indexes. */
  record Prepared(Path path, List<Releasability> markings) {
    void delete() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // a leftover temporary file; removed by a later cleanup
      }
    }
  }

  private final @Nullable Path dir;
  // one direct write buffer, reused (a BatchFiles is used by one thread)
  private final java.nio.ByteBuffer buffer = ParquetBatchFile.newBuffer();
  private final BatchScratch scratch = new BatchScratch();

  private BatchFiles(@Nullable Path dir) {
    this.dir = dir;
  }

  /**
   * The files in the temporary directory; if it cannot be created, every {@code write} answers
   * empty and the store appends the rows itself.
   */
  static BatchFiles inTempDir() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tidewatch-ingest");
    try {
      Files.createDirectories(dir);
    } catch (IOException | RuntimeException e) {
      return new BatchFiles(null);
    }
    deleteOrphans(dir);
    return new BatchFiles(dir);
  }

  private static void deleteOrphans(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "batch-*.parquet")) {
      for (Path f : files) {
        String[] parts = f.getFileName().toString().split("-");
        long pid;
        try {
          pid = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
          continue; // not one of ours
        }
        boolean running =
            pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!running) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // best effort: orphans take space, not correctness
    }
  }

  /**
   * The rows' clustering order (see {@link ClusterOrder}), in this instance's work arrays: valid
   * until the next call.
   */
  int[] order(int n, int[] mmsi, long[] micros) {
    return ClusterOrder.of(n, mmsi, micros, scratch);
  }

  /**
   * Writes the prepared columns (times, cells) to a new file, the rows in {@code order} (their
   * {@linkplain #order clustering order}); empty when it cannot (the store then appends the rows
   * itself).
   */
  java.util.Optional<Prepared> write(PositionColumns c, int[] order) {
    if (dir == null) {
      return java.util.Optional.empty();
    }
    Path f = newFile();
    int n = c.size();
    List<Releasability> markings = List.copyOf(c.markings);
    int[] marking = c.markingIndex; // indexes into markings, in order of first appearance
    try (ParquetBatchFile p = new ParquetBatchFile(f, n, buffer, order, scratch)) {
      p.int32("mmsi", c.mmsi, null);
      p.int64("t", c.micros, null);
      p.float64("lat", c.lat, null);
      p.float64("lon", c.lon, null);
      p.int64("h3", c.cells, null);
      p.float64("sog", c.sog, c.hasSog);
      p.float64("cog", c.cog, c.hasCog);
      p.int32("heading", c.heading, c.hasHeading);
      p.int32("nav_status", c.status, c.hasStatus);
      p.int32("msg_type", c.type, null);
      p.int64("line", c.line, null);
      p.int64("run_id", c.run, null);
      p.int64("content_hash", c.hash, null);
      p.int32("marking", marking, null);
    } catch (IOException | RuntimeException e) {
      new Prepared(f, markings).delete();
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Prepared(f, List.copyOf(markings)));
  }

  /** Writes static reports to a new file; empty when it cannot (the store appends them). */
  java.util.Optional<Prepared> write(StaticReportRows r) {
    if (dir == null) {
      return java.util.Optional.empty();
    }
    Path f = newFile();
    int n = r.size();
    try (ParquetBatchFile p = new ParquetBatchFile(f, n, buffer, null, scratch)) {
      p.int32("mmsi", r.mmsi, null);
      p.int64("t", r.micros, null);
      p.int32("msg_type", r.type, null);
      p.text("name", r.name.bytes, r.name.end, r.name.present);
      p.text("call_sign", r.callSign.bytes, r.callSign.end, r.callSign.present);
      p.int32("imo", r.imo, r.hasImo);
      p.int32("ship_type", r.shipType, r.hasShipType);
      p.int32("length_m", r.length, r.hasLength);
      p.int32("beam_m", r.beam, r.hasBeam);
      p.float64("draught_m", r.draught, r.hasDraught);
      p.text("destination", r.destination.bytes, r.destination.end, r.destination.present);
      p.int64("line", r.line, null);
      p.int64("run_id", r.run, null);
      p.int64("content_hash", r.hash, null);
      p.int32("marking", r.marking, null);
    } catch (IOException | RuntimeException e) {
      new Prepared(f, List.of()).delete();
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Prepared(f, List.copyOf(r.markings)));
  }

  /**
   * Writes rows of (mmsi, text, text, first, last, count) — identity claims, or vessels with empty
   * texts — to a new file; empty when it cannot (the caller then appends them).
   */
  java.util.Optional<Path> writeAggregates(
      int n,
      int[] mmsi,
      StaticReportRows.Text kind,
      StaticReportRows.Text value,
      long[] first,
      long[] last,
      long[] count,
      long[] statics) {
    if (dir == null) {
      return java.util.Optional.empty();
    }
    Path f = newFile();
    try (ParquetBatchFile p = new ParquetBatchFile(f, n, buffer, null, scratch)) {
      p.int32("mmsi", mmsi, null);
      p.text("kind", kind.bytes, kind.end, kind.present);
      p.text("value", value.bytes, value.end, value.present);
      p.int64("first_seen", first, null);
      p.int64("last_seen", last, null);
      p.int64("reports", count, null);
      p.int64("statics", statics, null);
    } catch (IOException | RuntimeException e) {
      new Prepared(f, List.of()).delete();
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(f);
  }

  private Path newFile() {
    return java.util.Objects.requireNonNull(dir)
        .resolve("batch-" + PID + "-" + NEXT.incrementAndGet() + ".parquet");
  }

  /** The SQL for the marking ids of a file's {@code marking} column (a constant list, indexed). */
  static String markingIds(DuckDbTrackStore db, Prepared f) throws java.sql.SQLException {
    StringBuilder ids = new StringBuilder("([");
    for (Releasability m : f.markings()) {
      ids.append(ids.length() > 2 ? ", " : "").append(db.markingId(m));
    }
    return ids.append("]::SMALLINT[])[marking + 1]").toString();
  }
}
