package org.tidewatch.core.sanctions;

/**
 * One name of a listed entry, as the list spells it.
 *
 * @param value the name, trimmed, never blank
 * @param kind primary, alias, weak alias, former name or original script
 */
public record EntityName(String value, NameKind kind) {

  /** Trims and rejects blank names. */
  public EntityName {
    value = value.strip().replaceAll("\\s+", " ");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("blank name");
    }
  }
}
