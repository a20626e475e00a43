package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB schema (version {@value #VERSION}). Times are {@code TIMESTAMP} holding UTC
 * microseconds. Positions and static reports are append-only and carry their provenance columns;
 * identity claims and vessels are aggregates of them, appended with each batch to {@code
 * identity_deltas} and folded in (see {@link IdentityDeltas}). Detected events are in {@link
 * EventSchema}.
 */
final class Schema {
  static final int VERSION = 1;

  /** H3 resolution of {@code positions.h3} (edge about 0.53 km, area about 0.74 km²). */
  static final int H3_RESOLUTION = 8;

  /**
   * The columns of {@code positions} (also used by {@link Clustering} to rebuild the table). The
   * table is append-only; its rows are physically ordered by (mmsi, t, source_id, line) up to
   * {@code meta.positions_clustered_rows}, followed by the batches appended since.
   */
  static final String POSITION_COLUMNS =
      """
      (mmsi INTEGER NOT NULL, t TIMESTAMP NOT NULL, lat DOUBLE NOT NULL, lon DOUBLE NOT NULL,
      h3 BIGINT NOT NULL, sog DOUBLE, cog DOUBLE, heading SMALLINT, nav_status TINYINT,
      msg_type TINYINT NOT NULL, source_id INTEGER NOT NULL, line BIGINT NOT NULL,
      run_id INTEGER NOT NULL, content_hash BIGINT NOT NULL, marking_id SMALLINT NOT NULL)""";

  private static final String[] DDL = {
    """
    CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS markings (
      marking_id SMALLINT PRIMARY KEY, marking VARCHAR NOT NULL UNIQUE)""",
    """
    CREATE TABLE IF NOT EXISTS runs (
      run_id INTEGER PRIMARY KEY, description VARCHAR NOT NULL, marking VARCHAR NOT NULL,
      started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, outcome VARCHAR)""",
    """
    CREATE TABLE IF NOT EXISTS sources (
      source_id INTEGER PRIMARY KEY, sha256 VARCHAR NOT NULL UNIQUE, name VARCHAR NOT NULL,
      size_bytes BIGINT NOT NULL, format VARCHAR NOT NULL,
      committed_seq BIGINT NOT NULL, complete BOOLEAN NOT NULL,
      positions BIGINT NOT NULL, statics BIGINT NOT NULL, bad_rows BIGINT NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS positions " + POSITION_COLUMNS,
    """
    CREATE TABLE IF NOT EXISTS static_reports (
      mmsi INTEGER NOT NULL, t TIMESTAMP NOT NULL, msg_type TINYINT NOT NULL, name VARCHAR,
      call_sign VARCHAR, imo INTEGER, ship_type SMALLINT, length_m SMALLINT, beam_m SMALLINT,
      draught_m DOUBLE, destination VARCHAR, source_id INTEGER NOT NULL, line BIGINT NOT NULL,
      run_id INTEGER NOT NULL, content_hash BIGINT NOT NULL, marking_id SMALLINT NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS bad_rows (
      source_id INTEGER NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS identity_claims (
      mmsi INTEGER NOT NULL, kind VARCHAR NOT NULL, value VARCHAR NOT NULL,
      first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL, reports BIGINT NOT NULL,
      PRIMARY KEY (mmsi, kind, value))""",
    """
    CREATE TABLE IF NOT EXISTS vessels (
      mmsi INTEGER PRIMARY KEY, first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL,
      positions BIGINT NOT NULL, statics BIGINT NOT NULL)""",
    IdentityDeltas.TABLE,
    // the stage tables of the per-batch upsert that identity_deltas replaced
    "DROP TABLE IF EXISTS stage_claims",
    "DROP TABLE IF EXISTS stage_vessels",
  };

  private Schema() {}

  static void apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) {
        s.execute(ddl);
      }
      EventSchema.apply(c); // the event tables (and the migration of the placeholder)
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
        if (r.next()) {
          int v = Integer.parseInt(r.getString(1));
          if (v != VERSION) {
            throw new IllegalStateException(
                "data directory has schema version " + v + ", this tidewatch reads " + VERSION);
          }
          return;
        }
      }
      s.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "')");
      s.execute("INSERT INTO meta VALUES ('h3_resolution', '" + H3_RESOLUTION + "')");
    }
  }
}
