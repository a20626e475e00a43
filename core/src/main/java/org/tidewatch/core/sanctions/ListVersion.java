package org.tidewatch.core.sanctions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One published version of one list, as ingested.
 *
 * @param listId the list ({@code "ofac-sdn"}, {@code "un-sc-consolidated"}, ...)
 * @param format the file format it was read from ({@code "OFAC_SDN_CSV"}, ...)
 * @param publishedOn the publication date the file states, when it states one
 * @param sha256 the SHA-256 of the file(s), hex, which also names the version
 * @param entryCount the number of entries read
 * @param files the file names the version was read from
 * @param ingestedAt when it was ingested
 */
public record ListVersion(
    String listId,
    String format,
    Optional<LocalDate> publishedOn,
    String sha256,
    int entryCount,
    List<String> files,
    Instant ingestedAt) {

  /** Copies the file list. */
  public ListVersion {
    files = List.copyOf(files);
  }

  /** A short version id: the first 12 hex digits of the SHA-256. */
  public String versionId() {
    return sha256.substring(0, Math.min(12, sha256.length()));
  }
}
