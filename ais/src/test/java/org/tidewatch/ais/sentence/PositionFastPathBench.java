package org.tidewatch.ais.sentence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.LongRangePositionReport;
import org.tidewatch.ais.message.PositionReport;

/**
 * CPU time and allocation per message of {@link AisReader} with a {@link PositionFieldsListener}
 * (the fast path) against a plain {@link AisListener} mapping the position records to the same
 * primitives (what the engine's ingest does today). Same JVM, same thread, passes alternated.
 *
 * <pre>
 * mvn -q -o test-compile -pl ais -Dspotless.check.skip=true
 * java -cp ais/target/classes:ais/target/test-classes \
 *   org.tidewatch.ais.sentence.PositionFastPathBench \
 *   ../shared/corpus/ais/gpsd-aishub/ais-nmea-sample.log [rounds]
 * </pre>
 */
public final class PositionFastPathBench {
  private PositionFastPathBench() {}

  /** Folds every field into a sum so nothing is optimised away. */
  private abstract static class Sum implements AisListener {
    double sum;
    long messages;
    long positions;

    final void position(
        int type,
        int mmsi,
        double lat,
        double lon,
        double sog,
        double cog,
        int heading,
        int status,
        long line,
        long time,
        boolean timed) {
      positions++;
      sum += type + mmsi + lat + lon + sog + cog + heading + status + line + (timed ? time : 0);
    }

    @Override
    public void onRejected(Rejection rejection) {
      sum += rejection.lineCount();
    }
  }

  /** The engine's mapping today: records and optionals unwrapped. */
  private static final class Plain extends Sum {
    @Override
    public void onMessage(AisMessage m, Reception r) {
      messages++;
      long t = r.receivedAt().isPresent() ? r.receivedAt().get().toEpochMilli() : 0;
      boolean timed = r.receivedAt().isPresent();
      switch (m) {
        case PositionReport p ->
            position(
                p.messageType(),
                p.mmsi(),
                p.latitude_deg().orElse(Double.NaN),
                p.longitude_deg().orElse(Double.NaN),
                p.speedOverGround_kn().orElse(Double.NaN),
                p.courseOverGround_deg().orElse(Double.NaN),
                p.trueHeading_deg().orElse(-1),
                p.navigationStatusCode(),
                r.firstLine(),
                t,
                timed);
        case ClassBPositionReport p ->
            position(
                18,
                p.mmsi(),
                p.latitude_deg().orElse(Double.NaN),
                p.longitude_deg().orElse(Double.NaN),
                p.speedOverGround_kn().orElse(Double.NaN),
                p.courseOverGround_deg().orElse(Double.NaN),
                p.trueHeading_deg().orElse(-1),
                -1,
                r.firstLine(),
                t,
                timed);
        case LongRangePositionReport p ->
            position(
                27,
                p.mmsi(),
                p.latitude_deg().orElse(Double.NaN),
                p.longitude_deg().orElse(Double.NaN),
                p.speedOverGround_kn().orElse(-1),
                p.courseOverGround_deg().orElse(-1),
                -1,
                p.navigationStatusCode(),
                r.firstLine(),
                t,
                timed);
        default -> sum += m.messageType();
      }
    }
  }

  private static final class Fast extends Sum implements PositionFieldsListener {
    @Override
    public void onPosition(
        int messageType,
        int mmsi,
        double latitude_deg,
        double longitude_deg,
        double speedOverGround_kn,
        double courseOverGround_deg,
        int trueHeading_deg,
        int navigationStatus,
        long firstLine,
        int sentenceCount,
        long receivedAt_epochMs,
        boolean hasReceivedAt) {
      messages++;
      position(
          messageType,
          mmsi,
          latitude_deg,
          longitude_deg,
          speedOverGround_kn,
          courseOverGround_deg,
          trueHeading_deg,
          navigationStatus,
          firstLine,
          receivedAt_epochMs,
          hasReceivedAt);
    }

    @Override
    public void onMessage(AisMessage m, Reception r) {
      messages++;
      sum += m.messageType();
    }
  }

  private record Pass(long cpu_ns, long alloc_bytes, long messages, long positions, double sum) {}

  private static Pass pass(Sum listener, byte[] bytes, int[] start, int[] end, int repeat) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().threadId();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long alloc0 = mx.getThreadAllocatedBytes(tid);
    AisReader reader = new AisReader(AisReaderOptions.defaults(), listener);
    for (int k = 0; k < repeat; k++) {
      reader.beginSource("bench");
      for (int i = 0; i < start.length; i++) {
        reader.accept(bytes, start[i], end[i] - start[i]);
      }
    }
    reader.finish();
    long cpu = mx.getCurrentThreadCpuTime() - cpu0;
    long alloc = mx.getThreadAllocatedBytes(tid) - alloc0;
    return new Pass(cpu, alloc, listener.messages, listener.positions, listener.sum);
  }

  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(args.length > 0 ? args[0] : "../shared/corpus/ais/gpsd-aishub/ais-nmea-sample.log");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    byte[] bytes = Files.readAllBytes(file);
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int e = i > s && bytes[i - 1] == '\r' ? i - 1 : i;
        if (i < bytes.length || e > s) {
          lines.add(new int[] {s, e});
        }
        s = i + 1;
      }
    }
    int[] start = lines.stream().mapToInt(a -> a[0]).toArray();
    int[] end = lines.stream().mapToInt(a -> a[1]).toArray();
    int repeat = Math.max(1, 400_000 / start.length); // about 0.4 M lines per measured pass
    for (int w = 0; w < 8; w++) { // warm-up: both paths compiled
      pass(new Plain(), bytes, start, end, repeat);
      pass(new Fast(), bytes, start, end, repeat);
    }
    double[][] ns = new double[2][rounds];
    double[][] alloc = new double[2][rounds];
    Pass[] last = new Pass[2];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int which = (r % 2 == 0) ? k : 1 - k; // alternate the order
        Pass p = pass(which == 0 ? new Plain() : new Fast(), bytes, start, end, repeat);
        ns[which][r] = (double) p.cpu_ns() / p.messages();
        alloc[which][r] = (double) p.alloc_bytes() / p.messages();
        last[which] = p;
      }
    }
    if (last[0].messages() != last[1].messages()
        || last[0].positions() != last[1].positions()
        || Double.compare(last[0].sum(), last[1].sum()) != 0) {
      throw new IllegalStateException("paths disagree: " + last[0] + " vs " + last[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d lines x %d per pass, %,d messages (%,d positions) per pass, %d rounds%n",
        file.getFileName(),
        start.length,
        repeat,
        last[0].messages(),
        last[0].positions(),
        rounds);
    String[] names = {"plain AisListener (records + Reception)", "PositionFieldsListener"};
    for (int k = 0; k < 2; k++) {
      System.out.printf(
          Locale.ROOT,
          "%-42s CPU ns/message median %6.1f (min %6.1f)   allocated bytes/message median %6.1f%n",
          names[k],
          median(ns[k]),
          Arrays.stream(ns[k]).min().orElse(0),
          median(alloc[k]));
    }
    System.out.printf(
        Locale.ROOT,
        "ratio plain / fast: CPU %.2f x, allocation %.2f x%n",
        median(ns[0]) / median(ns[1]),
        median(alloc[0]) / median(alloc[1]));
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
