package org.tidewatch.cli.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.tidewatch.cli.UserError;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreUnavailableException;

/** Helpers shared by the detection commands. */
final class DetectOptions {
  private DetectOptions() {}

  /** Opens an existing store; a missing or locked one is a user error. */
  static DuckDbTrackStore openExisting(Path dataDir) {
    if (!Files.exists(dataDir.resolve(DuckDbTrackStore.FILE_NAME))) {
      throw new UserError(
          "no tidewatch data in " + dataDir + " (ingest first: tidewatch ingest ais FILE...)");
    }
    try {
      return DuckDbTrackStore.open(dataDir);
    } catch (StoreUnavailableException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** An instant: {@code 2024-03-01T12:00:00Z} or a UTC day {@code 2024-03-01}. */
  static Instant instant(String text, String option) {
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserError(
          option + ": '" + text + "' is not a time (use 2024-03-01 or 2024-03-01T12:00:00Z)");
    }
  }
}
