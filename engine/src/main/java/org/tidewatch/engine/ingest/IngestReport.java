package org.tidewatch.engine.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The result of one ingest run.
 *
 * @param runId the store's ingest run id
 * @param files one result per input file, in input order
 * @param elapsed wall-clock duration of reading and committing the files
 * @param finishing wall-clock duration of the store's end of the run (which may rewrite the
 *     positions by vessel, see the store's documentation)
 */
public record IngestReport(
    long runId, List<FileResult> files, Duration elapsed, Duration finishing) {

  public long positions() {
    return files.stream().mapToLong(FileResult::positions).sum();
  }

  public long staticReports() {
    return files.stream().mapToLong(FileResult::staticReports).sum();
  }

  public long badRows() {
    return files.stream().mapToLong(FileResult::badRowsTotal).sum();
  }

  public boolean anyRefused() {
    return files.stream().anyMatch(f -> f.status() == FileResult.Status.REFUSED);
  }
}
