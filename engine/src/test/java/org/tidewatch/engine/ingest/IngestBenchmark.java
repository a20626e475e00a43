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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.EventStore;
import org.tidewatch.core.store.IdentityStore;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.IngestRunStore;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.PositionStore;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.store.StaticReportStore;
import org.tidewatch.core.store.TrackStore;
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
    List<String> lines = withTimes(Files.readAllLines(seed, StandardCharsets.ISO_8859_1));
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

    int reps = Integer.getInteger("reps", 3);
    int batchSize = Integer.getInteger("batch", IngestOptions.DEFAULT_BATCH_SIZE);

    String phases = System.getProperty("phases", "e2e,track");
    if (phases.contains("e2e")) {
      endToEnd(work, nmea, reps, batchSize);
    }
    if (phases.contains("track")) {
      vesselYear(work);
    }
  }

  /**
   * The seed's lines, each AIS sentence given a tag-block receive time when it has none (a live
   * capture such as the AISHub sample): times spread evenly over {@code -DspanSeconds} (default
   * 180, the AISHub sample's three minutes) from 2023-11-14T22:13:20Z, in line order; comment lines
   * dropped. Lines with a time are kept as they are.
   */
  private static List<String> withTimes(List<String> lines) {
    List<String> ais = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    if (ais.stream().allMatch(IngestBenchmark::hasTagTime)) {
      return ais;
    }
    long t0 = 1_700_000_000L;
    int span = Integer.getInteger("spanSeconds", 180);
    List<String> out = new ArrayList<>(ais.size());
    for (int i = 0; i < ais.size(); i++) {
      String l = ais.get(i);
      if (!hasTagTime(l)) {
        String body = "c:" + (t0 + (long) i * span / ais.size());
        int cs = 0;
        for (int k = 0; k < body.length(); k++) {
          cs ^= body.charAt(k);
        }
        l = String.format("\\%s*%02X\\%s", body, cs, l);
      }
      out.add(l);
    }
    System.out.printf(
        "the seed has lines without receive times: tag-block times given over %d s%n", span);
    return out;
  }

  /** A line starting with a tag block that has a {@code c:} time. */
  private static boolean hasTagTime(String l) {
    int end = l.startsWith("\\") ? l.indexOf('\\', 1) : -1;
    return end > 0 && l.substring(0, end).contains("c:");
  }

  private static void endToEnd(Path work, Path nmea, int reps, int batchSize) throws Exception {
    // 1. end to end, `reps` times into a fresh store; heap peak of the ingests alone
    resetHeapPeaks();
    double[] e2e = new double[reps];
    double[] e2eNoClustering = new double[reps];
    double[] e2eCpu = new double[reps];
    double[] e2eWithClose = new double[reps];
    long positions = 0;
    Path data = null;
    for (int k = 0; k < reps; k++) {
      data = work.resolve("data" + k);
      deleteTree(data); // a fresh store: the same file in an old one would be skipped
      long closeStart;
      IngestReport r;
      double secs;
      double cpu;
      long cpu0;
      try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
        TimedStore timed = new TimedStore(s);
        cpu0 = cpuNanos();
        timed.ingest.threads = new ThreadCpu();
        timed.ingest.startCpu = cpu0;
        long t0 = System.nanoTime();
        r =
            new Ingester(
                    timed,
                    IngestOptions.defaults().withBatchSize(batchSize),
                    new IngestListener() {},
                    Clock.systemUTC())
                .ingest(List.of(nmea), "bench");
        secs = (System.nanoTime() - t0) / 1e9;
        cpu = (cpuNanos() - cpu0) / 1e9;
        positions = r.positions();
        e2e[k] = positions / secs;
        e2eCpu[k] = cpu * 1e6 / positions;
        double finish = timed.ingest.finishNanos / 1e9;
        e2eNoClustering[k] = positions / (secs - finish);
        System.out.printf(
            "end to end #%d: %,d positions + %,d static in %.2f s = %,.0f positions/s"
                + " (commits %.2f s; finishing the run, i.e. clustering, %.2f s; without it"
                + " %,.0f positions/s); process CPU %.2f s = %.2f µs per position%n",
            k + 1,
            positions,
            r.staticReports(),
            secs,
            e2e[k],
            timed.ingest.commitNanos / 1e9,
            finish,
            e2eNoClustering[k],
            cpu,
            e2eCpu[k]);
        System.out.printf(
            "  CPU µs per position by thread, ingest: %s%n  finishing the run (clustering): %s%n",
            ThreadCpu.perRow(timed.ingest.ingestThreads, positions),
            ThreadCpu.perRow(
                timed.ingest.finishThreads.since(timed.ingest.finishCpuNanos / 1e9), positions));
        Path wal = data.resolve(DuckDbTrackStore.FILE_NAME + ".wal");
        System.out.printf(
            "  before the close: database %,d MB, WAL %,d MB%n",
            Files.size(data.resolve(DuckDbTrackStore.FILE_NAME)) >> 20,
            Files.exists(wal) ? Files.size(wal) >> 20 : 0);
        closeStart = System.nanoTime();
      }
      // closing the store checkpoints what the run left in DuckDB's WAL: part of the command's time
      double close = (System.nanoTime() - closeStart) / 1e9;
      e2eWithClose[k] = positions / (secs + close);
      System.out.printf(
          "  closing the store (checkpoint) %.2f s: %,.0f positions/s including it%n",
          close, e2eWithClose[k]);
    }
    long ingestHeapPeak = heapPeak();
    if (!Boolean.parseBoolean(System.getProperty("raw", "true"))) {
      return; // -Draw=false: end to end only (for profiling)
    }

    // 2. DuckDB's raw appender on the same rows (same table layout with the stored values, one
    // appender, one transaction; no decoding, no H3, no identities, no provenance work)
    Columns rows = new Columns((int) positions);
    try (DuckDbTrackStore s = DuckDbTrackStore.open(data)) {
      s.positions()
          .scan(
              PositionFilter.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")),
              rows::add);
    }
    double[] raw = new double[reps];
    double[] rawCpu = new double[reps];
    for (int k = 0; k < reps; k++) {
      Path rawDb = work.resolve("raw" + k + ".duckdb");
      long cpu0 = cpuNanos();
      raw[k] = rows.appendAll(rawDb);
      rawCpu[k] = (cpuNanos() - cpu0) / 1e3 / rows.n;
      System.out.printf(
          "raw appender #%d: %,d rows = %,.0f rows/s, %.2f µs CPU per row;"
              + " end-to-end #%d / raw #%d = %.2f%n",
          k + 1, rows.n, raw[k], rawCpu[k], k + 1, k + 1, e2e[k] / raw[k]);
    }
    rows = null;
    System.out.printf(
        "MEDIAN end to end %,.0f positions/s (%,.0f without clustering, %,.0f including the"
            + " close), raw appender %,.0f"
            + " rows/s, ratio %.2f (%.2f without clustering); CPU per row: end to end %.2f µs,"
            + " raw %.2f µs; ingest heap peak %,d MB (max %,d MB)%n",
        median(e2e),
        median(e2eNoClustering),
        median(e2eWithClose),
        median(raw),
        median(e2e) / median(raw),
        median(e2eNoClustering) / median(raw),
        median(e2eCpu),
        median(rawCpu),
        ingestHeapPeak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void vesselYear(Path work) throws Exception {
    // 3. one vessel-year: 200k points of one MMSI among 5M points of 500 others
    Path year = work.resolve("year");
    deleteTree(year); // a fresh store: the synthetic source of an earlier run would be refused
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
        if (Boolean.getBoolean("sortBatches")) {
          // as the ingest prepares its batch files: each batch in (mmsi, t) order
          ps.sort(java.util.Comparator.comparingInt(Position::mmsi).thenComparing(Position::time));
        }
        s.ingest()
            .commit(
                new IngestBatch(
                    run.id(),
                    src.sourceId(),
                    seq,
                    seq + batch,
                    b == total / batch - 1,
                    ps,
                    List.of(),
                    List.of()));
        seq += batch;
      }
      trackQuery(
          s,
          y0,
          Boolean.getBoolean("sortBatches")
              ? "appended in batches each sorted by vessel"
              : "appended in time order");
      long t0 = System.nanoTime();
      s.ingest().finishRun(run.id(), Instant.EPOCH, "year");
      System.out.printf(
          "finishing the run (clustering the table by vessel): %.2f s%n",
          (System.nanoTime() - t0) / 1e9);
      trackQuery(s, y0, "clustered");
    }
  }

  private static void trackQuery(DuckDbTrackStore s, Instant y0, String state) {
    double[] ms = new double[Integer.getInteger("trackReps", 11)];
    int n = 0;
    long cpu0 = cpuNanos();
    for (int k = 0; k < ms.length; k++) {
      long t0 = System.nanoTime();
      n = s.positions().track(366000001, y0, y0.plusSeconds(366L * 86400), Optional.empty()).size();
      ms[k] = (System.nanoTime() - t0) / 1e6;
    }
    double cpuMs = (cpuNanos() - cpu0) / 1e6 / ms.length;
    Arrays.sort(ms);
    System.out.printf(
        "vessel-year track (%s): %,d points of %,d stored, median %.1f ms (min %.1f, max %.1f;"
            + " %d queries); process CPU %.1f ms per query%n",
        state,
        n,
        s.positions().count(),
        ms[ms.length / 2],
        ms[0],
        ms[ms.length - 1],
        ms.length,
        cpuMs);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Times the commits and the end of the run (where the store clusters) of a store. */
  private static final class TimedStore implements TrackStore {
    private final DuckDbTrackStore s;
    final TimedIngest ingest;

    TimedStore(DuckDbTrackStore s) {
      this.s = s;
      this.ingest = new TimedIngest(s.ingest());
    }

    @Override
    public IngestRunStore ingest() {
      return ingest;
    }

    @Override
    public PositionStore positions() {
      return s.positions();
    }

    @Override
    public StaticReportStore staticReports() {
      return s.staticReports();
    }

    @Override
    public IdentityStore identities() {
      return s.identities();
    }

    @Override
    public EventStore events() {
      return s.events();
    }

    @Override
    public void close() {
      s.close();
    }
  }

  private static final class TimedIngest implements IngestRunStore {
    private final IngestRunStore d;
    volatile long commitNanos;
    volatile long finishNanos;
    volatile long finishCpuNanos;
    ThreadCpu threads;
    long startCpu;
    Map<String, Double> ingestThreads = Map.of();
    ThreadCpu finishThreads;

    TimedIngest(IngestRunStore d) {
      this.d = d;
    }

    @Override
    public IngestRun beginRun(String description, Releasability r, Instant startedAt) {
      return d.beginRun(description, r, startedAt);
    }

    @Override
    public void finishRun(long runId, Instant finishedAt, String outcome) {
      long t0 = System.nanoTime();
      long cpu0 = cpuNanos();
      ingestThreads = threads == null ? Map.of() : threads.since((cpu0 - startCpu) / 1e9);
      finishThreads = new ThreadCpu();
      d.finishRun(runId, finishedAt, outcome);
      finishCpuNanos += cpuNanos() - cpu0;
      finishNanos += System.nanoTime() - t0;
    }

    @Override
    public List<IngestRun> runs() {
      return d.runs();
    }

    @Override
    public SourceState openSource(SourceFile file) {
      return d.openSource(file);
    }

    @Override
    public Optional<SourceState> source(String sha256) {
      return d.source(sha256);
    }

    @Override
    public List<SourceState> sources() {
      return d.sources();
    }

    @Override
    public void commit(IngestBatch batch) {
      long t0 = System.nanoTime();
      d.commit(batch);
      commitNanos += System.nanoTime() - t0;
    }

    @Override
    public List<BadRow> badRows(long sourceId) {
      return d.badRows(sourceId);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks (an upper bound of the peak heap in use). */
  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The stored rows as primitive columns, so the raw appender does nothing but append. */
  private static final class Columns {
    final int[] mmsi;
    final long[] t;
    final double[] lat;
    final double[] lon;
    final double[] sog;
    final double[] cog;
    final short[] heading;
    final byte[] nav;
    final byte[] type;
    final long[] line;
    final long[] hash;
    int n;

    Columns(int size) {
      mmsi = new int[size];
      t = new long[size];
      lat = new double[size];
      lon = new double[size];
      sog = new double[size];
      cog = new double[size];
      heading = new short[size];
      nav = new byte[size];
      type = new byte[size];
      line = new long[size];
      hash = new long[size];
    }

    void add(Position p) {
      mmsi[n] = p.mmsi();
      t[n] = p.time().getEpochSecond() * 1_000_000L + p.time().getNano() / 1000;
      lat[n] = p.latitude_deg();
      lon[n] = p.longitude_deg();
      sog[n] = p.speedOverGround_kn().orElse(Double.NaN);
      cog[n] = p.courseOverGround_deg().orElse(Double.NaN);
      heading[n] = (short) p.trueHeading_deg().orElse(-1);
      nav[n] = (byte) p.navigationStatus().orElse(-1);
      type[n] = (byte) p.messageType();
      line[n] = p.provenance().line();
      hash[n] = p.provenance().contentHash();
      n++;
    }

    /** Appends all rows into a fresh database; returns rows per second. */
    double appendAll(Path file) throws Exception {
      Files.deleteIfExists(file);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
        try (Statement st = c.createStatement()) {
          st.execute(
              "CREATE TABLE positions (mmsi INTEGER NOT NULL, t TIMESTAMP NOT NULL,"
                  + " lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, h3 BIGINT NOT NULL, sog DOUBLE,"
                  + " cog DOUBLE, heading SMALLINT, nav_status TINYINT, msg_type TINYINT NOT NULL,"
                  + " source_id INTEGER NOT NULL, line BIGINT NOT NULL, run_id INTEGER NOT NULL,"
                  + " content_hash BIGINT NOT NULL, marking_id SMALLINT NOT NULL)");
        }
        long t0 = System.nanoTime();
        try (DuckDBAppender a =
            c.unwrap(DuckDBConnection.class).createAppender("main", "positions")) {
          for (int i = 0; i < n; i++) {
            a.beginRow().append(mmsi[i]).appendEpochMicros(t[i]).append(lat[i]).append(lon[i]);
            a.append(0L);
            if (Double.isNaN(sog[i])) {
              a.appendNull();
            } else {
              a.append(sog[i]);
            }
            if (Double.isNaN(cog[i])) {
              a.appendNull();
            } else {
              a.append(cog[i]);
            }
            if (heading[i] < 0) {
              a.appendNull();
            } else {
              a.append(heading[i]);
            }
            if (nav[i] < 0) {
              a.appendNull();
            } else {
              a.append(nav[i]);
            }
            a.append(type[i]).append(1).append(line[i]).append(1).append(hash[i]);
            a.append((short) 1).endRow();
          }
          a.flush();
        }
        return n / ((System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
