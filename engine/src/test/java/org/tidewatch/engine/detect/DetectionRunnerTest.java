package org.tidewatch.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.delivery.FirstReport;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.detect.EventType;
import org.tidewatch.core.port.PlaceIndex;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.engine.infer.FirstReports;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

class DetectionRunnerTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final int CALLER = 445000001;
  private static final int DARK = 352000001;

  /** A tanker calling at Nampo on day 1, a vessel dark for 30 h on days 2-3, more on days 4-5. */
  private static List<Position> day(int d, long runId) {
    List<Position> out = new ArrayList<>();
    Provenance pv = new Provenance("synthetic-" + d, 0, runId, 0, Releasability.UNMARKED);
    for (long t = d * 86_400L; t < (d + 1) * 86_400L; t += 300) {
      // CALLER: at sea west of Nampo, in port from 6 h to 20 h of day 0, then away
      double lon;
      double sog;
      if (t < 4 * 3600) {
        lon = 125.0 + 0.4 * t / (4 * 3600.0);
        sog = 5;
      } else if (t < 20 * 3600) {
        lon = 125.4;
        sog = 0;
      } else {
        lon = Math.max(124.0, 125.4 - 0.4 * (t - 20 * 3600) / (4 * 3600.0));
        sog = lon > 124.0 ? 5 : 0.1;
      }
      out.add(pos(CALLER, t, 38.7167, lon, sog, pv));
      // DARK: silent from 36 h to 66 h
      if (t <= 36 * 3600 || t >= 66 * 3600) {
        out.add(pos(DARK, t, 36.0, 123.0 + t * 1e-7, 0.1, pv));
      }
    }
    return out;
  }

  private static Position pos(int mmsi, long t, double lat, double lon, double sog, Provenance pv) {
    return new Position(
        mmsi,
        T0.plusSeconds(t),
        lat,
        lon,
        OptionalDouble.of(sog),
        OptionalDouble.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        1,
        pv);
  }

  private static void load(DuckDbTrackStore s, int fromDay, int toDay, String sha) {
    IngestRun run = s.ingest().beginRun("test", Releasability.UNMARKED, T0);
    SourceState src = s.ingest().openSource(new SourceFile("days-" + fromDay, sha, 0, "synthetic"));
    List<Position> ps = new ArrayList<>();
    for (int d = fromDay; d < toDay; d++) {
      ps.addAll(day(d, run.id()));
    }
    List<StaticReport> st = new ArrayList<>();
    if (fromDay == 0) {
      st.add(
          new StaticReport(
              CALLER,
              T0.plusSeconds(1),
              5,
              Optional.of("CALLER"),
              Optional.of("HMCA"),
              OptionalInt.of(9015852),
              OptionalInt.of(80),
              OptionalInt.of(100),
              OptionalInt.of(16),
              OptionalDouble.of(4.0),
              Optional.empty(),
              new Provenance("days-0", 0, run.id(), 0, Releasability.UNMARKED)));
    }
    s.ingest()
        .commit(
            new IngestBatch(
                run.id(), src.sourceId(), 0, ps.size() + st.size(), true, ps, st, List.of()));
    s.ingest().finishRun(run.id(), T0, "ok");
  }

  @Test
  void incremental_rerunProcessesOnlyNewDays_andKeepsEarlierEvents(@TempDir Path dir)
      throws Exception {
    PlaceIndex places = PlaceIndex.reference();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      load(s, 0, 3, "1".repeat(64));
      DetectionRunner.Report r1 =
          DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), places);
      assertThat(r1.upToDate()).isFalse();
      assertThat(r1.trustedFrom()).isEqualTo(T0);
      TreeMap<String, EventRow> first = new EventLog(dir).load();
      assertThat(first.values())
          .anyMatch(e -> e.type().equals("PORT_CALL") && e.summary().contains("Nampo"));
      assertThat(first.values())
          .anyMatch(e -> e.type().equals("DARK_PERIOD") && e.mmsis().contains(DARK));
      assertThat(s.events().events(CALLER, T0, T0.plusSeconds(10 * 86_400))).isNotEmpty();
      // each vessel's first report, kept for inference (ledger, risk, the server)
      Map<Integer, FirstReport> firsts =
          FirstReports.fromCsv(new EventLog(dir).eventsFile().resolveSibling(FirstReports.FILE));
      assertThat(firsts.get(CALLER).time())
          .isEqualTo(s.identities().vessel(CALLER).orElseThrow().firstSeen());

      Files.delete(new EventLog(dir).eventsFile().resolveSibling(FirstReports.FILE));
      DetectionRunner.Report r2 =
          DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), places);
      assertThat(r2.upToDate()).isTrue();
      // an older data directory without the file gets it from a scan of the store
      assertThat(
              FirstReports.fromCsv(
                  new EventLog(dir).eventsFile().resolveSibling(FirstReports.FILE)))
          .isEqualTo(firsts);
      assertThat(new EventLog(dir).load()).isEqualTo(first);

      load(s, 3, 5, "2".repeat(64));
      DetectionRunner.Report r3 =
          DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), places);
      assertThat(r3.upToDate()).isFalse();
      assertThat(r3.trustedFrom()).isEqualTo(T0.plusSeconds(3 * 86_400));
      TreeMap<String, EventRow> after = new EventLog(dir).load();
      // the events of days 0-2 are kept unchanged
      for (EventRow e : first.values()) {
        if (e.start().isBefore(r3.trustedFrom())) {
          assertThat(after).containsKey(e.id());
        }
      }
      assertThat(after.values())
          .anyMatch(e -> e.type().equals("DARK_PERIOD") && e.mmsis().contains(DARK));
    }
  }

  @Test
  void sameDataInOneGo_givesSameEventsAsIncremental(@TempDir Path a, @TempDir Path b) {
    PlaceIndex places = PlaceIndex.reference();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(a)) {
      load(s, 0, 3, "1".repeat(64));
      DetectionRunner.run(s, a, DetectionRunner.Options.defaults(), places);
      load(s, 3, 5, "2".repeat(64));
      DetectionRunner.run(s, a, DetectionRunner.Options.defaults(), places);
    }
    try (DuckDbTrackStore s = DuckDbTrackStore.open(b)) {
      load(s, 0, 3, "1".repeat(64));
      load(s, 3, 5, "2".repeat(64));
      DetectionRunner.run(s, b, DetectionRunner.Options.defaults(), places);
    }
    assertThat(new EventLog(a).load().keySet()).isEqualTo(new EventLog(b).load().keySet());
  }

  @Test
  void detectRunTwice_leavesTheSameTypedEventsInTheStore(@TempDir Path dir) throws Exception {
    PlaceIndex places = PlaceIndex.reference();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      load(s, 0, 3, "1".repeat(64));
      DetectionRunner.Report r1 =
          DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), places);
      List<EventRecord> first = s.events().find(EventFilter.all());
      String log = Files.readString(new EventLog(dir).eventsFile());
      assertThat(first).isNotEmpty().allMatch(r -> r.event().isPresent());
      assertThat(r1.total()).isEqualTo(first.size());
      assertThat(s.events().find(EventFilter.all().withTypes(Set.of(EventType.PORT_CALL))))
          .anyMatch(r -> r.summary().contains("Nampo") && r.mmsis().contains(CALLER));
      assertThat(s.events().find(EventFilter.all().involving(DARK)))
          .anyMatch(r -> r.type().equals("DARK_PERIOD"));
      assertThat(s.events().checkpoint()).isPresent();
      // the export is the store's events, in the log's form and order
      assertThat(log.lines().toList())
          .isEqualTo(first.stream().map(r -> EventCodec.encode(r.event().orElseThrow())).toList());
      // the same range again, explicitly: everything re-detected, the same events
      DetectionRunner.Report r2 =
          DetectionRunner.run(
              s,
              dir,
              new DetectionRunner.Options(
                  Optional.of(T0),
                  Optional.of(T0.plusSeconds(3 * 86_400)),
                  Duration.ofMinutes(10),
                  Duration.ofDays(7)),
              places);
      assertThat(r2.upToDate()).isFalse();
      assertThat(r2.added()).isZero();
      assertThat(s.events().find(EventFilter.all())).isEqualTo(first);
      assertThat(Files.readString(new EventLog(dir).eventsFile())).isEqualTo(log);
      // and a plain rerun has nothing to do
      assertThat(DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), places).upToDate())
          .isTrue();
      assertThat(s.events().find(EventFilter.all())).isEqualTo(first);
    }
  }

  @Test
  void eventsAreMarkedFromTheirEvidence(@TempDir Path dir) {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      load(s, 0, 3, "1".repeat(64));
      DetectionRunner.run(s, dir, DetectionRunner.Options.defaults(), PlaceIndex.reference());
      assertThat(s.events().find(EventFilter.all()))
          .extracting(EventRecord::releasability)
          .containsOnly(Releasability.UNMARKED);
    }
    assertThat(EventMarkings.combine(List.of("A", "B")).marking()).isEqualTo("A + B");
    assertThat(EventMarkings.combine(List.of())).isEqualTo(Releasability.UNMARKED);
  }
}
