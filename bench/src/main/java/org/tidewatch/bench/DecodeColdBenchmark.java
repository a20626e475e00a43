package org.tidewatch.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cold first pass: one decode of the whole AISHub sample in a fresh JVM, no warm-up (what a
 * batch job over many small files sees). Each fork gives one sample; the score is milliseconds for
 * the 82,753 messages. Same decoders as {@link DecodeBenchmark}.
 *
 * <p>Run: {@code ./bench/run.sh DecodeColdBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
    value = 10,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeColdBenchmark {
  private AisSample sample;

  @Setup(Level.Trial)
  public void load() throws IOException {
    sample = AisSample.aishub();
  }

  @Benchmark
  public long tidewatch(Blackhole bh) {
    return DecodeBenchmark.decodeTidewatch(sample, bh);
  }

  @Benchmark
  public long aisLib(Blackhole bh) {
    return DecodeBenchmark.decodeAisLib(sample, bh);
  }
}
