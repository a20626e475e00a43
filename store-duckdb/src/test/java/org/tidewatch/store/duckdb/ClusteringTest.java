package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.tidewatch.core.store.PositionFilter;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.BoundingBox;
import org.tidewatch.core.track.Position;

/**
 * Clustering rewrites {@code positions} in (mmsi, t, source, line) order: every query answers the
 * same before and after, also with an unclustered tail appended afterwards, and a track comes out
 * in (time, source, line) order whatever the physical order.
 */
class ClusteringTest {
  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final int[] MMSIS = {366000001, 235000002, 636000003, 477000004};

  @TempDir Path dir;

  private static List<Position> batch(Random rnd, String source, long run, long firstLine, int n) {
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int mmsi = MMSIS[rnd.nextInt(MMSIS.length)];
      // coarse times, so that equal times from different sources and lines occur
      Instant t = T0.plusSeconds(60L * rnd.nextInt(500));
      boolean nulls = rnd.nextInt(5) == 0;
      out.add(
          new Position(
              mmsi,
              t,
              50 + rnd.nextDouble(),
              -1 + rnd.nextDouble() * 2,
              nulls ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextInt(300) / 10.0),
              nulls ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextDouble() * 360),
              nulls ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(360)),
              nulls ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt(16)),
              1 + rnd.nextInt(3),
              new Provenance(source, firstLine + i, run, rnd.nextLong(), Releasability.UNMARKED)));
    }
    return out;
  }

  private static void ingest(DuckDbTrackStore s, String name, String sha, long seed) {
    IngestRun run = s.ingest().beginRun(name, Releasability.UNMARKED, T0);
    SourceState src = s.ingest().openSource(new SourceFile(name, sha, 1, "test"));
    Random rnd = new Random(seed);
    long seq = 0;
    for (int b = 0; b < 3; b++) {
      List<Position> ps = batch(rnd, name, run.id(), 1 + seq, 400);
      s.ingest()
          .commit(
              new IngestBatch(
                  run.id(), src.sourceId(), seq, seq + 400, b == 2, ps, List.of(), List.of()));
      seq += 400;
    }
    s.ingest().finishRun(run.id(), T0, "ok");
  }

  private record Answers(
      List<List<Position>> tracks,
      List<List<Position>> downsampled,
      List<Position> scan,
      List<Position> inBox,
      Object daily) {}

  private static Answers answers(DuckDbTrackStore s) {
    List<List<Position>> tracks = new ArrayList<>();
    List<List<Position>> down = new ArrayList<>();
    for (int m : MMSIS) {
      tracks.add(s.positions().track(m, T0, T0.plusSeconds(86400), Optional.empty()));
      down.add(
          s.positions().track(m, T0, T0.plusSeconds(86400), Optional.of(Duration.ofMinutes(30))));
    }
    List<Position> scan = new ArrayList<>();
    s.positions().scan(PositionFilter.between(T0, T0.plusSeconds(86400)), scan::add);
    return new Answers(
        tracks,
        down,
        scan,
        s.positions()
            .latestInBox(
                new BoundingBox(50.0, -0.9, 51.0, 0.9),
                T0.plusSeconds(400 * 60),
                Duration.ofHours(2)),
        s.positions().dailyCounts(T0, T0.plusSeconds(86400)));
  }

  private static final Comparator<Position> TRACK_ORDER =
      Comparator.comparing(Position::time)
          .thenComparing(p -> p.provenance().source())
          .thenComparingLong(p -> p.provenance().line());

  @Test
  void queriesAnswerTheSameBeforeAndAfterClustering_andTracksAreInTimeOrder() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      ingest(s, "a.nmea", "a".repeat(64), 1);
      ingest(s, "b.nmea", "b".repeat(64), 2);
      Answers before = answers(s);
      for (List<Position> track : before.tracks()) {
        assertThat(track).isNotEmpty().isSortedAccordingTo(TRACK_ORDER);
      }
      assertThat(before.inBox()).isNotEmpty();
      assertThat(Clustering.clusteredRows(s.connection)).isZero();

      Clustering.cluster(s.connection);
      s.connection.commit();
      assertThat(Clustering.clusteredRows(s.connection)).isEqualTo(2400);
      Answers after = answers(s);
      assertThat(after.tracks()).isEqualTo(before.tracks());
      assertThat(after.downsampled()).isEqualTo(before.downsampled());
      assertThat(after.scan()).isEqualTo(before.scan());
      assertThat(after.inBox()).isEqualTo(before.inBox());
      assertThat(after.daily()).isEqualTo(before.daily());

      // a tail appended after clustering: tracks merge both parts in order
      ingest(s, "c.nmea", "c".repeat(64), 3);
      Answers withTail = answers(s);
      for (int i = 0; i < MMSIS.length; i++) {
        assertThat(withTail.tracks().get(i))
            .isSortedAccordingTo(TRACK_ORDER)
            .hasSizeGreaterThan(before.tracks().get(i).size())
            .containsAll(before.tracks().get(i));
      }
      Clustering.cluster(s.connection);
      s.connection.commit();
      assertThat(answers(s)).isEqualTo(withTail);
    }
    // the rewritten table keeps its constraints and survives a reopen
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      assertThat(s.positions().count()).isEqualTo(3600);
      assertThat(Clustering.clusteredRows(s.connection)).isEqualTo(3600);
    }
  }

  @Test
  void aSmallTailIsLeftUnclustered() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      ingest(s, "a.nmea", "a".repeat(64), 1);
      assertThat(Clustering.maybeCluster(s.connection)).isFalse();
      assertThat(Clustering.clusteredRows(s.connection)).isZero();
    }
  }

  @Test
  void sortedRunsAreCountedApart_andTheTailIsClusteredByItsOwnMinimum() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      ingest(s, "a.nmea", "a".repeat(64), 1); // 1,200 rows appended one by one: unsorted
      assertThat(Clustering.sortedTailRows(s.connection)).isZero();
      // 1,200 unsorted rows: clustered once the unsorted minimum is reached
      assertThat(Clustering.maybeCluster(s.connection, 1_201, 10_000)).isFalse();
      // tail of 1,200 below both minimums
      Clustering.appended(s.connection, 500, true, 100);
      Clustering.appended(s.connection, 50, true, 100); // too small to count as a run
      Clustering.appended(s.connection, 700, false, 100);
      assertThat(Clustering.sortedTailRows(s.connection)).isEqualTo(500);
      // unsorted = 1,200 - 500 = 700: under an unsorted minimum of 701 and a tail minimum of 1,201
      assertThat(Clustering.maybeCluster(s.connection, 701, 1_201)).isFalse();
      // the whole tail (1,200) reaches a tail minimum of 1,200
      assertThat(Clustering.maybeCluster(s.connection, 701, 1_200)).isTrue();
      s.connection.commit();
      assertThat(Clustering.clusteredRows(s.connection)).isEqualTo(1200);
      assertThat(Clustering.sortedTailRows(s.connection)).isZero();

      // the unsorted part alone also triggers it, but only once it is as large as the clustered
      ingest(s, "b.nmea", "b".repeat(64), 2);
      assertThat(Clustering.maybeCluster(s.connection, 100, 1_000_000)).isTrue();
      s.connection.commit();
      assertThat(Clustering.clusteredRows(s.connection)).isEqualTo(2400);
      ingest(s, "c.nmea", "c".repeat(64), 3); // 1,200 unsorted < 2,400 clustered
      assertThat(Clustering.maybeCluster(s.connection, 100, 100)).isFalse();
    }
  }

  @Test
  void aPreparedBatchIsASortedRun() throws Exception {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(dir)) {
      IngestRun run = s.ingest().beginRun("p", Releasability.UNMARKED, T0);
      SourceState src = s.ingest().openSource(new SourceFile("p", "d".repeat(64), 1, "test"));
      Random rnd = new Random(4);
      int n = (int) Clustering.MIN_RUN_ROWS;
      PositionColumns c = new PositionColumns(n);
      c.addAll(batch(rnd, "p", run.id(), 1, n));
      c.prepare(new PositionColumns.Preparer());
      s.ingest()
          .commit(new IngestBatch(run.id(), src.sourceId(), 0, n, true, c, List.of(), List.of()));
      assertThat(Clustering.sortedTailRows(s.connection)).isEqualTo(n);
    }
  }
}
