package org.tidewatch.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.EventCodec;
import org.tidewatch.core.provenance.Releasability;
import org.tidewatch.core.store.EventFilter;
import org.tidewatch.core.store.EventRecord;
import org.tidewatch.core.track.BoundingBox;

/**
 * The event query behind {@code find}: one SQL statement (types, times, confidence and the box in
 * SQL; the vessel through {@code event_vessels}; ordered by start then id; the limit in SQL), run
 * under the store's lock; the rows are turned into records, and the typed payloads decoded, after
 * the lock is released.
 */
final class EventQuery {

  /**
   * A found event and its detector name (a summary row's own name, or the type name).
   *
   * @param record the event
   * @param detector detector name
   */
  record Hit(EventRecord record, String detector) {}

  private record Raw(
      String id,
      String type,
      String detector,
      int mmsi,
      long start_us,
      long end_us,
      double lat,
      double lon,
      OptionalDouble confidence,
      String summary,
      short markingId,
      String payload) {}

  private EventQuery() {}

  static List<Hit> run(DuckDbTrackStore db, EventFilter f, Optional<String> id) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT event_id, type, detector, mmsi, epoch_us(t_start), epoch_us(t_end),"
                + " coalesce(lat, 'NaN'::DOUBLE), coalesce(lon, 'NaN'::DOUBLE), confidence,"
                + " summary, marking_id, payload FROM events WHERE TRUE");
    List<Object> args = new ArrayList<>();
    if (id.isPresent()) {
      sql.append(" AND event_id = ?");
      args.add(id.get());
    }
    if (!f.types().isEmpty()) {
      sql.append(
          f.types().stream()
              .map(t -> "'" + t.name() + "'")
              .sorted()
              .collect(Collectors.joining(", ", " AND type IN (", ")")));
    }
    if (f.from().isPresent()) {
      sql.append(" AND t_end >= ").append(Micros.PARAM);
      args.add(Micros.of(f.from().get()));
    }
    if (f.to().isPresent()) {
      sql.append(" AND t_start < ").append(Micros.PARAM);
      args.add(Micros.of(f.to().get()));
    }
    if (f.minConfidence().isPresent()) {
      sql.append(" AND confidence >= ?");
      args.add(f.minConfidence().getAsDouble());
    }
    if (f.box().isPresent()) {
      BoundingBox b = f.box().get();
      sql.append(" AND lat BETWEEN ? AND ?");
      args.add(b.south());
      args.add(b.north());
      sql.append(
          b.crossesAntimeridian() ? " AND (lon >= ? OR lon <= ?)" : " AND lon BETWEEN ? AND ?");
      args.add(b.west());
      args.add(b.east());
    }
    if (f.mmsi().isPresent()) {
      sql.append(" AND event_id IN (SELECT event_id FROM event_vessels WHERE mmsi = ?)");
      args.add(f.mmsi().getAsInt());
    }
    sql.append(" ORDER BY t_start, event_id");
    if (f.limit().isPresent()) {
      sql.append(" LIMIT ").append(f.limit().getAsInt());
    }
    List<Raw> raws = new ArrayList<>();
    Names.Snapshot names;
    synchronized (db) {
      try {
        names = db.names();
        try (PreparedStatement p = db.connection.prepareStatement(sql.toString())) {
          for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
          }
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              double c = r.getDouble(9);
              OptionalDouble confidence =
                  r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(c);
              raws.add(
                  new Raw(
                      r.getString(1),
                      r.getString(2),
                      r.getString(3),
                      r.getInt(4),
                      r.getLong(5),
                      r.getLong(6),
                      r.getDouble(7),
                      r.getDouble(8),
                      confidence,
                      r.getString(10),
                      r.getShort(11),
                      r.getString(12)));
            }
          }
        }
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }
    List<Hit> out = new ArrayList<>(raws.size());
    for (Raw w : raws) {
      if (f.box().isPresent() && !f.box().get().contains(w.lat(), w.lon())) {
        continue;
      }
      Releasability marking;
      try {
        marking = names.marking(w.markingId());
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
      out.add(new Hit(record(w, marking), w.detector()));
    }
    return out;
  }

  private static EventRecord record(Raw w, Releasability marking) {
    if (w.payload() != null) {
      DetectedEvent e = EventCodec.decode(w.payload());
      return new EventRecord(
          w.id(),
          w.type(),
          e.mmsis(),
          e.start(),
          e.end(),
          e.latitude_deg(),
          e.longitude_deg(),
          w.confidence(),
          e.summary(),
          marking,
          Optional.of(e));
    }
    return new EventRecord(
        w.id(),
        w.type(),
        List.of(w.mmsi()),
        Micros.instant(w.start_us()),
        Micros.instant(w.end_us()),
        w.lat(),
        w.lon(),
        w.confidence(),
        w.summary(),
        marking,
        Optional.empty());
  }
}
