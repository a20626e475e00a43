package org.tidewatch.core.store;

/**
 * An input file as an ingest sees it. Files are identified by content, not by name: the same bytes
 * under another name are the same source (and are not stored twice).
 *
 * @param name the name given on the command line (kept for provenance)
 * @param sha256 SHA-256 of the file's bytes as read (compressed bytes for a {@code .gz}),
 *     lower-case hex
 * @param size_bytes file size
 * @param format detected format ({@code nmea}, {@code csv}, {@code parquet}, ...)
 */
public record SourceFile(String name, String sha256, long size_bytes, String format) {

  /** Validates the hash. */
  public SourceFile {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
  }
}
