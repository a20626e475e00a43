package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Compaction gives back the blocks a rewrite freed and changes no answer; it refuses a data
 * directory without a store, and a leftover partial copy does not get in its way.
 */
class CompactionTest {
  private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

  @TempDir Path dir;

  private static void ingest(DuckDbTrackStore s, String name, int n, int seed) {
    IngestRun run = s.ingest().beginRun("t", Releasability.UNMARKED, T0);
    SourceState src =
        s.ingest().openSource(new SourceFile(name, String.format("%064x", seed), n, "test"));
    List<Position> ps = new ArrayList<>();
    List<StaticReport> ss = new ArrayList<>();
    java.util.Random rnd = new java.util.Random(seed);
    for (int i = 0; i < n; i++) {
      int mmsi = 366_000_000 + rnd.nextInt(200);
      Provenance p = new Provenance(name, i + 1, run.id(), i, Releasability.UNMARKED);
      ps.add(
          new Position(
              mmsi,
              T0.plusSeconds(rnd.nextInt(30 * 86_400)),
              30 + rnd.nextDouble() * 10,
              120 + rnd.nextDouble() * 10,
              OptionalDouble.of(rnd.nextInt(200) / 10.0),
              OptionalDouble.empty(),
              OptionalInt.empty(),
              OptionalInt.of(0),
              1,
              p));
      if (i % 50 == 0) {
        ss.add(
            new StaticReport(
                mmsi,
                T0.plusSeconds(i),
                5,
                Optional.of("SHIP " + mmsi % 7),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalInt.of(80),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                p));
      }
    }
    s.ingest().commit(new IngestBatch(run.id(), src.sourceId(), 0, n, true, ps, ss, List.of()));
    s.ingest().finishRun(run.id(), T0, "ok");
  }

  private static List<Object> answers(DuckDbTrackStore s) {
    List<Object> out = new ArrayList<>();
    StoreStatus st = s.status();
    out.add(List.of(st.positions(), st.staticReports(), st.vessels(), st.identityClaims()));
    out.add(st.clusteredPositions());
    for (int m = 366_000_000; m < 366_000_200; m += 37) {
      out.add(s.positions().track(m, T0, T0.plusSeconds(40 * 86_400), Optional.empty()));
      out.add(s.identities().timeline(m));
    }
    out.add(
        s.positions()
            .latestInBox(
                new BoundingBox(30, 120, 35, 125),
                T0.plusSeconds(40 * 86_400),
                java.time.Duration.ofDays(60)));
    out.add(s.positions().dailyCounts(T0, T0.plusSeconds(40 * 86_400)));
    return out;
  }

  @Test
  void compactionGivesBackFreedBlocksAndChangesNoAnswer() throws Exception {
    List<Object> before;
    long optimized;
    long freed;
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      ingest(s, "a", 150_000, 1);
      ingest(s, "b", 150_000, 2);
    } // closed: checkpointed into the file
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      s.optimize(); // the rewrite by vessel frees the blocks of the table it replaced
      before = answers(s);
      freed = s.status().freeBytes();
    }
    assertThat(freed).isPositive();
    optimized = Files.size(dir.resolve(DuckDbTrackStore.FILE_NAME));
    Files.writeString(dir.resolve(DuckDbTrackStore.FILE_NAME + ".compact"), "left by a crash");
    DuckDbTrackStore.Compaction c = DuckDbTrackStore.compact(dir);
    assertThat(c.bytesBefore()).isEqualTo(optimized);
    assertThat(c.bytesAfter()).isLessThan(c.bytesBefore());
    assertThat(Files.size(dir.resolve(DuckDbTrackStore.FILE_NAME))).isEqualTo(c.bytesAfter());
    assertThat(dir.resolve(DuckDbTrackStore.FILE_NAME + ".compact")).doesNotExist();
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      assertThat(s.status().freeBytes()).isLessThan(freed);
      assertThat(answers(s)).isEqualTo(before);
      ingest(s, "c", 1_000, 3); // and it takes more
      assertThat(s.status().positions()).isEqualTo(301_000);
    }
  }

  @Test
  void aDirectoryWithoutAStoreIsRefused() {
    assertThatThrownBy(() -> DuckDbTrackStore.compact(dir.resolve("none")))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("no tidewatch store");
  }
}
