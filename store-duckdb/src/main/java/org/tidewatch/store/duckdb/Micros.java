package org.tidewatch.store.duckdb;

import java.time.Instant;

/** Instants as UTC microseconds since the epoch (DuckDB {@code TIMESTAMP} precision). */
final class Micros {
  private Micros() {}

  static long of(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }

  /** SQL for a parameter given in microseconds. */
  static final String PARAM = "make_timestamp(?::BIGINT)";
}
