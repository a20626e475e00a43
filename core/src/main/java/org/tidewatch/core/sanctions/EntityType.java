package org.tidewatch.core.sanctions;

/** What a listed entry is. Organisations, legal entities and companies are all {@link #COMPANY}. */
public enum EntityType {
  PERSON,
  COMPANY,
  VESSEL,
  AIRCRAFT,
  /** Anything a list does not type clearly. */
  UNKNOWN
}
