package org.tidewatch.bench.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.DetectorPipeline;
import org.tidewatch.core.detect.VesselRegistry;
import org.tidewatch.core.detect.draught.DraughtDetector;
import org.tidewatch.core.detect.encounter.EncounterDetector;
import org.tidewatch.core.detect.gap.GapDetector;
import org.tidewatch.core.detect.gap.ReceptionModel;
import org.tidewatch.core.detect.identity.IdentityDetector;
import org.tidewatch.core.detect.identity.ReappearanceDetector;
import org.tidewatch.core.detect.loitering.LoiteringDetector;
import org.tidewatch.core.detect.portcall.PortCallDetector;
import org.tidewatch.core.detect.spoofing.SpoofingDetector;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.Position;

/**
 * Detector throughput on a synthetic fleet (positions in time order, one core).
 *
 * <ul>
 *   <li>{@code perVessel}: port calls, loitering, gaps, spoofing/shared MMSI, identity and draught
 *       behind the event-time buffer; score = positions per second (target ≥ 2 M/s).
 *   <li>{@code pairing}: the encounter detector alone with {@code vessels} ships milling in one 1°
 *       × 1° area for one day; compare the scores of 500 and 1 000 vessels (target: twice the
 *       vessels ≤ 2.3 × the time).
 * </ul>
 *
 * <p>Run: {@code ./bench/run.sh DetectBenchmark} (or {@code java -jar bench/target/benchmarks.jar
 * DetectBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DetectBenchmark {

  @Param({"500", "1000"})
  public int vessels;

  private List<Position> fleet;
  private List<Position> crowd;

  @Setup(Level.Trial)
  public void build() {
    fleet = fleet(200, 5_000);
    crowd = crowd(vessels, 288);
  }

  /** {@code n} vessels sailing and stopping along the Yellow Sea, 5-minute reports. */
  static List<Position> fleet(int n, int perVessel) {
    SplittableRandom r = new SplittableRandom(7);
    Provenance pv = new Provenance("bench", 0, 0, 0, Releasability.UNMARKED);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<Position> out = new ArrayList<>(n * perVessel);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int v = 0; v < n; v++) {
      lat[v] = 33 + r.nextDouble() * 6;
      lon[v] = 121 + r.nextDouble() * 4;
    }
    for (int i = 0; i < perVessel; i++) {
      for (int v = 0; v < n; v++) {
        double sog = (i / 100 + v) % 3 == 0 ? 0.1 : 10;
        lat[v] += sog * 300 / 3600.0 / 60.0 * (r.nextDouble() - 0.3);
        lon[v] += sog * 300 / 3600.0 / 60.0 * (r.nextDouble() - 0.3);
        out.add(
            new Position(
                412000000 + v,
                t0.plusSeconds(i * 300L + v % 300),
                lat[v],
                lon[v],
                OptionalDouble.of(sog),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                1,
                pv));
      }
    }
    return out;
  }

  /** {@code n} vessels drifting slowly in one 1° × 1° box for {@code steps} 5-minute steps. */
  static List<Position> crowd(int n, int steps) {
    SplittableRandom r = new SplittableRandom(11);
    Provenance pv = new Provenance("bench", 0, 0, 0, Releasability.UNMARKED);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<Position> out = new ArrayList<>(n * steps);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int v = 0; v < n; v++) {
      lat[v] = 36 + r.nextDouble();
      lon[v] = 123 + r.nextDouble();
    }
    for (int i = 0; i < steps; i++) {
      for (int v = 0; v < n; v++) {
        lat[v] += (r.nextDouble() - 0.5) * 0.001;
        lon[v] += (r.nextDouble() - 0.5) * 0.001;
        out.add(
            new Position(
                413000000 + v,
                t0.plusSeconds(i * 300L + v % 300),
                lat[v],
                lon[v],
                OptionalDouble.of(0.5),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                1,
                pv));
      }
    }
    out.sort((a, b) -> a.time().compareTo(b.time()));
    return out;
  }

  static long runPerVessel(List<Position> in) {
    PlaceIndex places = PlaceIndex.reference();
    VesselRegistry reg = new VesselRegistry();
    List<Detector> ds =
        List.of(
            new PortCallDetector(PortCallDetector.Params.DEFAULTS, places),
            new LoiteringDetector(LoiteringDetector.Params.DEFAULTS, places, reg),
            new GapDetector(GapDetector.Params.DEFAULTS, reg, new ReceptionModel()),
            new SpoofingDetector(SpoofingDetector.Params.DEFAULTS),
            new IdentityDetector(IdentityDetector.Params.DEFAULTS),
            new ReappearanceDetector(ReappearanceDetector.Params.DEFAULTS, reg),
            new DraughtDetector(DraughtDetector.Params.DEFAULTS, places));
    long[] n = {0};
    DetectorPipeline p = new DetectorPipeline(Duration.ofMinutes(10), reg, ds, e -> n[0]++);
    for (Position x : in) {
      p.accept(x);
    }
    p.finish(in.get(in.size() - 1).time());
    return n[0];
  }

  static long runPairing(List<Position> in) {
    VesselRegistry reg = new VesselRegistry();
    EncounterDetector enc =
        new EncounterDetector(EncounterDetector.Params.DEFAULTS, PlaceIndex.reference(), reg);
    long[] n = {0};
    java.util.function.Consumer<DetectedEvent> out = e -> n[0]++;
    long lastW = Long.MIN_VALUE;
    for (Position x : in) {
      enc.onPosition(x, out);
      long w = x.time().getEpochSecond() / 300;
      if (w > lastW) {
        lastW = w;
        enc.onWatermark(Instant.ofEpochSecond(w * 300), out);
      }
    }
    enc.finish(in.get(in.size() - 1).time(), out);
    return n[0] + enc.comparisons();
  }

  /** One pass of the per-vessel detectors over 1 M positions (200 vessels × 5 000). */
  @Benchmark
  public long perVessel() {
    return runPerVessel(fleet);
  }

  /** One day of encounter pairing over {@link #vessels} ships in one area. */
  @Benchmark
  public long pairing() {
    return runPairing(crowd);
  }

  /** A quick measurement without JMH: {@code java -cp ... DetectBenchmark}. */
  public static void main(String[] args) {
    List<Position> f = fleet(200, 5_000);
    for (int i = 0; i < 3; i++) {
      runPerVessel(f);
    }
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double[] wall = new double[7];
    double[] thread = new double[7];
    for (int i = 0; i < 7; i++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      runPerVessel(f);
      wall[i] = (System.nanoTime() - t0) / 1e9;
      thread[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(thread);
    System.out.printf(
        "per-vessel detectors, median of 7: %,d positions in %.3f s = %,.0f positions/s"
            + " (thread CPU %.3f s = %,.0f positions per CPU-second; best %,.0f)%n",
        f.size(),
        wall[3],
        f.size() / wall[3],
        thread[3],
        f.size() / thread[3],
        f.size() / thread[0]);
    // pairing: the crowds interleaved, 7 rounds, median thread CPU (the machine is shared: CPU
    // time and interleaving keep the ratios honest)
    int[] sizes = {500, 1000, 2000};
    List<List<Position>> crowds = new java.util.ArrayList<>();
    for (int n : sizes) {
      crowds.add(crowd(n, 288));
    }
    for (List<Position> c : crowds) {
      runPairing(c);
    }
    double[][] cpuS = new double[sizes.length][7];
    long[] work = new long[sizes.length];
    for (int round = 0; round < 7; round++) {
      for (int k = 0; k < sizes.length; k++) {
        long q0 = cpu.getCurrentThreadCpuTime();
        work[k] = runPairing(crowds.get(k));
        cpuS[k][round] = (cpu.getCurrentThreadCpuTime() - q0) / 1e9;
      }
    }
    double previous = 0;
    for (int k = 0; k < sizes.length; k++) {
      java.util.Arrays.sort(cpuS[k]);
      double median = cpuS[k][3];
      System.out.printf(
          "pairing %5d vessels, 1 day: median thread CPU %.3f s (%,d positions, %,d"
              + " comparisons+events)%s%n",
          sizes[k],
          median,
          crowds.get(k).size(),
          work[k],
          previous > 0 ? String.format("; %.2f x the previous", median / previous) : "");
      previous = median;
    }
  }
}
