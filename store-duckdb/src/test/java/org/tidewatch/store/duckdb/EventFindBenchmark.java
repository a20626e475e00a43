package org.tidewatch.store.duckdb;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventFixtures;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.MarkedEvent;
import org.tidewatch.core.track.BoundingBox;

/**
 * {@code EventStore.find} latency on a realistic event count (run by hand, not a test): N events
 * (default 100,000; the ten event kinds of {@link EventFixtures}, 1,000 vessels, over a year)
 * stored with one {@code replace}, then each query repeated; prints the median and min wall time
 * and the mean process CPU time per query (DuckDB works on its own threads too).
 *
 * <pre>
 * java -cp ... org.tidewatch.store.duckdb.EventFindBenchmark [events] [reps]
 * </pre>
 */
public final class EventFindBenchmark {
  private EventFindBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    Path dir = Files.createTempDirectory("event-bench");
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<MarkedEvent> events = new ArrayList<>(n);
    Releasability[] marks = {Releasability.UNMARKED, new Releasability("SECRET")};
    for (int i = 0; events.size() < n; i++) {
      int mmsi = 200_000_000 + (i % 1000) * 10;
      Instant start = t0.plusSeconds((long) i * 3600 * 10 % (365L * 86_400) + i % 3600);
      for (DetectedEvent e : EventFixtures.everyType(start, mmsi)) {
        if (events.size() < n) {
          events.add(new MarkedEvent(e, marks[i % 2]));
        }
      }
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      long w = System.nanoTime();
      long c = os.getProcessCpuTime();
      s.events().replace(t0, t0.plusSeconds(400L * 86_400), events, "bench", Optional.empty());
      System.out.printf(
          "replace %,d events: %.0f ms wall, %.0f ms process CPU%n",
          n, (System.nanoTime() - w) / 1e6, (os.getProcessCpuTime() - c) / 1e6);
      int vessel = 200_000_000 + 4_210;
      Instant mid = t0.plusSeconds(180L * 86_400);
      Instant vesselMid = s.events().find(EventFilter.all().involving(vessel)).get(50).start();
      String probeId = s.events().find(EventFilter.all().involving(vessel)).get(7).id();
      Map<String, Supplier<List<EventRecord>>> qs = new LinkedHashMap<>();
      qs.put(
          "one vessel (either side)", () -> s.events().find(EventFilter.all().involving(vessel)));
      qs.put(
          "one vessel, one month",
          () ->
              s.events()
                  .find(
                      EventFilter.all()
                          .involving(vessel)
                          .overlapping(vesselMid, vesselMid.plusSeconds(2_592_000))));
      qs.put(
          "STS + DARK_PERIOD, one week",
          () ->
              s.events()
                  .find(
                      EventFilter.all()
                          .withTypes(Set.of(EventType.STS, EventType.DARK_PERIOD))
                          .overlapping(mid, mid.plusSeconds(7 * 86_400))));
      qs.put(
          "box (Korea Bay), confidence >= 0.8",
          () ->
              s.events()
                  .find(
                      EventFilter.all()
                          .inside(new BoundingBox(33, 123, 40, 127))
                          .withMinConfidence(0.8)));
      qs.put("first 100 by start", () -> s.events().find(EventFilter.all().limitedTo(100)));
      qs.put(
          "one day, all types",
          () -> s.events().find(EventFilter.all().overlapping(mid, mid.plusSeconds(86_400))));
      qs.put("all events", () -> s.events().find(EventFilter.all()));
      qs.put("all events, summaries", () -> s.events().summaries(EventFilter.all()));
      qs.put("one event by id", () -> s.events().event(probeId).stream().toList());
      for (Map.Entry<String, Supplier<List<EventRecord>>> q : qs.entrySet()) {
        int reps1 = q.getKey().startsWith("all events") ? Math.max(3, reps / 4) : reps;
        double[] wall = new double[reps1];
        int size = 0;
        for (int r = 0; r < 2; r++) { // warm-up
          q.getValue().get();
        }
        long c1 = os.getProcessCpuTime();
        for (int r = 0; r < reps1; r++) {
          long w1 = System.nanoTime();
          size = q.getValue().get().size();
          wall[r] = (System.nanoTime() - w1) / 1e6;
        }
        double cpuPerQuery = (os.getProcessCpuTime() - c1) / 1e6 / reps1;
        Arrays.sort(wall);
        System.out.printf(
            "%-36s %,7d events: median %.1f ms, min %.1f ms wall; %.1f ms process CPU a query%n",
            q.getKey(), size, wall[reps1 / 2], wall[0], cpuPerQuery);
      }
    }
  }
}
