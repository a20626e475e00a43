package org.tidewatch.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.provenance.Provenance;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.BadRow;
import org.tidewatch.core.store.IngestBatch;
import org.tidewatch.core.store.IngestRun;
import org.tidewatch.core.store.IngestRunStore;
import org.tidewatch.core.store.SourceFile;
import org.tidewatch.core.store.SourceState;
import org.tidewatch.core.track.Position;

/** Batches are full-sized but the last; checkpoints chain. */
class BatchingSinkTest {
  /** Records each commit's checkpoints and size (positions are only counted). */
  private static final class RecordingStore implements IngestRunStore {
    final List<long[]> commits = new ArrayList<>();

    @Override
    public void commit(IngestBatch b) {
      commits.add(new long[] {b.sequenceBefore(), b.sequenceAfter(), b.positions().size()});
      if (b.positions() instanceof org.tidewatch.store.duckdb.PositionColumns c) {
        c.discard();
      }
    }

    @Override
    public IngestRun beginRun(String d, Releasability r, Instant t) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void finishRun(long runId, Instant finishedAt, String outcome) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<IngestRun> runs() {
      return List.of();
    }

    @Override
    public SourceState openSource(SourceFile file) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SourceState> source(String sha256) {
      return Optional.empty();
    }

    @Override
    public List<SourceState> sources() {
      return List.of();
    }

    @Override
    public List<BadRow> badRows(long sourceId) {
      return List.of();
    }
  }

  private static List<long[]> ingest(int records, int batchSize) {
    RecordingStore store = new RecordingStore();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    ExecutorService preparing = Executors.newSingleThreadExecutor();
    try {
      BatchingSink sink = new BatchingSink(store, preparing, writer, 1, () -> 1, "f", batchSize, 0);
      Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
      for (int i = 0; i < records; i++) {
        sink.position(
            new Position(
                366000000 + i % 50,
                t0.plusSeconds(i),
                10,
                20,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                1,
                new Provenance("f", i + 1, 1, i, Releasability.UNMARKED)));
      }
      sink.finish();
    } finally {
      preparing.shutdown();
      writer.shutdown();
    }
    return store.commits;
  }

  @Test
  void batchesAreFullButTheLast_andTheirCheckpointsChain() {
    List<long[]> commits = ingest(200_000, 65_536);
    assertThat(commits).extracting(c -> c[2]).containsExactly(65_536L, 65_536L, 65_536L, 3_392L);
    long at = 0;
    for (long[] c : commits) {
      assertThat(c[0]).isEqualTo(at);
      at = c[1];
    }
    assertThat(at).isEqualTo(200_000);
  }
}
