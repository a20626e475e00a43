package org.tidewatch.sanctions.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.sanctions.SanctionsEntity;

/**
 * What a reader made of one list file (or one OFAC legacy CSV set).
 *
 * @param listId the list ({@code "ofac-sdn"}, {@code "un-sc-consolidated"}, ...)
 * @param format the format read
 * @param publishedOn the publication date the file states, if any
 * @param files the files read
 * @param entities the entries
 */
public record ParsedList(
    String listId,
    ListFormat format,
    Optional<LocalDate> publishedOn,
    List<Path> files,
    List<SanctionsEntity> entities) {

  /** Copies the lists. */
  public ParsedList {
    files = List.copyOf(files);
    entities = List.copyOf(entities);
  }
}
