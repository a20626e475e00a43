package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.store.DetectionCheckpoint;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.store.EventStore;
import org.tidewatch.core.store.MarkedEvent;
import org.tidewatch.core.store.StoredEvent;

/**
 * Detected events on the tables of {@link EventSchema}. Writes go through {@link EventWriter} in
 * one transaction on the store's connection; {@link #find} filters in SQL (the box as a prefilter,
 * exact in Java) and decodes the typed payloads after releasing the store's lock.
 */
final class DuckDbEvents implements EventStore {
  private static final String CHECKPOINT_UNTIL = "detect_checkpoint_until";
  private static final String CHECKPOINT_DAYS = "detect_checkpoint_days";

  private final DuckDbTrackStore db;

  DuckDbEvents(DuckDbTrackStore db) {
    this.db = db;
  }

  @Override
  public void append(List<StoredEvent> events) {
    List<EventWriter.Row> rows = new ArrayList<>(events.size());
    for (StoredEvent e : events) {
      String type = EventRecord.typeName(e.detector());
      rows.add(
          new EventWriter.Row(
              type + ":" + e.mmsi() + ":" + e.start().getEpochSecond(),
              type,
              e.detector(),
              List.of(e.mmsi()),
              e.start(),
              e.end(),
              e.latitude_deg(),
              e.longitude_deg(),
              OptionalDouble.empty(),
              e.summary(),
              e.releasability(),
              Optional.empty(),
              List.of()));
    }
    synchronized (db) {
      try {
        EventWriter.write(
            db, rows, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        db.connection.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollbackQuietly(e);
        throw e instanceof SQLException s ? new UncheckedSqlException(s) : (RuntimeException) e;
      }
    }
  }

  @Override
  public List<StoredEvent> events(int mmsi, Instant from, Instant to) {
    List<StoredEvent> out = new ArrayList<>();
    EventFilter f = EventFilter.all().involving(mmsi).overlapping(from, to);
    for (EventQuery.Hit h : EventQuery.run(db, f, Optional.empty(), false)) {
      EventRecord r = h.record();
      out.add(
          new StoredEvent(
              h.detector(),
              r.mmsi(),
              r.start(),
              r.end(),
              r.latitude_deg(),
              r.longitude_deg(),
              r.summary(),
              r.releasability()));
    }
    return out;
  }

  @Override
  public int replace(
      Instant from,
      Instant to,
      List<MarkedEvent> events,
      String detectorVersion,
      Optional<DetectionCheckpoint> checkpoint) {
    List<EventWriter.Row> rows = new ArrayList<>(events.size());
    for (MarkedEvent m : events) {
      DetectedEvent e = m.event();
      rows.add(
          new EventWriter.Row(
              e.id(),
              e.type().name(),
              e.type().name(),
              e.mmsis(),
              e.start(),
              e.end(),
              e.latitude_deg(),
              e.longitude_deg(),
              OptionalDouble.of(e.confidence()),
              e.summary(),
              m.releasability(),
              Optional.of(EventCodec.encodeExact(e)),
              e.evidence()));
    }
    synchronized (db) {
      try {
        int run;
        try (Statement s = db.connection.createStatement();
            ResultSet r =
                s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM detection_runs")) {
          r.next();
          run = r.getInt(1);
        }
        EventWriter.write(
            db,
            rows,
            Optional.of(from),
            Optional.of(to),
            Optional.of(detectorVersion),
            Optional.of(run));
        try (PreparedStatement p =
            db.connection.prepareStatement(
                "INSERT INTO detection_runs VALUES (?, ?, "
                    + Micros.PARAM
                    + ", "
                    + Micros.PARAM
                    + ", ?, "
                    + Micros.PARAM
                    + ")")) {
          p.setInt(1, run);
          p.setString(2, detectorVersion);
          p.setLong(3, Micros.of(from));
          p.setLong(4, Micros.of(to));
          p.setInt(5, rows.size());
          p.setLong(6, Micros.of(Instant.now()));
          p.executeUpdate();
        }
        if (checkpoint.isPresent()) {
          putMeta(CHECKPOINT_UNTIL, checkpoint.get().until().toString());
          StringBuilder days = new StringBuilder();
          checkpoint
              .get()
              .dayCounts()
              .forEach(
                  (k, v) -> days.append(days.isEmpty() ? "" : ",").append(k).append('=').append(v));
          putMeta(CHECKPOINT_DAYS, days.toString());
        }
        db.connection.commit();
        return run;
      } catch (SQLException | RuntimeException e) {
        db.rollbackQuietly(e);
        throw e instanceof SQLException s ? new UncheckedSqlException(s) : (RuntimeException) e;
      }
    }
  }

  private void putMeta(String key, String value) throws SQLException {
    try (PreparedStatement p =
        db.connection.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  @Override
  public Optional<DetectionCheckpoint> checkpoint() {
    synchronized (db) {
      String until = null;
      String days = "";
      try (Statement s = db.connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT key, value FROM meta WHERE key IN ('"
                      + CHECKPOINT_UNTIL
                      + "', '"
                      + CHECKPOINT_DAYS
                      + "')")) {
        while (r.next()) {
          if (r.getString(1).equals(CHECKPOINT_UNTIL)) {
            until = r.getString(2);
          } else {
            days = r.getString(2);
          }
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      if (until == null) {
        return Optional.empty();
      }
      TreeMap<Long, Long> counts = new TreeMap<>();
      for (String kv : days.split(",")) {
        if (!kv.isBlank()) {
          int eq = kv.indexOf('=');
          counts.put(Long.parseLong(kv.substring(0, eq)), Long.parseLong(kv.substring(eq + 1)));
        }
      }
      return Optional.of(new DetectionCheckpoint(Instant.parse(until), counts));
    }
  }

  @Override
  public Optional<EventRecord> event(String id) {
    List<EventQuery.Hit> r = EventQuery.run(db, EventFilter.all(), Optional.of(id), true);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0).record());
  }

  @Override
  public List<EventRecord> summaries(EventFilter filter) {
    return EventQuery.run(db, filter, Optional.empty(), false).stream()
        .map(EventQuery.Hit::record)
        .toList();
  }

  @Override
  public List<EventRecord> find(EventFilter filter) {
    return EventQuery.run(db, filter, Optional.empty(), true).stream()
        .map(EventQuery.Hit::record)
        .toList();
  }
}
