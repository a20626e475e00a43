package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.ClaimKind;
import org.tidewatch.core.track.IdentityClaim;
import org.tidewatch.core.track.StaticReport;

/**
 * The identity claims of a batch whose vessels repeat, alternate (class B parts A and B) and change
 * their static reports equal those counted one report at a time, the naive way.
 */
class IdentityAggregatorTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final int[] MMSIS = {366000001, 235000002, 636000003};

  @TempDir Path dir;

  private static StaticReport report(Random rnd, int mmsi, Instant t, long line) {
    int variant = rnd.nextInt(4); // 0-1 repeat most, 2 = part A (name only), 3 = another name
    boolean partA = variant == 2;
    return new StaticReport(
        mmsi,
        t,
        partA ? 24 : 5,
        Optional.of(variant == 3 ? "RENAMED " + mmsi % 7 : "SHIP " + mmsi % 7),
        partA ? Optional.empty() : Optional.of("CALL" + variant % 2),
        partA || variant == 1 ? OptionalInt.empty() : OptionalInt.of(9074729),
        partA ? OptionalInt.empty() : OptionalInt.of(80),
        partA ? OptionalInt.empty() : OptionalInt.of(180 + variant),
        partA ? OptionalInt.empty() : OptionalInt.of(32),
        OptionalDouble.empty(),
        Optional.empty(),
        new Provenance("f", line, 1, line, Releasability.UNMARKED));
  }

  @Test
  void repeatedAndAlternatingReportsCountAsIfEachWereFoldedAlone() {
    Random rnd = new Random(7);
    List<StaticReport> reports = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      reports.add(
          report(rnd, MMSIS[rnd.nextInt(MMSIS.length)], T0.plusSeconds(rnd.nextInt(86400)), i));
    }
    // the naive fold: one key per claim, each report looked up on its own
    Map<String, long[]> expected = new TreeMap<>();
    for (StaticReport s : reports) {
      long t = s.time().getEpochSecond();
      List<String> keys = new ArrayList<>();
      s.name().ifPresent(v -> keys.add(s.mmsi() + " NAME " + v));
      s.callSign().ifPresent(v -> keys.add(s.mmsi() + " CALL_SIGN " + v));
      s.imo().ifPresent(v -> keys.add(s.mmsi() + " IMO " + IdentityClaim.imoValue(v)));
      s.shipType().ifPresent(v -> keys.add(s.mmsi() + " SHIP_TYPE " + v));
      if (s.length_m().isPresent() && s.beam_m().isPresent()) {
        keys.add(s.mmsi() + " DIMENSIONS " + s.length_m().getAsInt() + "x" + s.beam_m().getAsInt());
      }
      for (String k : keys) {
        long[] v = expected.computeIfAbsent(k, x -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0});
        v[0] = Math.min(v[0], t);
        v[1] = Math.max(v[1], t);
        v[2]++;
      }
    }
    Map<String, long[]> got = new TreeMap<>();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      IngestRun run = s.ingest().beginRun("t", Releasability.UNMARKED, T0);
      SourceState src = s.ingest().openSource(new SourceFile("f", "e".repeat(64), 1, "test"));
      s.ingest()
          .commit(
              new IngestBatch(
                  run.id(), src.sourceId(), 0, 3000, true, List.of(), reports, List.of()));
      for (int m : MMSIS) {
        for (IdentityClaim c : s.identities().timeline(m).claims()) {
          if (c.kind() != ClaimKind.FLAG_MID) {
            got.put(
                m + " " + c.kind() + " " + c.value(),
                new long[] {
                  c.firstSeen().getEpochSecond(), c.lastSeen().getEpochSecond(), c.reports()
                });
          }
        }
      }
    }
    assertThat(got.keySet()).isEqualTo(expected.keySet());
    for (String k : expected.keySet()) {
      assertThat(got.get(k)).as(k).containsExactly(expected.get(k));
    }
  }

  @Test
  void theFileAndTheAppenderGiveTheSameDeltas() throws Exception {
    Random rnd = new Random(9);
    List<StaticReport> reports = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      reports.add(
          report(rnd, MMSIS[rnd.nextInt(MMSIS.length)], T0.plusSeconds(rnd.nextInt(86400)), i));
    }
    List<Object> timelines = new ArrayList<>();
    for (boolean viaFile : new boolean[] {true, false}) {
      try (DuckDbTrackStore s = DuckDbTrackStore.open(dir.resolve("s" + viaFile))) {
        for (int round = 0; round < 2; round++) { // the second merges into existing rows
          IdentityAggregator agg = new IdentityAggregator();
          agg.position(MMSIS[0], Micros.of(T0.minusSeconds(round)));
          for (StaticReport r : reports) {
            agg.staticReport(r);
          }
          agg.append(s.connection, viaFile ? BatchFiles.inTempDir() : null);
          IdentityDeltas.fold(s.connection);
          s.connection.commit();
        }
        List<Object> t = new ArrayList<>();
        for (int m : MMSIS) {
          t.add(s.identities().timeline(m));
          t.add(s.identities().vessel(m));
        }
        timelines.add(t);
      }
    }
    assertThat(timelines.get(0)).isEqualTo(timelines.get(1));
  }
}
