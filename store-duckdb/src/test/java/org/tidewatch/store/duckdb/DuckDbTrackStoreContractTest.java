package org.tidewatch.store.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.TrackStore;
import org.tidewatch.core.store.TrackStoreContract;

/** The DuckDB store runs core's store contract unchanged. */
class DuckDbTrackStoreContractTest extends TrackStoreContract {
  @TempDir Path tmp;
  private final Map<TrackStore, Path> dirs = new IdentityHashMap<>();

  @Override
  protected TrackStore createStore() {
    try {
      Path dir = Files.createTempDirectory(tmp, "store");
      DuckDbTrackStore s = DuckDbTrackStore.open(dir);
      dirs.put(s, dir);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected TrackStore reopen(TrackStore store) {
    Path dir = dirs.get(store);
    store.close();
    DuckDbTrackStore s = DuckDbTrackStore.open(dir);
    dirs.put(s, dir);
    return s;
  }
}
