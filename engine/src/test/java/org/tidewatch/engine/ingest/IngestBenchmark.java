package org.tidewatch.engine.ingest;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.Position;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/**
 * End-to-end figures (not a test; run by hand, see engine/README.md): NMEA to stored positions per
 * second vs DuckDB's raw appender on the same rows, peak heap, and a vessel-year track query.
 *
 * <p>Arguments: work directory, NMEA seed file (tag-block NMEA), copies.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path seed = Path.of(args[1]);
    int copies = Integer.parseInt(args[2]);
    Files.createDirectories(work);
    Path nmea = work.resolve("bench.nm4");
    List<String> lines = Files.readAllLines(seed, StandardCharsets.ISO_8859_1);
    try (BufferedWriter w = Files.newBufferedWriter(nmea, StandardCharsets.ISO_8859_1)) {
      for (int c = 0; c < copies; c++) {
        long shift = c * 3600L;
        for (String l : lines) {
          int i = l.indexOf("c:");
          if (i >= 0) {
            int j = i + 2;
            while (j < l.length() && Character.isDigit(l.charAt(j))) {
              j++;
            }
            long t = Long.parseLong(l.substring(i + 2, j)) + shift;
            l = l.substring(0, i + 2) + t + l.substring(j);
          }
          w.write(l);
          w.write('\n');
        }
      }
    }
    System.out.printf(
        "input: %,d lines, %,d bytes%n", (long) lines.size() * copies, Files.size(nmea));

    // 1. end to end
    Path data = work.resolve("data");
    long positions;
    double e2eSecs;
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      long t0 = System.nanoTime();
      IngestReport r =
          new Ingester(s, IngestOptions.defaults(), new IngestListener() {}, Clock.systemUTC())
              .ingest(List.of(nmea), "bench");
      e2eSecs = (System.nanoTime() - t0) / 1e9;
      positions = r.positions();
      System.out.printf(
          "end to end: %,d positions + %,d static in %.2f s = %,.0f positions/s%n",
          positions, r.staticReports(), e2eSecs, positions / e2eSecs);
    }

    // 2. raw appender on the same rows (same table layout, no decoding, no H3, no provenance work)
    List<Position> rows = new ArrayList<>();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      s.positions()
          .scan(
              PositionFilter.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")),
              rows::add);
    }
    Path raw = work.resolve("raw.duckdb");
    Files.deleteIfExists(raw);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + raw)) {
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TABLE positions (mmsi INTEGER, t TIMESTAMP, lat DOUBLE, lon DOUBLE, h3 BIGINT,"
                + " sog DOUBLE, cog DOUBLE, heading SMALLINT, nav_status TINYINT, msg_type TINYINT,"
                + " source_id INTEGER, line BIGINT, run_id INTEGER, content_hash BIGINT,"
                + " marking_id SMALLINT)");
      }
      long t0 = System.nanoTime();
      try (DuckDBAppender a =
          c.unwrap(DuckDBConnection.class).createAppender("main", "positions")) {
        for (Position p : rows) {
          a.beginRow()
              .append(p.mmsi())
              .appendEpochMicros(p.time().getEpochSecond() * 1_000_000L)
              .append(p.latitude_deg())
              .append(p.longitude_deg())
              .append(0L)
              .append(p.speedOverGround_kn().orElse(0))
              .append(p.courseOverGround_deg().orElse(0))
              .append((short) p.trueHeading_deg().orElse(0))
              .append((byte) p.navigationStatus().orElse(0))
              .append((byte) p.messageType())
              .append(1)
              .append(p.provenance().line())
              .append(1)
              .append(p.provenance().contentHash())
              .append((short) 1)
              .endRow();
        }
        a.flush();
      }
      double rawSecs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "raw appender: %,d rows in %.2f s = %,.0f rows/s; end-to-end / raw = %.2f%n",
          rows.size(),
          rawSecs,
          rows.size() / rawSecs,
          (positions / e2eSecs) / (rows.size() / rawSecs));
    }
    rows = null;

    // 3. one vessel-year: 200k points of one MMSI among 5M points of 500 others
    Path year = work.resolve("year");
    try (DuckDbTrackStore s = DuckDbTrackStore.open(year)) {
      IngestRun run = s.ingest().beginRun("year", Releasability.UNMARKED, Instant.EPOCH);
      SourceState src =
          s.ingest().openSource(new SourceFile("synthetic", "0".repeat(64), 0, "synthetic"));
      Instant y0 = Instant.parse("2024-01-01T00:00:00Z");
      Provenance prov = new Provenance("synthetic", 0, run.id(), 0, Releasability.UNMARKED);
      long seq = 0;
      int total = 5_200_000;
      int batch = 200_000;
      for (int b = 0; b < total / batch; b++) {
        List<Position> ps = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
          long n = (long) b * batch + i;
          int mmsi = n % 26 == 0 ? 366000001 : 636000000 + (int) (n % 500);
          ps.add(
              new Position(
                  mmsi,
                  y0.plusSeconds(n * 6),
                  10 + (n % 1000) * 1e-3,
                  20 + (n % 777) * 1e-3,
                  OptionalDouble.of(10),
                  OptionalDouble.of(90),
                  OptionalInt.empty(),
                  OptionalInt.of(0),
                  1,
                  prov));
        }
        s.ingest()
            .commit(
                new IngestBatch(
                    run.id(), src.sourceId(), seq, seq + batch, false, ps, List.of(), List.of()));
        seq += batch;
      }
      double[] ms = new double[7];
      int n = 0;
      for (int k = 0; k < ms.length; k++) {
        long t0 = System.nanoTime();
        n =
            s.positions()
                .track(366000001, y0, y0.plusSeconds(366L * 86400), Optional.empty())
                .size();
        ms[k] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf(
          "vessel-year track: %,d points of %,d stored, median %.1f ms (min %.1f, max %.1f)%n",
          n, s.positions().count(), ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "heap: max %,d MB, peak used (sum of pools) %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
  }
}
