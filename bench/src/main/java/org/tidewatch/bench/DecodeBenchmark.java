package org.tidewatch.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.sentence.AisListener;
import org.tidewatch.ais.sentence.AisReader;
import org.tidewatch.ais.sentence.AisReaderOptions;
import org.tidewatch.ais.sentence.Reception;
import org.tidewatch.ais.sentence.Rejection;

/**
 * Steady-state single-thread AIS decoding of the AISHub sample ({@code
 * corpus/ais/gpsd-aishub/ais-nmea-sample.log}: 85,187 lines, 82,753 messages), read into memory
 * first: tidewatch's {@link AisReader} (sentence parsing, checksum, multipart assembly, typed
 * messages) side by side with DMA AisLib 2.8.5 ({@code Vdm.parse} + {@code AisMessage.getInstance})
 * in the same run. Scores are messages per second (one invocation decodes the whole file; {@link
 * OperationsPerInvocation} is the file's message count).
 *
 * <p>Run: {@code ./bench/run.sh DecodeBenchmark} (see {@code bench/README.md}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
  private AisSample sample;

  @Setup(Level.Trial)
  public void load() throws IOException {
    sample = AisSample.aishub();
  }

  /** tidewatch: every line through {@link AisReader#accept}, messages to a blackhole. */
  @Benchmark
  @OperationsPerInvocation(AisSample.AISHUB_MESSAGES)
  public long tidewatch(Blackhole bh) {
    return decodeTidewatch(sample, bh);
  }

  /** DMA AisLib 2.8.5, the Java anchor. */
  @Benchmark
  @OperationsPerInvocation(AisSample.AISHUB_MESSAGES)
  public long aisLib(Blackhole bh) {
    return decodeAisLib(sample, bh);
  }

  static long decodeTidewatch(AisSample sample, Blackhole bh) {
    CountingListener counter = new CountingListener(bh);
    AisReader reader = new AisReader(AisReaderOptions.defaults(), counter);
    reader.beginSource("ais-nmea-sample.log");
    byte[] bytes = sample.bytes;
    int[] start = sample.lineStart;
    int[] end = sample.lineEnd;
    for (int i = 0; i < start.length; i++) {
      reader.accept(bytes, start[i], end[i] - start[i]);
    }
    reader.finish();
    return counter.messages;
  }

  static long decodeAisLib(AisSample sample, Blackhole bh) {
    AisLibDecoder decoder = new AisLibDecoder();
    for (String line : sample.lines) {
      decoder.line(line);
    }
    bh.consume(decoder.typeSum);
    return decoder.messages;
  }

  /** Counts messages and sinks them, so the decoding cannot be optimised away. */
  static final class CountingListener implements AisListener {
    private final Blackhole bh;
    long messages;
    long rejected;

    CountingListener(Blackhole bh) {
      this.bh = bh;
    }

    @Override
    public void onMessage(AisMessage message, Reception reception) {
      messages++;
      bh.consume(message);
      bh.consume(reception);
    }

    @Override
    public void onRejected(Rejection rejection) {
      rejected++;
    }
  }
}
