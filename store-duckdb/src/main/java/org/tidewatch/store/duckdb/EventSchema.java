package org.tidewatch.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of detected events, created when missing; a data directory written before typed events
 * (its {@code events} table was the summary placeholder: detector, mmsi, times, point, summary,
 * marking text) is migrated in one transaction when it is opened: its rows become summary rows of
 * the new {@code events} table (id {@code TYPE:mmsi:startEpochSecond}, no payload), the placeholder
 * table is dropped.
 *
 * <ul>
 *   <li>{@code events}: one row per event, {@code event_id} unique (every write first deletes the
 *       ids it stores); the subject MMSI; a typed event's full JSON ({@code payload}, the codec's
 *       exact form) and the detector version and detection run that wrote it; summary rows have
 *       neither payload nor confidence.
 *   <li>{@code event_vessels}: (event_id, mmsi, role) for every vessel involved, so that a vessel's
 *       events include both sides of an encounter.
 *   <li>{@code event_evidence}: the evidence, by provenance (source name, line, the stored record's
 *       content hash when known) and report time.
 *   <li>{@code detection_runs}: one row per {@code replace}. The checkpoint is in {@code meta}.
 * </ul>
 */
final class EventSchema {
  private static final String[] DDL = {
    """
    CREATE TABLE IF NOT EXISTS events (
      event_id VARCHAR NOT NULL, type VARCHAR NOT NULL, detector VARCHAR NOT NULL,
      mmsi INTEGER NOT NULL, t_start TIMESTAMP NOT NULL, t_end TIMESTAMP NOT NULL, lat DOUBLE,
      lon DOUBLE, confidence DOUBLE, summary VARCHAR NOT NULL, marking_id SMALLINT NOT NULL,
      payload VARCHAR, detector_version VARCHAR, detection_run INTEGER)""",
    """
    CREATE TABLE IF NOT EXISTS event_vessels (
      event_id VARCHAR NOT NULL, mmsi INTEGER NOT NULL, role VARCHAR NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS event_evidence (
      event_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, mmsi INTEGER NOT NULL,
      t TIMESTAMP NOT NULL, lat DOUBLE, lon DOUBLE, role VARCHAR NOT NULL, source VARCHAR NOT NULL,
      line BIGINT NOT NULL, content_hash BIGINT)""",
    """
    CREATE TABLE IF NOT EXISTS detection_runs (
      run_id INTEGER NOT NULL, detector_version VARCHAR NOT NULL, window_from TIMESTAMP NOT NULL,
      window_to TIMESTAMP NOT NULL, events INTEGER NOT NULL, finished_at TIMESTAMP NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS stage_event_ids (event_id VARCHAR)",
    // point and IN-list look-ups by id (find's payloads, event(id)); a vessel's event ids
    "CREATE INDEX IF NOT EXISTS events_event_id ON events (event_id)",
    "CREATE INDEX IF NOT EXISTS event_vessels_mmsi ON event_vessels (mmsi)",
  };

  /** The placeholder's table name while it is migrated. */
  private static final String OLD = "events_placeholder_v1";

  private EventSchema() {}

  /** Creates the missing tables; migrates a placeholder {@code events} table (auto-commit on). */
  static void apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean placeholder = hasTable(s, "events") && !hasColumn(s, "events", "event_id");
      if (!placeholder) {
        for (String ddl : DDL) {
          s.execute(ddl);
        }
        // stores made before evidence carried the record's content hash
        s.execute("ALTER TABLE event_evidence ADD COLUMN IF NOT EXISTS content_hash BIGINT");
        return;
      }
      c.setAutoCommit(false);
      try {
        s.execute("ALTER TABLE events RENAME TO " + OLD);
        for (String ddl : DDL) {
          s.execute(ddl);
        }
        s.execute(
            "INSERT INTO markings SELECT (SELECT coalesce(max(marking_id), 0) FROM markings)"
                + " + row_number() OVER (ORDER BY marking), marking FROM (SELECT DISTINCT marking"
                + " FROM "
                + OLD
                + " WHERE marking NOT IN (SELECT marking FROM markings))");
        s.execute(
            "INSERT INTO events SELECT id, type, detector, mmsi, t_start, t_end, lat, lon, NULL,"
                + " summary, m.marking_id, NULL, NULL, NULL FROM (SELECT *, type || ':' || mmsi"
                + " || ':' || CAST(floor(epoch_us(t_start) / 1e6) AS BIGINT) AS id FROM (SELECT *,"
                + " replace(upper(trim(detector)), '-', '_') AS type FROM "
                + OLD
                + ") QUALIFY row_number() OVER (PARTITION BY id ORDER BY t_start, summary, marking)"
                + " = 1) o JOIN markings m USING (marking)");
        s.execute("INSERT INTO event_vessels SELECT event_id, mmsi, 'subject' FROM events");
        s.execute("DROP TABLE " + OLD);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static boolean hasTable(Statement s, String table) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
      return r.next() && r.getLong(1) > 0;
    }
  }

  private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = '"
                + table
                + "' AND column_name = '"
                + column
                + "'")) {
      return r.next() && r.getLong(1) > 0;
    }
  }
}
