package org.tidewatch.engine.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tidewatch.store.duckdb.DuckDbTrackStore;

/** The child process of {@link KillResumeTest}: ingests one file, printing each commit. */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    try (DuckDbTrackStore s = DuckDbTrackStore.open(Path.of(args[0]))) {
      IngestListener l =
          new IngestListener() {
            @Override
            public void batchCommitted(Path file, long sequence) {
              System.out.println("committed " + sequence);
              System.out.flush();
            }
          };
      new Ingester(
              s,
              IngestOptions.defaults().withBatchSize(Integer.parseInt(args[2])),
              l,
              Clock.systemUTC())
          .ingest(List.of(Path.of(args[1])), "child");
      System.out.println("done");
    }
  }
}
