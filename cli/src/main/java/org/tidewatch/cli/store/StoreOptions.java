package org.tidewatch.cli.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.tidewatch.cli.UserError;
import org.tidewatch.store.duckdb.DuckDbTrackStore;
import org.tidewatch.store.duckdb.StoreUnavailableException;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the store commands, and small parsers. */
public final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data directory (default: ${DEFAULT-VALUE})",
      defaultValue = "tidewatch-data")
  Path dataDir;

  /** Opens the store; a locked or unusable directory is a user error. */
  DuckDbTrackStore open() {
    try {
      return DuckDbTrackStore.open(dataDir);
    } catch (StoreUnavailableException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** Opens an existing store for reading; a missing one is a user error. */
  DuckDbTrackStore openExisting() {
    if (!java.nio.file.Files.exists(dataDir.resolve(DuckDbTrackStore.FILE_NAME))) {
      throw new UserError(
          "no tidewatch data in " + dataDir + " (ingest first: tidewatch ingest ais FILE...)");
    }
    return open();
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

  /** A duration: {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d} or ISO {@code PT10M}. */
  static Duration duration(String text, String option) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new NumberFormatException();
      };
    } catch (RuntimeException e) {
      throw new UserError(option + ": '" + text + "' is not a duration (use 30s, 10m, 2h, 1d)");
    }
  }
}
