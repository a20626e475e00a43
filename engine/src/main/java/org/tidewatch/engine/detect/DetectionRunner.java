package org.tidewatch.engine.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.DetectorPipeline;
import org.tidewatch.core.detect.EventTimeBuffer;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.StoredEvent;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.track.DailyCount;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.core.track.VesselSummary;

/**
 * The embedded detection runner: reads a store one UTC day at a time (positions by a scan, static
 * reports per vessel seen that day), feeds them in event-time order through a {@link
 * DetectorPipeline} and keeps the events in the {@link EventLog}. Incremental: a rerun compares the
 * per-day report counts with the checkpoint and processes only from the first changed (or new) day,
 * after a warm-up replay of {@link Options#warmUp()} to rebuild the detectors' state; events that
 * start before the changed day are kept from the earlier run. Memory is one day of reports plus the
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
   * @param added events new to the log
   * @param replaced events whose content changed (open events that closed)
   * @param total events in the log after the run
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

  /** Runs detection over a store and updates the event log of {@code dataDir}. */
  public static Report run(TrackStore store, Path dataDir, Options o, PlaceIndex places) {
    EventLog log = new EventLog(dataDir);
    List<DailyCount> counts =
        store
            .positions()
            .dailyCounts(
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));
    TreeMap<Long, Long> days = new TreeMap<>();
    for (DailyCount c : counts) {
      days.put(c.day().toEpochDay(), c.positions());
    }
    TreeMap<String, EventRow> events = log.load();
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
          events.size(),
          true,
          Map.of());
    }
    Instant dataStart = dayStart(days.firstKey());
    Instant dataEnd = dayStart(days.lastKey() + 1);
    Instant trusted;
    Instant from;
    Instant to = o.to().orElse(dataEnd);
    EventLog.Checkpoint cp = log.checkpoint();
    boolean explicit = o.from().isPresent() || o.to().isPresent();
    if (explicit) {
      trusted = o.from().orElse(dataStart);
      from = trusted.minus(o.warmUp());
    } else {
      long changed = days.lastKey() + 1;
      if (cp == null) {
        changed = days.firstKey();
      } else {
        for (Map.Entry<Long, Long> d : days.entrySet()) {
          if (!d.getValue().equals(cp.dayCounts().get(d.getKey()))) {
            changed = d.getKey();
            break;
          }
        }
      }
      if (changed > days.lastKey()) {
        return new Report(
            dataStart, dataEnd, dataEnd, 0, 0, 0, 0, 0, events.size(), true, Map.of());
      }
      trusted = dayStart(changed);
      from = trusted.minus(o.warmUp());
    }
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
          pipeline.accept(p);
          n[0]++;
          if (p.time().isAfter(lastTime)) {
            lastTime = p.time();
          }
        } else {
          pipeline.accept((StaticReport) x);
          n[1]++;
        }
      }
    }
    pipeline.finish(lastTime.isAfter(from) ? lastTime : to);
    // merge
    int added = 0;
    int replaced = 0;
    Map<String, Integer> byType = new TreeMap<>();
    TreeMap<String, EventRow> merged = new TreeMap<>();
    for (EventRow r : events.values()) {
      if (r.start().isBefore(trusted) || !r.start().isBefore(to)) {
        merged.put(r.id(), r);
      }
    }
    List<StoredEvent> mirror = new ArrayList<>();
    for (DetectedEvent e : found) {
      EventRow row = EventRow.parse(EventJson.line(e));
      EventRow old = events.get(row.id());
      boolean inRange = !e.start().isBefore(trusted) && e.start().isBefore(to);
      if (!inRange && old == null) {
        continue; // a warm-up artefact: its start lies in data this run did not judge from the
        // start
      }
      if (!inRange && old.json().equals(row.json())) {
        continue;
      }
      byType.merge(row.type(), 1, Integer::sum);
      if (old == null) {
        added++;
        mirror.add(
            new StoredEvent(
                row.type(),
                e.mmsis().get(0),
                e.start(),
                e.end(),
                Double.isNaN(e.latitude_deg()) ? 0 : e.latitude_deg(),
                Double.isNaN(e.longitude_deg()) ? 0 : e.longitude_deg(),
                e.summary(),
                Releasability.UNMARKED));
      } else if (!old.json().equals(row.json())) {
        replaced++;
      }
      merged.put(row.id(), row);
    }
    log.save(merged);
    if (!mirror.isEmpty()) {
      store.events().append(mirror);
    }
    if (!explicit) {
      log.saveCheckpoint(new EventLog.Checkpoint(to, days));
    }
    return new Report(
        from,
        to,
        trusted,
        n[0],
        n[1],
        pipeline.late(),
        added,
        replaced,
        merged.size(),
        false,
        byType);
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
