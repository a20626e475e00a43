package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch files left by a killed process are removed; those of running processes are kept. */
class BatchFilesTest {
  @TempDir Path tmp;

  @Test
  void orphansOfProcessesNoLongerRunningAreDeleted() throws Exception {
    String before = System.getProperty("java.io.tmpdir");
    try {
      System.setProperty("java.io.tmpdir", tmp.toString());
      Path dir = Files.createDirectories(tmp.resolve("tidewatch-ingest"));
      long dead = deadPid();
      long self = ProcessHandle.current().pid();
      Path orphan = Files.createFile(dir.resolve("batch-" + dead + "-1.parquet"));
      Path ours = Files.createFile(dir.resolve("batch-" + self + "-1.parquet"));
      Path other = Files.createFile(dir.resolve("batch-x-1.parquet"));
      BatchFiles.inTempDir();
      assertThat(orphan).doesNotExist();
      assertThat(ours).exists();
      assertThat(other).exists();
    } finally {
      System.setProperty("java.io.tmpdir", before);
    }
  }

  /** A pid with no running process (the highest pids are rarely in use). */
  private static long deadPid() {
    for (long pid = 4_194_000; ; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
  }
}
