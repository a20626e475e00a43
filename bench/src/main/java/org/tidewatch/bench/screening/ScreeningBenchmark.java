package org.tidewatch.bench.screening;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidewatch.core.sanctions.EntityType;
import org.tidewatch.core.sanctions.MergedEntity;
import org.tidewatch.sanctions.eval.ScreeningEvaluation;
import org.tidewatch.sanctions.eval.SpellingVariants;
import org.tidewatch.sanctions.match.Screener;
import org.tidewatch.sanctions.match.ScreeningIndex;
import org.tidewatch.sanctions.match.ScreeningMatch;
import org.tidewatch.sanctions.match.ScreeningQuery;

/**
 * Name screening against a large index (issue 6: at least 2,000 queries/s on 2 cores against a 1 M
 * entity index, p99 at most 5 ms).
 *
 * <p>Index: the corpus lists used by {@code tidewatch evaluate screening} (OFAC SDN.CSV 2024-05-03,
 * UN consolidated 2026-02-27, UN 1718 vessels, EU 2017/1509: 16,215 merged entities) plus {@link
 * SyntheticEntities} (seed 42) up to {@code entities}. Its build time and the heap it holds (used
 * heap after a full GC, before and after building) are printed at setup.
 *
 * <p>Queries (4,096, seed 7, cycled): 40 % names of indexed entities with a dropped letter or a
 * changed case, 20 % spelling variants of DPRK-listed names ({@link SpellingVariants}), 40 % fresh
 * synthetic names that are not in the index (the common case in production: no match); half carry
 * the entity type, half not. Each query is a full {@link Screener#screen} at threshold 0.70, limit
 * 5: retrieval, scoring of up to 50 candidates and explanations of the matches.
 *
 * <p>Run: {@code ./bench/run.sh ScreeningBenchmark -jvmArgs -Xmx6g} (see {@code
 * sanctions/README.md} for the figures).
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {

  /** Entities in the index, real plus synthetic. */
  @Param({"1000000"})
  public int entities;

  Screener screener;
  ScreeningQuery[] queries;

  /** Builds the index (timed, heap measured) and the query set. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path corpus =
        Path.of(System.getProperty("tidewatch.corpus", "../shared/corpus")).resolve("sanctions");
    List<MergedEntity> real = ScreeningEvaluation.corpusEntities(corpus);
    SyntheticEntities gen = new SyntheticEntities(real, 42);
    List<MergedEntity> all = new ArrayList<>(entities);
    all.addAll(real);
    all.addAll(gen.generate(Math.max(0, entities - real.size())));
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    ScreeningIndex index = new ScreeningIndex(all);
    double buildS = (System.nanoTime() - t0) / 1e9;
    long heapAfter = usedHeap();
    screener = new Screener(index);
    System.out.printf(
        Locale.ROOT,
        "%n[screening index] entities %,d (real %,d), names %,d, keys %,d, postings %,d; "
            + "build %.1f s; heap held by the index %,d MB (used after GC %,d -> %,d MB)%n",
        index.size(),
        real.size(),
        index.nameCount(),
        index.keyCount(),
        index.postingCount(),
        buildS,
        (heapAfter - heapBefore) >> 20,
        heapBefore >> 20,
        heapAfter >> 20);
    queries = queries(all, real, new SyntheticEntities(real, 4242), 4096, 7);
    int hits = 0;
    for (ScreeningQuery q : queries) {
      hits += screener.screen(q, Screener.DEFAULT_THRESHOLD, 5).isEmpty() ? 0 : 1;
    }
    System.out.printf(
        Locale.ROOT, "[screening queries] %d queries, %d with a match%n", queries.length, hits);
  }

  static ScreeningQuery[] queries(
      List<MergedEntity> all, List<MergedEntity> real, SyntheticEntities fresh, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<MergedEntity> dprk =
        real.stream()
            .filter(m -> m.sources().stream().anyMatch(ScreeningEvaluation::isDprk))
            .toList();
    ScreeningQuery[] out = new ScreeningQuery[n];
    for (int i = 0; i < n; i++) {
      double u = rnd.nextDouble();
      String name;
      EntityType type;
      if (u < 0.4) {
        MergedEntity m = all.get(rnd.nextInt(all.size()));
        name = dropLetter(m.names().get(rnd.nextInt(m.names().size())).value(), rnd);
        type = m.type();
      } else if (u < 0.6) {
        MergedEntity m = dprk.get(rnd.nextInt(dprk.size()));
        List<String> v = SpellingVariants.of(m.caption(), m.type());
        name = v.get(rnd.nextInt(v.size()));
        type = m.type();
      } else {
        type = rnd.nextBoolean() ? EntityType.PERSON : EntityType.COMPANY;
        name = type == EntityType.PERSON ? fresh.personName() : fresh.companyName();
      }
      ScreeningQuery q = ScreeningQuery.ofName(name);
      out[i] = rnd.nextBoolean() ? q.withType(type) : q;
    }
    return out;
  }

  private static String dropLetter(String name, SplittableRandom rnd) {
    if (rnd.nextBoolean() || name.length() < 8) {
      return name.toLowerCase(Locale.ROOT);
    }
    int i = 1 + rnd.nextInt(name.length() - 2);
    return name.substring(0, i) + name.substring(i + 1);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * Per-thread position in the query set, and the thread's CPU time per query in each iteration
   * (printed at its end): on a shared machine, wall-clock throughput depends on what else runs, CPU
   * time per query much less.
   */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    int startNext;
    long startCpu_ns;

    /** Threads start at different places. */
    @Setup(Level.Trial)
    public void setUp() {
      next = (int) (Thread.currentThread().threadId() * 977);
    }

    /** Notes the thread's CPU time. */
    @Setup(Level.Iteration)
    public void startIteration() {
      startNext = next;
      startCpu_ns = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Prints the thread's CPU time per query in this iteration. */
    @TearDown(Level.Iteration)
    public void endIteration() {
      long cpu_ns = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu_ns;
      int n = next - startNext;
      if (n > 0) {
        System.out.printf(
            Locale.ROOT,
            " [cpu %s: %,d queries, %.1f us CPU/query]",
            Thread.currentThread().getName(),
            n,
            cpu_ns / 1e3 / n);
      }
    }
  }

  /** Queries per second on two threads. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public List<ScreeningMatch> throughput(Cursor c) {
    ScreeningQuery q = queries[Math.floorMod(c.next++, queries.length)];
    return screener.screen(q, Screener.DEFAULT_THRESHOLD, 5);
  }

  /** Latency distribution (p50, p99, p99.9) on two threads. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(2)
  public List<ScreeningMatch> latency(Cursor c) {
    ScreeningQuery q = queries[Math.floorMod(c.next++, queries.length)];
    return screener.screen(q, Screener.DEFAULT_THRESHOLD, 5);
  }
}
