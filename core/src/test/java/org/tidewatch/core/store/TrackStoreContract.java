package org.tidewatch.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.DailyCount;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.IdentityTimeline;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;
import org.tidewatch.core.track.VesselSummary;

/**
 * The contract every {@link TrackStore} backend passes, unchanged: extend it, implement {@link
 * #createStore()} (a new, empty, independent store) and {@link #reopen(TrackStore)} (close it and
 * open the same data again).
 */
public abstract class TrackStoreContract implements EventStoreContract {

  protected static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  protected static final Releasability MARK = new Releasability("OFFICIAL");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  protected TrackStore store;

  /** A new, empty store, independent of every other store this method returned. */
  protected abstract TrackStore createStore();

  /** Closes {@code store} and opens the same data again. */
  protected abstract TrackStore reopen(TrackStore store);

  @Override
  public TrackStore eventStore() {
    return store;
  }

  @Override
  public TrackStore reopenEventStore() {
    store = reopen(store);
    return store;
  }

  @BeforeEach
  void open() {
    store = createStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  // ---- fixtures -------------------------------------------------------------------------------

  protected static Position position(
      int mmsi, Instant t, double lat, double lon, String source, long line, long run) {
    long hash =
        Position.contentHash(
            mmsi,
            t,
            lat,
            lon,
            OptionalDouble.of(10.5),
            OptionalDouble.of(90),
            OptionalInt.of(91),
            OptionalInt.of(0));
    return new Position(
        mmsi,
        t,
        lat,
        lon,
        OptionalDouble.of(10.5),
        OptionalDouble.of(90),
        OptionalInt.of(91),
        OptionalInt.of(0),
        1,
        new Provenance(source, line, run, hash, MARK));
  }

  protected static StaticReport staticReport(
      int mmsi, Instant t, String name, int imo, String source, long line, long run) {
    return new StaticReport(
        mmsi,
        t,
        5,
        Optional.of(name),
        Optional.of("CALL1"),
        OptionalInt.of(imo),
        OptionalInt.of(80),
        OptionalInt.of(180),
        OptionalInt.of(32),
        OptionalDouble.of(9.5),
        Optional.of("ROTTERDAM"),
        new Provenance(source, line, run, 42L + line, MARK));
  }

  private record Loaded(IngestRun run, SourceState source) {}

  private Loaded begin(TrackStore s, String hash) {
    IngestRun run = s.ingest().beginRun("test", MARK, T0);
    SourceState src = s.ingest().openSource(new SourceFile("f.nmea", hash, 100, "nmea"));
    return new Loaded(run, src);
  }

  /** A track of {@code n} positions of one MMSI, one a minute, moving east. */
  private static List<Position> line(int mmsi, int n, long run, long firstLine) {
    List<Position> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ps.add(
          position(mmsi, T0.plusSeconds(60L * i), 50, 1 + i * 0.001, "f.nmea", firstLine + i, run));
    }
    return ps;
  }

  private void commit(
      TrackStore s,
      Loaded l,
      long before,
      long after,
      boolean done,
      List<Position> ps,
      List<StaticReport> ss,
      List<BadRow> bad) {
    s.ingest()
        .commit(new IngestBatch(l.run.id(), l.source.sourceId(), before, after, done, ps, ss, bad));
  }

  // ---- ingest runs, sources, batches -----------------------------------------------------------

  @Test
  void newSource_startsAtZero_andIsFoundAgainByHash() {
    Loaded l = begin(store, HASH_A);
    assertThat(l.source.committedSequence()).isZero();
    assertThat(l.source.complete()).isFalse();
    SourceState again =
        store.ingest().openSource(new SourceFile("renamed.nmea", HASH_A, 100, "nmea"));
    assertThat(again.sourceId()).isEqualTo(l.source.sourceId());
    assertThat(store.ingest().source(HASH_B)).isEmpty();
  }

  @Test
  void commit_storesRecordsAndAdvancesTheCheckpoint() {
    Loaded l = begin(store, HASH_A);
    commit(store, l, 0, 10, false, line(366000001, 10, l.run.id(), 1), List.of(), List.of());
    SourceState s = store.ingest().source(HASH_A).orElseThrow();
    assertThat(s.committedSequence()).isEqualTo(10);
    assertThat(s.complete()).isFalse();
    assertThat(s.positions()).isEqualTo(10);
    commit(store, l, 10, 12, true, List.of(), List.of(), List.of(new BadRow("f.nmea", 11, "x")));
    s = store.ingest().source(HASH_A).orElseThrow();
    assertThat(s.complete()).isTrue();
    assertThat(s.badRows()).isEqualTo(1);
    assertThat(store.positions().count()).isEqualTo(10);
    assertThat(store.identities().markings()).containsExactly(MARK);
  }

  @Test
  void staleCheckpoint_isRefused_andStoresNothing() {
    Loaded l = begin(store, HASH_A);
    commit(store, l, 0, 5, false, line(366000001, 5, l.run.id(), 1), List.of(), List.of());
    assertThatThrownBy(
            () ->
                commit(
                    store,
                    l,
                    0,
                    5,
                    false,
                    line(366000001, 5, l.run.id(), 1),
                    List.of(staticReport(366000001, T0, "X", 1234567, "f.nmea", 9, 1)),
                    List.of()))
        .isInstanceOf(StaleCheckpointException.class);
    assertThat(store.positions().count()).isEqualTo(5);
    assertThat(store.staticReports().count()).isZero();
    assertThat(store.identities().timeline(366000001).of(ClaimKind.NAME)).isEmpty();
    assertThat(store.ingest().source(HASH_A).orElseThrow().committedSequence()).isEqualTo(5);
  }

  @Test
  void runs_areRecordedWithTheirOutcome() {
    IngestRun r = store.ingest().beginRun("ingest ais x.nmea", MARK, T0);
    store.ingest().finishRun(r.id(), T0.plusSeconds(5), "10 positions");
    IngestRun r2 = store.ingest().beginRun("second", Releasability.UNMARKED, T0.plusSeconds(9));
    assertThat(r2.id()).isGreaterThan(r.id());
    List<IngestRun> runs = store.ingest().runs();
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).outcome()).contains("10 positions");
    assertThat(runs.get(0).finishedAt()).contains(T0.plusSeconds(5));
    assertThat(runs.get(0).releasability()).isEqualTo(MARK);
    assertThat(runs.get(1).finishedAt()).isEmpty();
  }

  @Test
  void badRows_areListedInLineOrder() {
    Loaded l = begin(store, HASH_A);
    commit(
        store,
        l,
        0,
        3,
        false,
        List.of(),
        List.of(),
        List.of(new BadRow("f.nmea", 7, "bad checksum"), new BadRow("f.nmea", 3, "latitude 95")));
    assertThat(store.ingest().badRows(l.source.sourceId()))
        .containsExactly(
            new BadRow("f.nmea", 3, "latitude 95"), new BadRow("f.nmea", 7, "bad checksum"));
  }

  @Test
  void data_survivesReopening() {
    Loaded l = begin(store, HASH_A);
    commit(store, l, 0, 10, true, line(366000001, 10, l.run.id(), 1), List.of(), List.of());
    store = reopen(store);
    assertThat(store.positions().count()).isEqualTo(10);
    assertThat(store.ingest().source(HASH_A).orElseThrow().complete()).isTrue();
  }

  // ---- positions --------------------------------------------------------------------------------

  @Test
  void track_isTimeOrderedWindowed_andKeepsProvenance() {
    Loaded l = begin(store, HASH_A);
    List<Position> ps = new ArrayList<>(line(366000001, 30, l.run.id(), 1));
    java.util.Collections.reverse(ps);
    ps.addAll(line(366000002, 5, l.run.id(), 100));
    commit(store, l, 0, 35, false, ps, List.of(), List.of());
    List<Position> t =
        store
            .positions()
            .track(366000001, T0.plusSeconds(600), T0.plusSeconds(1200), Optional.empty());
    assertThat(t).hasSize(10);
    assertThat(t.get(0).time()).isEqualTo(T0.plusSeconds(600));
    assertThat(t).isSortedAccordingTo(java.util.Comparator.comparing(Position::time));
    Position p = t.get(0);
    Position expected = line(366000001, 30, l.run.id(), 1).get(10);
    assertThat(p).isEqualTo(expected);
    assertThat(p.provenance().releasability()).isEqualTo(MARK);
  }

  @Test
  void track_downsamples_keepingTheFirstOfEachInterval() {
    Loaded l = begin(store, HASH_A);
    commit(store, l, 0, 60, false, line(366000001, 60, l.run.id(), 1), List.of(), List.of());
    List<Position> t =
        store
            .positions()
            .track(366000001, T0, T0.plusSeconds(3600), Optional.of(Duration.ofMinutes(10)));
    assertThat(t)
        .extracting(Position::time)
        .containsExactly(
            T0,
            T0.plusSeconds(600),
            T0.plusSeconds(1200),
            T0.plusSeconds(1800),
            T0.plusSeconds(2400),
            T0.plusSeconds(3000));
  }

  @Test
  void latestInBox_takesEachVesselsLatestPosition_andTestsItExactly() {
    Loaded l = begin(store, HASH_A);
    long r = l.run.id();
    List<Position> ps =
        List.of(
            position(1, T0, 10, 10, "f", 1, r), // older, inside
            position(1, T0.plusSeconds(60), 10, 30, "f", 2, r), // latest, outside
            position(2, T0.plusSeconds(30), 10, 11, "f", 3, r), // inside
            position(3, T0.minusSeconds(7200), 10, 11, "f", 4, r), // too old
            position(4, T0.plusSeconds(600), 10, 11, "f", 5, r), // after 'at'
            position(5, T0, 10, 179.5, "f", 6, r),
            position(6, T0, 10, -179.5, "f", 7, r),
            position(7, T0, 10, 0, "f", 8, r));
    commit(store, l, 0, 8, false, ps, List.of(), List.of());
    Instant at = T0.plusSeconds(120);
    assertThat(
            store.positions().latestInBox(new BoundingBox(0, 0, 20, 20), at, Duration.ofHours(1)))
        .extracting(Position::mmsi)
        .containsExactly(2, 7);
    assertThat(
            store
                .positions()
                .latestInBox(new BoundingBox(0, 170, 20, -170), at, Duration.ofHours(1)))
        .extracting(Position::mmsi)
        .containsExactly(5, 6);
  }

  @Test
  void dailyCounts_countPositionsStaticsAndVessels() {
    Loaded l = begin(store, HASH_A);
    long r = l.run.id();
    Instant d2 = T0.plus(Duration.ofDays(1));
    commit(
        store,
        l,
        0,
        5,
        false,
        List.of(
            position(1, T0, 1, 1, "f", 1, r),
            position(1, T0.plusSeconds(5), 1, 1, "f", 2, r),
            position(2, T0.plusSeconds(5), 1, 1, "f", 3, r),
            position(2, d2, 1, 1, "f", 4, r)),
        List.of(staticReport(2, d2, "B", 9074729, "f", 5, r)),
        List.of());
    assertThat(store.positions().dailyCounts(T0, T0.plus(Duration.ofDays(7))))
        .containsExactly(
            new DailyCount(LocalDate.parse("2024-03-01"), 3, 0, 2),
            new DailyCount(LocalDate.parse("2024-03-02"), 1, 1, 1));
  }

  @Test
  void scan_streamsFilteredPositions_inMmsiTimeOrder() {
    Loaded l = begin(store, HASH_A);
    List<Position> ps = new ArrayList<>(line(366000002, 5, l.run.id(), 1));
    ps.addAll(line(366000001, 5, l.run.id(), 10));
    ps.addAll(line(366000003, 5, l.run.id(), 20));
    commit(store, l, 0, 15, false, ps, List.of(), List.of());
    List<Position> out = new ArrayList<>();
    store
        .positions()
        .scan(
            new PositionFilter(
                Set.of(366000001, 366000002),
                T0.plusSeconds(60),
                T0.plusSeconds(240),
                Optional.empty()),
            out::add);
    assertThat(out)
        .extracting(Position::mmsi)
        .containsExactly(366000001, 366000001, 366000001, 366000002, 366000002, 366000002);
    out.clear();
    store
        .positions()
        .scan(
            new PositionFilter(
                Set.of(),
                T0,
                T0.plusSeconds(3600),
                Optional.of(new BoundingBox(49, 1.0005, 51, 1.0025))),
            out::add);
    assertThat(out).hasSize(6);
  }

  // ---- identities
  // --------------------------------------------------------------------------------

  @Test
  void identityTimeline_collectsEachValueWithFirstLastSeenAndCount() {
    Loaded l = begin(store, HASH_A);
    long r = l.run.id();
    int m = 240000000;
    commit(
        store,
        l,
        0,
        5,
        false,
        List.of(position(m, T0.minusSeconds(100), 37, 23, "f", 1, r)),
        List.of(
            staticReport(m, T0, "IMPALA MAGDALENA", 9074729, "f", 2, r),
            staticReport(m, T0.plusSeconds(3600), "IMPALA MAGDALENA", 9074729, "f", 3, r),
            staticReport(m, T0.plusSeconds(60), "WARSHIP M71", 900000024 % 10_000_000, "f", 4, r)),
        List.of());
    IdentityTimeline t = store.identities().timeline(m);
    assertThat(t.of(ClaimKind.NAME))
        .containsExactly(
            new IdentityClaim(m, ClaimKind.NAME, "IMPALA MAGDALENA", T0, T0.plusSeconds(3600), 2),
            new IdentityClaim(
                m, ClaimKind.NAME, "WARSHIP M71", T0.plusSeconds(60), T0.plusSeconds(60), 1));
    assertThat(t.of(ClaimKind.IMO))
        .extracting(IdentityClaim::value)
        .containsExactly("9074729", "0000024");
    assertThat(t.of(ClaimKind.IMO).get(0).imoCheckDigitValid()).contains(true);
    assertThat(t.of(ClaimKind.DIMENSIONS))
        .extracting(IdentityClaim::value)
        .containsExactly("180x32");
    assertThat(t.of(ClaimKind.SHIP_TYPE)).extracting(IdentityClaim::value).containsExactly("80");
    assertThat(t.of(ClaimKind.CALL_SIGN)).extracting(IdentityClaim::reports).containsExactly(3L);
    // the MID flag covers every report, positions included
    assertThat(t.of(ClaimKind.FLAG_MID))
        .containsExactly(
            new IdentityClaim(
                m, ClaimKind.FLAG_MID, "GR", T0.minusSeconds(100), T0.plusSeconds(3600), 4));
    assertThat(t.latest(ClaimKind.NAME)).contains("IMPALA MAGDALENA");
    assertThat(store.identities().mmsisWithDistinct(ClaimKind.NAME, 2)).containsExactly(m);
    assertThat(store.identities().mmsisWithDistinct(ClaimKind.NAME, 3)).isEmpty();
  }

  @Test
  void claimsOfKinds_areEachTimelineRestrictedToThem_byMmsi() {
    Loaded l = begin(store, HASH_A);
    long r = l.run.id();
    commit(
        store,
        l,
        0,
        4,
        false,
        List.of(position(538000003, T0, 1, 1, "f", 1, r)), // positions only: no name
        List.of(
            staticReport(636000002, T0, "STAR OF OCEANS", 9074729, "f", 2, r),
            staticReport(366000001, T0, "OCEAN STAR", 9074729, "f", 3, r),
            staticReport(366000001, T0.plusSeconds(60), "SEA STAR", 9074729, "f", 4, r)),
        List.of());
    Set<ClaimKind> kinds = Set.of(ClaimKind.NAME, ClaimKind.IMO);
    List<IdentityTimeline> got = new ArrayList<>();
    store.identities().claims(kinds, got::add);
    assertThat(got).extracting(IdentityTimeline::mmsi).containsExactly(366000001, 636000002);
    for (IdentityTimeline t : got) {
      assertThat(t.claims())
          .isEqualTo(
              store.identities().timeline(t.mmsi()).claims().stream()
                  .filter(c -> kinds.contains(c.kind()))
                  .toList());
    }
    assertThat(got.get(0).of(ClaimKind.NAME)).hasSize(2);
    List<IdentityTimeline> none = new ArrayList<>();
    store.identities().claims(Set.of(), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void identityTimeline_isTheSameWhateverTheBatching() {
    // the resumability guarantee depends on this: aggregates must not depend on batch boundaries
    List<StaticReport> reports = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reports.add(
          staticReport(
              366000001,
              T0.plusSeconds(97L * i % 1000),
              i % 3 == 0 ? "A" : "B",
              9074729,
              "f",
              i + 1,
              1));
    }
    Loaded l = begin(store, HASH_A);
    commit(store, l, 0, 20, true, List.of(), reports, List.of());
    try (TrackStore other = createStore()) {
      Loaded l2 = begin(other, HASH_A);
      for (int i = 0; i < 20; i += 7) {
        int end = Math.min(20, i + 7);
        commit(other, l2, i, end, end == 20, List.of(), reports.subList(i, end), List.of());
      }
      assertThat(other.identities().timeline(366000001))
          .isEqualTo(store.identities().timeline(366000001));
    }
  }

  @Test
  void imoLinksMmsis_andSearchFindsByMmsiImoAndName() {
    Loaded l = begin(store, HASH_A);
    long r = l.run.id();
    commit(
        store,
        l,
        0,
        4,
        false,
        List.of(position(366000001, T0, 1, 1, "f", 1, r)),
        List.of(
            staticReport(366000001, T0, "OCEAN STAR", 9074729, "f", 2, r),
            staticReport(636000002, T0.plusSeconds(86400), "STAR OF OCEANS", 9074729, "f", 3, r),
            staticReport(538000003, T0, "OTHER", 9176187, "f", 4, r)),
        List.of());
    assertThat(store.identities().timelinesForImo("9074729"))
        .extracting(IdentityTimeline::mmsi)
        .containsExactly(366000001, 636000002);
    assertThat(store.identities().search(VesselQuery.byName("star"), 10))
        .extracting(VesselSummary::mmsi)
        .containsExactly(366000001, 636000002);
    assertThat(store.identities().search(VesselQuery.byImo("9176187"), 10))
        .extracting(VesselSummary::mmsi)
        .containsExactly(538000003);
    VesselSummary v = store.identities().search(VesselQuery.byMmsi(366000001), 10).get(0);
    assertThat(v.positions()).isEqualTo(1);
    assertThat(v.name()).contains("OCEAN STAR");
    assertThat(v.imo()).contains("9074729");
    assertThat(v.midFlag().orElseThrow().iso2()).isEqualTo("US");
    assertThat(store.identities().vessel(999)).isEmpty();
    assertThat(store.identities().search(VesselQuery.byName("zzz"), 10)).isEmpty();
  }

  // ---- static reports and events ----------------------------------------------------------------

  @Test
  void staticReports_roundTrip() {
    Loaded l = begin(store, HASH_A);
    StaticReport s = staticReport(366000001, T0, "OCEAN STAR", 9074729, "f.nmea", 2, l.run.id());
    StaticReport partial =
        new StaticReport(
            366000001,
            T0.plusSeconds(5),
            24,
            Optional.empty(),
            Optional.of("WDA1234"),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalDouble.empty(),
            Optional.empty(),
            new Provenance("f.nmea", 3, l.run.id(), 7, MARK));
    commit(store, l, 0, 2, false, List.of(), List.of(partial, s), List.of());
    assertThat(store.staticReports().reports(366000001, T0, T0.plusSeconds(60)))
        .containsExactly(s, partial);
  }

  @Test
  void events_roundTrip() {
    StoredEvent e =
        new StoredEvent("ais-gap", 366000001, T0, T0.plusSeconds(7200), 50, 1, "dark 2 h", MARK);
    store.events().append(List.of(e));
    assertThat(store.events().events(366000001, T0.minusSeconds(1), T0.plusSeconds(1)))
        .containsExactly(e);
    assertThat(store.events().events(366000001, T0.plusSeconds(9000), T0.plusSeconds(9999)))
        .isEmpty();
  }
}
