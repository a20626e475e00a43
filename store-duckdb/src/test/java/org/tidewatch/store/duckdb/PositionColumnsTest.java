package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/** Columns give back equal records, and the store keeps the same rows from columns or a list. */
class PositionColumnsTest {
  private static final Instant T0 = Instant.parse("2024-07-01T00:00:00Z");
  private static final Releasability OFFICIAL = new Releasability("OFFICIAL");

  @TempDir Path dir;

  private static List<Position> positions(long run, int n) {
    Random rnd = new Random(7);
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean nulls = rnd.nextInt(4) == 0;
      out.add(
          new Position(
              200000000 + rnd.nextInt(5),
              T0.plusSeconds(rnd.nextInt(100_000)).plusNanos(rnd.nextInt(1000) * 1000L),
              rnd.nextDouble() * 180 - 90,
              rnd.nextDouble() * 360 - 180,
              nulls ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextInt(1023) / 10.0),
              nulls ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextDouble() * 360),
              nulls ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(360)),
              nulls ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(16)),
              1 + rnd.nextInt(27),
              new Provenance(
                  "f.nmea",
                  i + 1,
                  run,
                  rnd.nextLong(),
                  i % 3 == 0 ? OFFICIAL : Releasability.UNMARKED)));
    }
    return out;
  }

  @Test
  void columnsGiveBackEqualRecords_andGrow() {
    List<Position> ps = positions(1, 1000);
    PositionColumns c = new PositionColumns(3);
    c.addAll(ps);
    assertThat(c).hasSize(1000).isEqualTo(ps);
  }

  @Test
  void fieldByFieldAdd_clearAndReuse_giveTheSameRecords() {
    List<Position> ps = positions(1, 1000);
    PositionColumns c = new PositionColumns(3);
    PositionColumns.Preparer preparer = new PositionColumns.Preparer();
    for (int round = 0; round < 2; round++) {
      for (Position p : ps) {
        Provenance v = p.provenance();
        c.add(
            p.mmsi(),
            p.time().getEpochSecond(),
            p.time().getNano(),
            p.latitude_deg(),
            p.longitude_deg(),
            p.speedOverGround_kn().orElse(Double.NaN),
            p.courseOverGround_deg().orElse(Double.NaN),
            p.trueHeading_deg().orElse(-1),
            p.navigationStatus().orElse(-1),
            p.messageType(),
            v.source(),
            v.line(),
            v.ingestRun(),
            v.contentHash(),
            v.releasability());
      }
      assertThat(c).hasSize(1000).isEqualTo(ps);
      c.prepare(preparer); // its arrays are reused by the next round's preparation
      assertThat(c.file).isNotNull();
      c.clear();
      assertThat(c).isEmpty();
      assertThat(c.file).isNull();
    }
  }

  private static List<StaticReport> statics(long run, int n) {
    Random rnd = new Random(11);
    List<StaticReport> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean nulls = rnd.nextInt(3) == 0;
      out.add(
          new StaticReport(
              200000000 + rnd.nextInt(5),
              T0.plusSeconds(rnd.nextInt(100_000)).plusNanos(rnd.nextInt(1000) * 1000L),
              i % 2 == 0 ? 5 : 24,
              nulls ? Optional.empty() : Optional.of("NAME Ä" + rnd.nextInt(3)),
              nulls ? Optional.empty() : Optional.of("CS" + rnd.nextInt(3)),
              nulls ? OptionalInt.empty() : OptionalInt.of(9000000 + rnd.nextInt(3)),
              nulls ? OptionalInt.empty() : OptionalInt.of(70 + rnd.nextInt(3)),
              nulls ? OptionalInt.empty() : OptionalInt.of(100 + rnd.nextInt(300)),
              nulls ? OptionalInt.empty() : OptionalInt.of(10 + rnd.nextInt(50)),
              nulls ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextInt(250) / 10.0),
              nulls ? Optional.empty() : Optional.of(""),
              new Provenance(
                  "f.nmea",
                  10_000 + i,
                  run,
                  rnd.nextLong(),
                  i % 4 == 0 ? OFFICIAL : Releasability.UNMARKED)));
    }
    return out;
  }

  /** A list, unprepared columns, and prepared columns and reports (inserted from files). */
  @Test
  void theStoreKeepsTheSameRowsFromColumnsAsFromAList() {
    List<List<Position>> tracks = new ArrayList<>();
    List<Object> timelines = new ArrayList<>();
    List<List<StaticReport>> reports = new ArrayList<>();
    PositionColumns.Preparer preparer = new PositionColumns.Preparer();
    for (String mode : new String[] {"list", "columns", "prepared"}) {
      try (DuckDbTrackStore s = DuckDbTrackStore.open(dir.resolve(mode))) {
        IngestRun run = s.ingest().beginRun("t", Releasability.UNMARKED, T0);
        SourceState src = s.ingest().openSource(new SourceFile("f.nmea", "f".repeat(64), 1, "x"));
        List<Position> ps = positions(run.id(), 3000);
        List<StaticReport> ss = statics(run.id(), 500);
        List<Position> batch = ps;
        List<StaticReport> staticBatch = ss;
        if (!mode.equals("list")) {
          PositionColumns c = new PositionColumns(16);
          c.addAll(ps);
          batch = c;
        }
        if (mode.equals("columns")) { // reports folded as added, appended without a file
          StaticReportRows rows = new StaticReportRows();
          rows.addAll(ss);
          staticBatch = rows;
        }
        if (mode.equals("prepared")) {
          ((PositionColumns) batch).prepare(preparer);
          assertThat(((PositionColumns) batch).file).isNotNull();
          StaticReportRows rows = StaticReportRows.prepare(ss, preparer);
          assertThat(rows.file).isNotNull();
          staticBatch = rows;
        }
        s.ingest()
            .commit(
                new IngestBatch(
                    run.id(), src.sourceId(), 0, 3500, true, batch, staticBatch, List.of()));
        if (mode.equals("prepared")) {
          assertThat(((PositionColumns) batch).file).isNull(); // inserted and deleted
        }
        List<Position> all = new ArrayList<>();
        List<StaticReport> allStatics = new ArrayList<>();
        List<Object> vessels = new ArrayList<>();
        for (int m = 200000000; m < 200000005; m++) {
          all.addAll(s.positions().track(m, T0, T0.plusSeconds(200_000), Optional.empty()));
          allStatics.addAll(s.staticReports().reports(m, T0, T0.plusSeconds(200_000)));
          vessels.add(s.identities().timeline(m));
        }
        assertThat(all).hasSize(3000);
        assertThat(allStatics).hasSize(500);
        // and they are the records committed (the track read unpacks packed columns)
        List<Position> expected = new ArrayList<>(ps);
        expected.sort(
            java.util.Comparator.comparingInt(Position::mmsi)
                .thenComparing(Position::time)
                .thenComparingLong(p -> p.provenance().line()));
        assertThat(all).isEqualTo(expected);
        tracks.add(all);
        reports.add(allStatics);
        timelines.add(vessels);
      }
    }
    for (int k = 1; k < 3; k++) {
      assertThat(tracks.get(k)).isEqualTo(tracks.get(0));
      assertThat(reports.get(k)).isEqualTo(reports.get(0));
      assertThat(timelines.get(k)).isEqualTo(timelines.get(0));
    }
  }
}
