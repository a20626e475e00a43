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
  void theStoreKeepsTheSameRowsFromColumnsAsFromAList() {
    List<List<Position>> tracks = new ArrayList<>();
    List<Object> timelines = new ArrayList<>();
    for (boolean columns : new boolean[] {false, true}) {
      try (DuckDbTrackStore s = DuckDbTrackStore.open(dir.resolve(columns ? "c" : "l"))) {
        IngestRun run = s.ingest().beginRun("t", Releasability.UNMARKED, T0);
        SourceState src = s.ingest().openSource(new SourceFile("f.nmea", "f".repeat(64), 1, "x"));
        List<Position> ps = positions(run.id(), 3000);
        List<Position> batch = ps;
        if (columns) {
          PositionColumns c = new PositionColumns(16);
          c.addAll(ps);
          batch = c;
        }
        s.ingest()
            .commit(
                new IngestBatch(
                    run.id(), src.sourceId(), 0, 3000, true, batch, List.of(), List.of()));
        List<Position> all = new ArrayList<>();
        for (int m = 200000000; m < 200000005; m++) {
          all.addAll(s.positions().track(m, T0, T0.plusSeconds(200_000), Optional.empty()));
        }
        assertThat(all).hasSize(3000);
        tracks.add(all);
        timelines.add(s.identities().timeline(200000000));
      }
    }
    assertThat(tracks.get(1)).isEqualTo(tracks.get(0));
    assertThat(timelines.get(1)).isEqualTo(timelines.get(0));
  }
}
