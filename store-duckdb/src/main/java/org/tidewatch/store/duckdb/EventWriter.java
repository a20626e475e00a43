package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.provenance.Releasability;

/**
 * Writes event rows inside the caller's transaction: stages their ids, deletes the rows they
 * replace (and those of a window), then appends to {@code events}, {@code event_vessels} and {@code
 * event_evidence}. The caller holds the store's lock, commits and rolls back.
 */
final class EventWriter {

  /**
   * One event row.
   *
   * @param id stable id
   * @param type type name
   * @param detector detector name (the type name for a typed event)
   * @param mmsis vessels, the subject first
   * @param start start
   * @param end end
   * @param latitude_deg NaN when unknown (stored as NULL)
   * @param longitude_deg NaN when unknown (stored as NULL)
   * @param confidence absent for a summary row
   * @param summary one line
   * @param releasability marking
   * @param payload the typed event's JSON, absent for a summary row
   * @param evidence the evidence
   */
  record Row(
      String id,
      String type,
      String detector,
      List<Integer> mmsis,
      Instant start,
      Instant end,
      double latitude_deg,
      double longitude_deg,
      OptionalDouble confidence,
      String summary,
      Releasability releasability,
      Optional<String> payload,
      List<Evidence> evidence) {}

  private EventWriter() {}

  /**
   * Deletes the events with these rows' ids and, when a window is given, those starting in it; then
   * stores the rows. Opens the transaction with its first statement (the appenders must join an
   * open transaction, see {@code DuckDbIngest}).
   */
  static void write(
      DuckDbTrackStore db,
      List<Row> rows,
      Optional<Instant> windowFrom,
      Optional<Instant> windowTo,
      Optional<String> detectorVersion,
      Optional<Integer> run)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    for (Row r : rows) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("two events with id " + r.id());
      }
    }
    try (Statement s = db.connection.createStatement()) {
      s.execute("DELETE FROM stage_event_ids"); // opens the transaction
    }
    short[] marking = new short[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      marking[i] = db.markingId(rows.get(i).releasability());
    }
    DuckDBConnection dc = db.connection.unwrap(DuckDBConnection.class);
    if (!rows.isEmpty()) {
      try (DuckDBAppender a = dc.createAppender("main", "stage_event_ids")) {
        for (Row r : rows) {
          a.beginRow().append(r.id()).endRow();
        }
        a.flush();
      }
    }
    String doomed = "event_id IN (SELECT event_id FROM stage_event_ids)";
    if (windowFrom.isPresent()) {
      doomed =
          "("
              + doomed
              + " OR event_id IN (SELECT event_id FROM events WHERE t_start >= "
              + Micros.PARAM
              + " AND t_start < "
              + Micros.PARAM
              + "))";
    }
    for (String table : new String[] {"event_vessels", "event_evidence", "events"}) {
      try (PreparedStatement p =
          db.connection.prepareStatement("DELETE FROM " + table + " WHERE " + doomed)) {
        if (windowFrom.isPresent()) {
          p.setLong(1, Micros.of(windowFrom.get()));
          p.setLong(2, Micros.of(windowTo.orElseThrow()));
        }
        p.executeUpdate();
      }
    }
    if (!rows.isEmpty()) {
      appendEvents(dc, rows, marking, detectorVersion, run);
      appendVessels(dc, rows);
      appendEvidence(dc, rows);
    }
    try (Statement s = db.connection.createStatement()) {
      s.execute("DELETE FROM stage_event_ids");
    }
  }

  private static void appendEvents(
      DuckDBConnection dc,
      List<Row> rows,
      short[] marking,
      Optional<String> detectorVersion,
      Optional<Integer> run)
      throws SQLException {
    try (DuckDBAppender a = dc.createAppender("main", "events")) {
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        a.beginRow()
            .append(r.id())
            .append(r.type())
            .append(r.detector())
            .append(r.mmsis().get(0).intValue())
            .appendEpochMicros(Micros.of(r.start()))
            .appendEpochMicros(Micros.of(r.end()));
        appendDouble(a, r.latitude_deg());
        appendDouble(a, r.longitude_deg());
        if (r.confidence().isPresent()) {
          a.append(r.confidence().getAsDouble());
        } else {
          a.appendNull();
        }
        a.append(r.summary()).append(marking[i]);
        if (r.payload().isPresent()) {
          a.append(r.payload().get());
        } else {
          a.appendNull();
        }
        if (detectorVersion.isPresent()) {
          a.append(detectorVersion.get());
        } else {
          a.appendNull();
        }
        if (run.isPresent()) {
          a.append(run.get().intValue());
        } else {
          a.appendNull();
        }
        a.endRow();
      }
      a.flush();
    }
  }

  private static void appendVessels(DuckDBConnection dc, List<Row> rows) throws SQLException {
    try (DuckDBAppender a = dc.createAppender("main", "event_vessels")) {
      for (Row r : rows) {
        for (int k = 0; k < r.mmsis().size(); k++) {
          a.beginRow()
              .append(r.id())
              .append(r.mmsis().get(k).intValue())
              .append(k == 0 ? "subject" : "other")
              .endRow();
        }
      }
      a.flush();
    }
  }

  private static void appendEvidence(DuckDBConnection dc, List<Row> rows) throws SQLException {
    try (DuckDBAppender a = dc.createAppender("main", "event_evidence")) {
      for (Row r : rows) {
        int ordinal = 0;
        for (Evidence ev : r.evidence()) {
          a.beginRow()
              .append(r.id())
              .append(ordinal++)
              .append(ev.mmsi())
              .appendEpochMicros(Micros.of(ev.time()));
          appendDouble(a, ev.latitude_deg());
          appendDouble(a, ev.longitude_deg());
          a.append(ev.role()).append(ev.source()).append(ev.line());
          if (ev.contentHash().isPresent()) {
            a.append(ev.contentHash().getAsLong());
          } else {
            a.appendNull();
          }
          a.endRow();
        }
      }
      a.flush();
    }
  }

  private static void appendDouble(DuckDBAppender a, double v) throws SQLException {
    if (Double.isNaN(v)) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }
}
