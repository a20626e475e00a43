package org.tidewatch.store.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.tidewatch.core.provenance.Releasability;

/**
 * Temporary Parquet files holding prepared position batches, in {@code
 * <java.io.tmpdir>/tidewatch-ingest/}, named {@code positions-<pid>-<n>.parquet}. A file lives from
 * {@link PositionColumns#prepare} to the commit that inserts it; files left by a process that is no
 * longer running (killed mid-ingest) are deleted when the next {@code BatchFiles} is created.
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

  private final Path dir;

  private BatchFiles(Path dir) {
    this.dir = dir;
  }

  static BatchFiles inTempDir() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tidewatch-ingest");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    deleteOrphans(dir);
    return new BatchFiles(dir);
  }

  private static void deleteOrphans(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "positions-*.parquet")) {
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
   * Writes the prepared columns (times, cells) to a new file; empty when it cannot (the store then
   * appends the rows itself).
   */
  java.util.Optional<Prepared> write(PositionColumns c) {
    Path f = dir.resolve("positions-" + PID + "-" + NEXT.incrementAndGet() + ".parquet");
    int n = c.size();
    Map<Releasability, Integer> index = new IdentityHashMap<>();
    List<Releasability> markings = new ArrayList<>();
    int[] marking = new int[n];
    Releasability last = null;
    int lastIndex = -1;
    for (int i = 0; i < n; i++) {
      if (c.marking[i] != last) {
        last = c.marking[i];
        Releasability m = last;
        lastIndex =
            index.computeIfAbsent(
                m,
                k -> {
                  markings.add(k);
                  return markings.size() - 1;
                });
      }
      marking[i] = lastIndex;
    }
    try (ParquetBatchFile p = new ParquetBatchFile(f, n)) {
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
}
