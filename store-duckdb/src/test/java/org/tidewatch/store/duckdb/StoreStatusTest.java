package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.Position;

/** The store's status counts what it holds; optimize rewrites by vessel and empties the WAL. */
class StoreStatusTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  @TempDir Path dir;

  private static List<Position> positions(long run, int n, int firstLine) {
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Position(
              366000000 + i % 7,
              T0.plusSeconds(i),
              50,
              1,
              OptionalDouble.of(10),
              OptionalDouble.empty(),
              OptionalInt.empty(),
              OptionalInt.of(0),
              1,
              new Provenance("f", firstLine + i, run, i, Releasability.UNMARKED)));
    }
    return out;
  }

  @Test
  void statusCountsTheStore_andOptimizeClustersAndCheckpoints() {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      StoreStatus empty = s.status();
      assertThat(empty.positions()).isZero();
      assertThat(empty.firstPosition()).isEmpty();

      IngestRun run = s.ingest().beginRun("test", Releasability.UNMARKED, T0);
      SourceState src = s.ingest().openSource(new SourceFile("f", "a".repeat(64), 99, "nmea"));
      s.ingest()
          .commit(
              new IngestBatch(
                  run.id(),
                  src.sourceId(),
                  0,
                  500,
                  false, // the file is not finished: an interrupted ingest
                  positions(run.id(), 500, 1),
                  List.of(),
                  List.of()));
      StoreStatus st = s.status();
      assertThat(st.positions()).isEqualTo(500);
      assertThat(st.vessels()).isEqualTo(7);
      assertThat(st.clusteredPositions()).isZero();
      assertThat(st.tailPositions()).isEqualTo(500);
      assertThat(st.unsortedTailPositions()).isEqualTo(500);
      assertThat(st.firstPosition()).contains(T0);
      assertThat(st.lastPosition()).contains(T0.plusSeconds(499));
      assertThat(st.runs()).hasSize(1);
      assertThat(st.runs().get(0).outcome()).isEmpty();
      assertThat(st.incompleteSources())
          .containsExactly(new StoreStatus.IncompleteSource("f", 500, 99));
      assertThat(st.databaseBytes()).isPositive();

      List<Position> before =
          s.positions().track(366000003, T0, T0.plusSeconds(1000), Optional.empty());
      s.optimize();
      StoreStatus after = s.status();
      assertThat(after.clusteredPositions()).isEqualTo(500);
      assertThat(after.tailPositions()).isZero();
      assertThat(after.walBytes()).isZero();
      assertThat(s.positions().track(366000003, T0, T0.plusSeconds(1000), Optional.empty()))
          .isEqualTo(before);
    }
  }
}
