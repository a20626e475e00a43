package org.tidewatch.core.sanctions;

import java.util.List;

/**
 * A list version with its entries.
 *
 * @param version which list and version
 * @param entities the entries, in file order
 */
public record SanctionsList(ListVersion version, List<SanctionsEntity> entities) {

  /** Copies the entries. */
  public SanctionsList {
    entities = List.copyOf(entities);
  }
}
