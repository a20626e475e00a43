package org.tidewatch.engine.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.store.BadRow;

/**
 * What happened to one input file.
 *
 * @param file the file
 * @param format detected format (empty when it could not be read)
 * @param status the outcome
 * @param resumedFrom records already committed by an earlier, interrupted run
 * @param positions positions stored by this run
 * @param staticReports static reports stored by this run
 * @param badRowsTotal bad rows of the file (all runs)
 * @param badRows the first bad rows of the file (all runs), in line order
 * @param message why a file was refused, or a note
 */
public record FileResult(
    Path file,
    Optional<InputFormat> format,
    Status status,
    long resumedFrom,
    long positions,
    long staticReports,
    long badRowsTotal,
    List<BadRow> badRows,
    Optional<String> message) {

  /** Outcome of one file. */
  public enum Status {
    /** Read and stored completely. */
    INGESTED,
    /** The same content was ingested before: nothing added. */
    ALREADY_INGESTED,
    /** Not ingested (see the message); nothing of it is half-stored beyond whole batches. */
    REFUSED
  }
}
