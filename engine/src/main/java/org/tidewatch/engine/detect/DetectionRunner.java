package org.tidewatch.engine.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidewatch.core.delivery.FirstReport;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DetectorPipeline;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.detect.EventTimeBuffer;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.store.DetectionCheckpoint;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.EventStore;
import org.tidewatch.core.store.MarkedEvent;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.DailyCount;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.core.track.VesselSummary;
import org.tidewatch.engine.infer.FirstReports;

/**
 * The embedded detection runner: reads a store one UTC day at a time (positions by a scan, static
 * reports per vessel seen that day), feeds them in event-time order through a {@link
 * DetectorPipeline} and stores the typed events in the store's {@link EventStore} (the {@link
 * EventLog} is rewritten from it, as the export). Incremental: a rerun compares the per-day report
 * counts with the store's checkpoint and processes only from the first changed (or new) day, after
 * a warm-up replay of {@link Options#warmUp()} to rebuild the detectors' state; events that start
 * before the changed day are kept from the earlier run. Memory is one day of reports plus the
 * detectors' per-vessel state.
 */
public final class DetectionRunner {

  /**
   * Options.
   *
   * @param from only reports at or after (empty: from the first stored day or the checkpoint)
   * @param to only reports before (empty: to the end of the data)
   * @param lateness the pipeline's lateness bound
   * @param warmUp replay before the first changed day, to rebuild state
   */
  public record Options(
      Optional<Instant> from, Optional<Instant> to, Duration lateness, Duration warmUp) {
    public static Options defaults() {
      return new Options(
          Optional.empty(), Optional.empty(), Duration.ofMinutes(10), Duration.ofDays(7));
    }
  }

  /**
   * What a run did.
   *
   * @param from first instant processed (replay included)
   * @param to end of the processed data
   * @param trustedFrom events starting at or after this came from this run
   * @param positions positions read
   * @param statics static reports read
   * @param late reports dropped as late
   * @param added events new to the store
   * @param replaced events whose content changed (open events that closed)
   * @param total typed events in the store (and the log) after the run
   * @param upToDate nothing new to process
   * @param byType events of this run by type
   */
  public record Report(
      Instant from,
      Instant to,
      Instant trustedFrom,
      long positions,
      long statics,
      long late,
      int added,
      int replaced,
      int total,
      boolean upToDate,
      Map<String, Integer> byType) {}

  private DetectionRunner() {}

  /** The detector version stored with each event. */
  public static final String DETECTOR_VERSION =
      "tidewatch-detect/"
          + Optional.ofNullable(DetectionRunner.class.getPackage().getImplementationVersion())
              .orElse("dev");

  private static final Instant FAR_FUTURE = Instant.parse("2200-01-01T00:00:00Z");

  /**
   * Runs detection over a store: the typed events go into the store's {@link EventStore} ({@link
   * EventStore#replace}, with the checkpoint, in one transaction), then {@code dataDir}'s event log
   * is rewritten from the store as the export.
   */
  public static Report run(TrackStore store, Path dataDir, Options o, PlaceIndex places) {
    EventLog log = new EventLog(dataDir);
    EventStore es = store.events();
    List<DailyCount> counts =
        store.positions().dailyCounts(Instant.parse("1970-01-01T00:00:00Z"), FAR_FUTURE);
    TreeMap<Long, Long> days = new TreeMap<>();
    for (DailyCount c : counts) {
      days.put(c.day().toEpochDay(), c.positions());
    }
    if (days.isEmpty()) {
      return new Report(
          Instant.EPOCH,
          Instant.EPOCH,
          Instant.EPOCH,
          0,
          0,
          0,
          0,
          0,
          export(es, log),
          true,
          Map.of());
    }
    Instant dataStart = dayStart(days.firstKey());
    Instant dataEnd = dayStart(days.lastKey() + 1);
    Instant trusted;
    Instant from;
    Instant to = o.to().orElse(dataEnd);
    // the store's checkpoint only: a data directory whose events were only in the log (before
    // typed events in the store) is detected again from its first day, once
    Optional<DetectionCheckpoint> cp = es.checkpoint();
    boolean explicit = o.from().isPresent() || o.to().isPresent();
    if (explicit) {
      trusted = o.from().orElse(dataStart);
    } else {
      long changed = days.lastKey() + 1;
      if (cp.isEmpty()) {
        changed = days.firstKey();
      } else {
        for (Map.Entry<Long, Long> d : days.entrySet()) {
          if (!d.getValue().equals(cp.get().dayCounts().get(d.getKey()))) {
            changed = d.getKey();
            break;
          }
        }
      }
      if (changed > days.lastKey()) {
        writeFirstReportsIfMissing(store, log, dataStart, dataEnd);
        // up to date; the export is written if it is missing (a store of another machine)
        int total =
            Files.exists(log.eventsFile())
                ? (int)
                    es.summaries(EventFilter.all()).stream() // typed events have a confidence
                        .filter(r -> r.confidence().isPresent())
                        .count()
                : export(es, log);
        return new Report(dataStart, dataEnd, dataEnd, 0, 0, 0, 0, 0, total, true, Map.of());
      }
      trusted = dayStart(changed);
    }
    from = trusted.minus(o.warmUp());
    if (from.isBefore(dataStart)) {
      from = dataStart;
    }
    List<DetectedEvent> found = new ArrayList<>();
    DetectorPipeline pipeline =
        new DetectorPipeline(
            places,
            o.lateness(),
            m -> store.identities().vessel(m).map(VesselSummary::firstSeen),
            found::add);
    EventMarkings markings = new EventMarkings();
    Map<Integer, FirstReport> firstReports = new HashMap<>(); // in this run's replay
    if (!Files.exists(firstReportsFile(log))) {
      firstReports.putAll(firstReports(store, dataStart, from)); // a store detected before the file
    }
    long[] n = new long[2];
    Instant lastTime = from;
    for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.DAYS)) {
      Instant windowEnd = t.plus(1, ChronoUnit.DAYS).isAfter(to) ? to : t.plus(1, ChronoUnit.DAYS);
      List<Object> day = new ArrayList<>();
      TreeSet<Integer> mmsis = new TreeSet<>();
      store
          .positions()
          .scan(
              PositionFilter.between(t, windowEnd),
              p -> {
                day.add(p);
                mmsis.add(p.mmsi());
              });
      for (int m : mmsis) {
        day.addAll(store.staticReports().reports(m, t, windowEnd));
      }
      day.sort(EventTimeBuffer.ORDER);
      for (Object x : day) {
        if (x instanceof Position p) {
          markings.saw(p.mmsi(), p.provenance());
          if (!firstReports.containsKey(p.mmsi())) { // no allocation per position
            firstReports.put(
                p.mmsi(), new FirstReport(p.time(), p.latitude_deg(), p.longitude_deg()));
          }
          pipeline.accept(p);
          n[0]++;
          if (p.time().isAfter(lastTime)) {
            lastTime = p.time();
          }
        } else {
          StaticReport sr = (StaticReport) x;
          markings.saw(sr.mmsi(), sr.provenance());
          pipeline.accept(sr);
          n[1]++;
        }
      }
    }
    pipeline.finish(lastTime.isAfter(from) ? lastTime : to);
    // what the store holds from the start of the replay on, by id (log form, for comparison)
    Map<String, String> stored = new HashMap<>();
    for (EventRecord r : es.find(EventFilter.all().overlapping(from, FAR_FUTURE))) {
      // typed events only: a summary row (of a store from before typed events) counts as absent
      r.event().ifPresent(e -> stored.put(r.id(), EventCodec.encode(e)));
    }
    int added = 0;
    int replaced = 0;
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, MarkedEvent> write = new LinkedHashMap<>();
    for (DetectedEvent e : found) {
      String line = EventCodec.encode(e);
      String old = stored.get(e.id());
      boolean inRange = !e.start().isBefore(trusted) && e.start().isBefore(to);
      if (!inRange && old == null) {
        continue; // a warm-up artefact: its start lies in data this run did not judge from the
        // start
      }
      if (!inRange && old.equals(line)) {
        continue;
      }
      byType.merge(e.type().name(), 1, Integer::sum);
      if (old == null) {
        added++;
      } else if (!old.equals(line)) {
        replaced++;
      }
      write.put(e.id(), new MarkedEvent(e, markings.of(e)));
    }
    es.replace(
        trusted,
        to,
        List.copyOf(write.values()),
        DETECTOR_VERSION,
        explicit ? Optional.empty() : Optional.of(new DetectionCheckpoint(to, days)));
    log.deleteLegacyCheckpoint();
    int total = export(es, log);
    // each vessel's first report, for inference (a receiver silent since before the data began)
    saveFirstReports(log, firstReports);
    return new Report(
        from, to, trusted, n[0], n[1], pipeline.late(), added, replaced, total, false, byType);
  }

  private static Path firstReportsFile(EventLog log) {
    return log.eventsFile().resolveSibling(FirstReports.FILE);
  }

  /** Each vessel's first position report in {@code [from, to)} (a scan of that span). */
  private static Map<Integer, FirstReport> firstReports(
      TrackStore store, Instant from, Instant to) {
    Map<Integer, FirstReport> out = new HashMap<>();
    if (!from.isBefore(to)) {
      return out;
    }
    store
        .positions()
        .scan(
            PositionFilter.between(from, to),
            p ->
                out.merge(
                    p.mmsi(),
                    new FirstReport(p.time(), p.latitude_deg(), p.longitude_deg()),
                    (a, b) -> b.time().isBefore(a.time()) ? b : a));
    return out;
  }

  private static void writeFirstReportsIfMissing(
      TrackStore store, EventLog log, Instant dataStart, Instant dataEnd) {
    if (!Files.exists(firstReportsFile(log))) {
      saveFirstReports(log, firstReports(store, dataStart, dataEnd));
    }
  }

  /** Folds each vessel's first report into {@code DIR/detect/first-reports.csv}, for inference. */
  private static void saveFirstReports(EventLog log, Map<Integer, FirstReport> seen) {
    try {
      FirstReports.merge(firstReportsFile(log), seen);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Rewrites the event log from the store's typed events (by start, then id); their count. */
  private static int export(EventStore es, EventLog log) {
    List<String> lines = new ArrayList<>();
    for (EventRecord r : es.find(EventFilter.all())) {
      r.event().ifPresent(e -> lines.add(EventCodec.encode(e)));
    }
    log.saveLines(lines);
    return lines.size();
  }

  /** Runs detection over a MarineCadastre CSV in memory (no store); returns the events in order. */
  public static CsvResult runCsv(Path csv, PlaceIndex places, Duration lateness)
      throws IOException {
    List<DetectedEvent> found = new ArrayList<>();
    DetectorPipeline pipeline = new DetectorPipeline(places, lateness, found::add);
    Map<Integer, Instant> firstSeen = new HashMap<>();
    Instant[] last = {Instant.MIN};
    Consumer<Position> pos =
        p -> {
          firstSeen.putIfAbsent(p.mmsi(), p.time());
          if (p.time().isAfter(last[0])) {
            last[0] = p.time();
          }
          pipeline.accept(p);
        };
    long rows = SimCsv.read(csv, pos, pipeline::accept);
    pipeline.finish(last[0]);
    return new CsvResult(found, firstSeen, rows, pipeline.late());
  }

  /**
   * The result of {@link #runCsv}.
   *
   * @param events detected events
   * @param firstSeen first report time per MMSI
   * @param rows CSV rows read
   * @param late reports dropped as late
   */
  public record CsvResult(
      List<DetectedEvent> events, Map<Integer, Instant> firstSeen, long rows, long late) {}

  private static Instant dayStart(long epochDay) {
    return Instant.ofEpochSecond(epochDay * 86_400);
  }
}
