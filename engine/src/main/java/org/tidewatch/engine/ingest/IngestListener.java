package org.tidewatch.engine.ingest;

import java.nio.file.Path;

/** Hears how an ingest goes (progress display, logs, tests). All methods default to nothing. */
public interface IngestListener {
  /** A file is about to be read; {@code resumeFrom} records were committed by an earlier run. */
  default void fileStarted(Path file, InputFormat format, long resumeFrom) {}

  /** Progress within the current file (bytes of the file as stored, compressed or not). */
  default void progress(Path file, long bytesRead, long totalBytes, long records) {}

  /** A batch of the current file is committed up to this record sequence. */
  default void batchCommitted(Path file, long sequence) {}

  /** A file is done (ingested, skipped or refused). */
  default void fileFinished(FileResult result) {}

  /** Every file is done; the store ends the run (which may take a while: see the store). */
  default void finishing() {}
}
